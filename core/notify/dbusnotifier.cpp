#include "dbusnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QSet>
#include <QTimer>

namespace wharf::notify {

namespace {

const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr qsizetype kMaxWaiting = 32;
constexpr qsizetype kMaxShown = 128;

// Urgency levels of the Desktop Notifications spec: 0 low, 1 normal, 2 critical. Failures are
// critical so that they stay on screen until the user has seen them.
uchar urgency(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::Info:
        return 0;
    case Notification::Kind::Success:
        return 1;
    case Notification::Kind::Failure:
        return 2;
    }
    return 1;
}

// Errors meaning "nobody is there to show notifications", as opposed to one rejected call.
bool meansServiceMissing(QDBusError::ErrorType type)
{
    switch (type) {
    case QDBusError::ServiceUnknown:
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
    case QDBusError::Disconnected:
    case QDBusError::NoServer:
    case QDBusError::NoNetwork:
    case QDBusError::UnknownObject:
    case QDBusError::UnknownInterface:
    case QDBusError::UnknownMethod:
    case QDBusError::AccessDenied:
        return true;
    default:
        return false;
    }
}

} // namespace

struct DBusNotifier::Private
{
    enum class Probe { NotStarted, Running, Done };

    Private(const QString &connectionName, const QString &serviceName)
        : bus(connectionName.isEmpty() ? QDBusConnection::sessionBus()
                                       : QDBusConnection(connectionName))
        , service(serviceName.isEmpty() ? DBusNotifier::defaultService() : serviceName)
    { }

    QDBusMessage call(const QString &method) const
    {
        return QDBusMessage::createMethodCall(service, kPath, kInterface, method);
    }

    QDBusConnection bus;
    QString service;
    QString appName;
    QString desktopEntry;
    int timeoutMs = 10000;
    Probe probe = Probe::NotStarted;
    QStringList capabilities;
    QString serverName;
    QList<QPair<quint64, Notification>> waiting; // sent once the probe has answered
    QHash<uint, quint64> localIds; // server id → our id, for notifications on screen
    QList<uint> shownOrder;
    QSet<quint64> inFlight; // Notify sent, no answer yet
    QSet<quint64> closeWhenShown; // withdrawn while the Notify call was still running
};

DBusNotifier::DBusNotifier(QObject *parent)
    : DBusNotifier(QString(), QString(), parent)
{ }

DBusNotifier::DBusNotifier(const QString &connectionName, const QString &service, QObject *parent)
    : Notifier(parent)
    , d(std::make_unique<Private>(connectionName, service))
{
    if (d->bus.isConnected()) {
        // The service sends these to every client; onActionInvoked() keeps only ours.
        d->bus.connect(d->service,
                       kPath,
                       kInterface,
                       QStringLiteral("ActionInvoked"),
                       this,
                       SLOT(onActionInvoked(uint, QString)));
        d->bus.connect(d->service,
                       kPath,
                       kInterface,
                       QStringLiteral("NotificationClosed"),
                       this,
                       SLOT(onNotificationClosed(uint, uint)));
        auto *watcher = new QDBusServiceWatcher(
            d->service, d->bus, QDBusServiceWatcher::WatchForRegistration, this);
        connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
            if (availability() == Availability::Unavailable && d->probe != Private::Probe::Running)
                probe();
        });
    }
    QTimer::singleShot(0, this, [this] {
        if (d->probe == Private::Probe::NotStarted)
            probe();
    });
}

DBusNotifier::~DBusNotifier() = default;

void DBusNotifier::setApplicationName(const QString &name)
{
    d->appName = name;
}

void DBusNotifier::setDesktopEntry(const QString &desktopFileId)
{
    d->desktopEntry = desktopFileId;
}

void DBusNotifier::setCallTimeout(std::chrono::milliseconds timeout)
{
    d->timeoutMs = int(timeout.count());
}

QString DBusNotifier::backendName() const
{
    if (d->serverName.isEmpty())
        return tr("desktop notifications");
    return tr("desktop notifications (%1)").arg(d->serverName);
}

QStringList DBusNotifier::serverCapabilities() const
{
    return d->capabilities;
}

void DBusNotifier::probe()
{
    d->probe = Private::Probe::Running;
    if (!d->bus.isConnected()) {
        QTimer::singleShot(0, this, [this] { probed({}, tr("There is no D-Bus session bus.")); });
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(
        d->bus.asyncCall(d->call(QStringLiteral("GetCapabilities")), d->timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError())
            probed({},
                   tr("No desktop notification service answered: %1").arg(reply.error().message()));
        else
            probed(reply.value(), QString());
    });
    // Only to name the server in logs and the settings dialog.
    auto *info = new QDBusPendingCallWatcher(
        d->bus.asyncCall(d->call(QStringLiteral("GetServerInformation")), d->timeoutMs), this);
    connect(info, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QString, QString, QString, QString> reply = *w;
        if (!reply.isError())
            d->serverName = reply.argumentAt<0>();
    });
}

