#pragma once

class QTableView;

namespace wharf::ui {

// The look every resource list shares: whole rows selected, no row numbers, compact rows,
// one line per row, and `stretchColumn` taking the spare width.
void setUpResourceTable(QTableView *view, int stretchColumn);

} // namespace wharf::ui
