#include "common/resourcetable.h"

#include <QHeaderView>
#include <QTableView>

namespace wharf::ui {

void setUpResourceTable(QTableView *view, int stretchColumn)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setWordWrap(false);
}

} // namespace wharf::ui
