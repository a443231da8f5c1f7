#pragma once

namespace wharf::ui {

// Adds Contaxy's pages to the PageRegistry (called once by registerAllPages).
void registerContaxyPages();

} // namespace wharf::ui
