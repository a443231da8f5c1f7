#pragma once

#include <QStringList>

class QMimeData;

namespace wharf::ui {

// The local files and folders in a drag (file manager drops); remote URLs are left out.
QStringList localPaths(const QMimeData *mime);

} // namespace wharf::ui
