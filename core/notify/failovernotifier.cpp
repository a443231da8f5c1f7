#include "failovernotifier.h"

namespace wharf::notify {

namespace {
constexpr qsizetype kMaxRoutes = 128;
}

FailoverNotifier::FailoverNotifier(const QList<Notifier *> &backends, QObject *parent)
    : Notifier(parent)
    , m_backends(backends)
{
    Q_ASSERT(!m_backends.isEmpty());
    for (int i = 0; i < m_backends.size(); ++i) {
        Notifier *backend = m_backends.at(i);
        backend->setParent(this);
        connect(backend,
                &Notifier::actionInvoked,
                this,
                [this, i](quint64 backendId, const QString &actionId) {
                    if (const qsizetype r = findRoute(i, backendId); r >= 0)
                        reportAction(m_routes.at(r).id, actionId);
                });
        connect(backend, &Notifier::closed, this, [this, i](quint64 backendId) {
            if (const qsizetype r = findRoute(i, backendId); r >= 0)
                reportClosed(m_routes.at(r).id);
        });
        connect(backend, &Notifier::failed, this, [this, i](quint64 backendId, const QString &m) {
            onBackendFailed(i, backendId, m);
        });
        connect(
            backend, &Notifier::availabilityChanged, this, &FailoverNotifier::updateAvailability);
    }
    updateAvailability();
}

Notifier *FailoverNotifier::currentBackend() const
{
    for (Notifier *backend : m_backends) {
        if (backend->availability() != Availability::Unavailable)
            return backend;
    }
    return m_backends.last();
}

QString FailoverNotifier::backendName() const
{
    return currentBackend()->backendName();
}

void FailoverNotifier::deliver(quint64 id, const Notification &notification)
{
    route(id, notification, 0);
}

void FailoverNotifier::route(quint64 id, const Notification &notification, int from)
{
    int index = from;
    while (index < m_backends.size() - 1
           && m_backends.at(index)->availability() == Availability::Unavailable)
        ++index;
    const quint64 backendId = m_backends.at(index)->notify(notification);
    m_routes.append({id, index, backendId, notification});
    while (m_routes.size() > kMaxRoutes)
        m_routes.removeFirst();
}

void FailoverNotifier::withdraw(quint64 id)
{
    for (const Route &r : std::as_const(m_routes)) {
        if (r.id == id)
            m_backends.at(r.backend)->close(r.backendId);
    }
}

qsizetype FailoverNotifier::findRoute(int backend, quint64 backendId) const
{
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        if (m_routes.at(i).backend == backend && m_routes.at(i).backendId == backendId)
            return i;
    }
    return -1;
}

void FailoverNotifier::onBackendFailed(int backend, quint64 backendId, const QString &message)
{
    const qsizetype r = findRoute(backend, backendId);
    if (r < 0)
        return;
    const Route failedRoute = m_routes.takeAt(r);
    // Only a backend that turned out to be missing hands over; a rejected notification would
    // be rejected by the next one too, or show twice.
    const bool missing = m_backends.at(backend)->availability() == Availability::Unavailable;
    if (missing && backend + 1 < m_backends.size()) {
        qCInfo(lcNotify).noquote() << QStringLiteral("%1 unavailable (%2); trying %3")
                                          .arg(m_backends.at(backend)->backendName(),
                                               m_backends.at(backend)->unavailableReason(),
                                               m_backends.at(backend + 1)->backendName());
        route(failedRoute.id, failedRoute.notification, backend + 1);
    } else {
        qCInfo(lcNotify).noquote() << "could not show a notification:" << message;
        reportFailure(failedRoute.id, message);
    }
}

void FailoverNotifier::updateAvailability()
{
    bool unknown = false;
    for (const Notifier *backend : std::as_const(m_backends)) {
        if (backend->availability() == Availability::Available)
            return setAvailability(Availability::Available);
        unknown = unknown || backend->availability() == Availability::Unknown;
    }
    if (unknown)
        setAvailability(Availability::Unknown);
    else
        setAvailability(Availability::Unavailable, m_backends.first()->unavailableReason());
}

} // namespace wharf::notify