void DBusNotifier::probed(const QStringList &capabilities, const QString &error)
{
    d->probe = Private::Probe::Done;
    d->capabilities = capabilities;
    setAvailability(error.isEmpty() ? Availability::Available : Availability::Unavailable, error);
    const auto waiting = std::exchange(d->waiting, {});
    for (const auto &[id, notification] : waiting) {
        if (error.isEmpty())
            send(id, notification);
        else
            reportFailure(id, error);
    }
}

void DBusNotifier::deliver(quint64 id, const Notification &notification)
{
    if (d->probe == Private::Probe::Done) {
        send(id, notification); // also when unavailable: the service may be activatable by now
        return;
    }
    if (d->waiting.size() >= kMaxWaiting)
        reportFailure(d->waiting.takeFirst().first, tr("Too many notifications at once."));
    d->waiting.append({id, notification});
    if (d->probe == Private::Probe::NotStarted)
        probe();
}

void DBusNotifier::send(quint64 id, const Notification &notification)
{
    QStringList actions {defaultAction(), tr("Show")};
    if (!notification.actionId.isEmpty()) {
        actions << notification.actionId
                << (notification.actionLabel.isEmpty() ? tr("Open") : notification.actionLabel);
    }
    QVariantMap hints {
        {QStringLiteral("urgency"), QVariant::fromValue(urgency(notification.kind))}};
    if (!d->desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), d->desktopEntry);
    // Servers with "body-markup" read the body as markup: a file name such as "a<b&c.wav"
    // would otherwise vanish or break the notification.
    const bool markup = d->capabilities.contains(QLatin1String("body-markup"));
    const QString appName = d->appName.isEmpty() ? QCoreApplication::applicationName() : d->appName;

    QDBusMessage message = d->call(QStringLiteral("Notify"));
    message << appName << uint(0) << d->desktopEntry << notification.title
            << (markup ? notification.body.toHtmlEscaped() : notification.body) << actions << hints
            << int(-1);
    if (!d->bus.isConnected()) { // QtDBus would hand back a call that never finishes
        sendFailed(id, true, tr("There is no D-Bus session bus."));
        return;
    }
    d->inFlight.insert(id);
    auto *watcher = new QDBusPendingCallWatcher(d->bus.asyncCall(message, d->timeoutMs), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this, id](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            d->inFlight.remove(id);
            const QDBusPendingReply<uint> reply = *w;
            if (reply.isError())
                sendFailed(id, meansServiceMissing(reply.error().type()), reply.error().message());
            else
                shown(id, reply.value());
        });
}

void DBusNotifier::shown(quint64 id, uint serverId)
{
    setAvailability(Availability::Available);
    d->localIds.insert(serverId, id);
    d->shownOrder.append(serverId);
    while (d->shownOrder.size() > kMaxShown)
        d->localIds.remove(d->shownOrder.takeFirst());
    if (d->closeWhenShown.remove(id))
        withdraw(id);
}

void DBusNotifier::sendFailed(quint64 id, bool serviceMissing, const QString &message)
{
    d->closeWhenShown.remove(id);
    if (serviceMissing) {
        setAvailability(Availability::Unavailable,
                        tr("The desktop notification service is gone: %1").arg(message));
    }
    reportFailure(id, message);
}

void DBusNotifier::withdraw(quint64 id)
{
    for (qsizetype i = 0; i < d->waiting.size(); ++i) {
        if (d->waiting.at(i).first == id) {
            d->waiting.removeAt(i);
            return;
        }
    }
    if (d->inFlight.contains(id)) {
        d->closeWhenShown.insert(id);
        return;
    }
    const uint serverId = d->localIds.key(id, 0);
    if (serverId == 0)
        return;
    // The service answers with NotificationClosed, which reports closed().
    d->bus.asyncCall(d->call(QStringLiteral("CloseNotification")) << serverId, d->timeoutMs);
}

void DBusNotifier::onActionInvoked(uint serverId, const QString &actionKey)
{
    if (const quint64 id = d->localIds.value(serverId))
        reportAction(id, actionKey);
}

void DBusNotifier::onNotificationClosed(uint serverId, uint reason)
{
    Q_UNUSED(reason) // expired, dismissed or closed by us: the app reacts the same way
    const quint64 id = d->localIds.take(serverId);
    if (id == 0)
        return;
    d->shownOrder.removeOne(serverId);
    reportClosed(id);
}

} // namespace wharf::notify
