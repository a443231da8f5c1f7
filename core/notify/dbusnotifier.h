#pragma once

#include "notifier.h"

#include <chrono>
#include <memory>

namespace wharf::notify {

// Notifications through the desktop's org.freedesktop.Notifications service (Linux, BSD).
// Every call is asynchronous and bounded by a timeout. The service's capabilities are asked
// once; notifications sent before the answer wait for it. Without a bus or a service the
// notifier reports itself unavailable and fails what it was given; it asks again when a
// service appears on the bus (notification daemons may start after the app at login).
class DBusNotifier : public Notifier
{
    Q_OBJECT
public:
    static QString defaultService() { return QStringLiteral("org.freedesktop.Notifications"); }

    explicit DBusNotifier(QObject *parent = nullptr);
    // `connectionName` names an open QDBusConnection (empty: the session bus). Tests also
    // choose the service name, so that no real notification daemon can answer.
    DBusNotifier(const QString &connectionName, const QString &service, QObject *parent = nullptr);
    ~DBusNotifier() override;

    // Sent as app_name; default QCoreApplication::applicationName().
    void setApplicationName(const QString &name);
    // The reverse-DNS desktop file id: sent as the "desktop-entry" hint and as the icon name,
    // so the desktop shows the app's icon and can bring the app forward.
    void setDesktopEntry(const QString &desktopFileId);
    void setCallTimeout(std::chrono::milliseconds timeout);

    QString backendName() const override;
    QStringList serverCapabilities() const;

protected:
    void deliver(quint64 id, const Notification &notification) override;
    void withdraw(quint64 id) override;

private Q_SLOTS:
    void onActionInvoked(uint serverId, const QString &actionKey);
    void onNotificationClosed(uint serverId, uint reason);

private:
    struct Private;

    void probe();
    void probed(const QStringList &capabilities, const QString &error);
    void send(quint64 id, const Notification &notification);
    void shown(quint64 id, uint serverId);
    void sendFailed(quint64 id, bool serviceMissing, const QString &message);

    std::unique_ptr<Private> d;
};

} // namespace wharf::notify
