#pragma once

namespace wharf::ui {

// Adds ProjectW's pages to the PageRegistry (called once by registerAllPages).
void registerProjectWPages();

} // namespace wharf::ui
