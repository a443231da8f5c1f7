#pragma once

#include "notify/notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace wharf::ui {

// Notifications as tray balloons (Windows, macOS, Linux desktops without a notification
// service). The tray can show one message at a time and no buttons: a click on the message
// reports the notification's action, or defaultAction() when it has none.
class TrayNotifier : public notify::Notifier
{
    Q_OBJECT
public:
    // Uses the app's own tray icon when it has one; otherwise creates one that appears with
    // the first message. Either way the tray is never the only way back to the app.
    explicit TrayNotifier(QSystemTrayIcon *icon = nullptr, QObject *parent = nullptr);

    static bool isSupported(); // a system tray that can show messages
    QString backendName() const override;

protected:
    void deliver(quint64 id, const notify::Notification &notification) override;

private:
    QSystemTrayIcon *icon();

    QPointer<QSystemTrayIcon> m_icon;
    quint64 m_lastId = 0; // the message currently showing
    QString m_lastAction;
};

} // namespace wharf::ui
