#pragma once

#include "notify/notifier.h"

class QSystemTrayIcon;

namespace wharf::ui {

// The notifier for this desktop, without blocking to find out what it offers: the D-Bus
// notification service on Linux and BSD, else tray balloons where a tray exists, else the log.
// `trayIcon` is the app's own tray icon, if it has one. The result is enabled; switch it
// with setEnabled() from the settings.
notify::Notifier *createNotifier(QSystemTrayIcon *trayIcon, QObject *parent);

} // namespace wharf::ui
