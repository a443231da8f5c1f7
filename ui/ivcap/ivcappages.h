#pragma once

namespace wharf::ui {

// Adds Ivcap's pages to the PageRegistry (called once by registerAllPages).
void registerIvcapPages();

} // namespace wharf::ui
