#pragma once

#include <QIcon>

namespace wharf {

// The application icon: the installed theme icon (org.wharf.Wharf) when there is one, else the
// SVG compiled into the binary, so the window and taskbar icon also work from the build tree.
QIcon appIcon();

} // namespace wharf
