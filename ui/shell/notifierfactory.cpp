#include "shell/notifierfactory.h"

#include "notify/failovernotifier.h"
#include "notify/lognotifier.h"
#include "shell/traynotifier.h"

#include <QGuiApplication>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include "notify/dbusnotifier.h"
#endif

namespace wharf::ui {

notify::Notifier *createNotifier(QSystemTrayIcon *trayIcon, QObject *parent)
{
    QList<notify::Notifier *> backends;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    auto *dbus = new notify::DBusNotifier;
    dbus->setApplicationName(QGuiApplication::applicationDisplayName());
    dbus->setDesktopEntry(QGuiApplication::desktopFileName());
    backends << dbus;
#endif
    // Checked once, at start. On Linux the notification service comes first anyway; the tray
    // only matters where there is none.
    if (TrayNotifier::isSupported())
        backends << new TrayNotifier(trayIcon);
    backends << new notify::LogNotifier;
    return new notify::FailoverNotifier(backends, parent);
}

} // namespace wharf::ui
