#include "notifier.h"

#include <QTimer>

Q_LOGGING_CATEGORY(lcNotify, "wharf.notify", QtInfoMsg)

namespace wharf::notify {

namespace {
constexpr qsizetype kMaxRemembered = 128;
}

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{ }

quint64 Notifier::notify(const Notification &notification)
{
    if (!m_enabled) {
        qCDebug(lcNotify) << "notifications are off; not shown:" << notification.title;
        return 0;
    }
    const quint64 id = ++m_lastId;
    m_contexts.insert(id, notification.context);
    m_order.append(id);
    while (m_order.size() > kMaxRemembered)
        m_contexts.remove(m_order.takeFirst());
    deliver(id, notification);
    return id;
}

void Notifier::close(quint64 id)
{
    if (isKnown(id))
        withdraw(id);
}

void Notifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void Notifier::withdraw(quint64 id)
{
    Q_UNUSED(id) // backends that cannot take a notification back simply let it expire
}

void Notifier::setAvailability(Availability availability, const QString &reason)
{
    m_reason = availability == Availability::Unavailable ? reason : QString();
    if (m_availability == availability)
        return;
    m_availability = availability;
    if (availability == Availability::Unavailable)
        qCDebug(lcNotify).noquote() << backendName() << "unavailable:" << reason;
    Q_EMIT availabilityChanged(availability);
}

void Notifier::reportAction(quint64 id, const QString &actionId)
{
    if (isKnown(id))
        Q_EMIT actionInvoked(id, actionId, m_contexts.value(id));
}

void Notifier::reportClosed(quint64 id)
{
    if (!isKnown(id))
        return;
    forget(id);
    Q_EMIT closed(id);
}

void Notifier::reportFailure(quint64 id, const QString &message)
{
    QTimer::singleShot(0, this, [this, id, message] {
        forget(id);
        qCDebug(lcNotify).noquote() << backendName() << "could not show a notification:" << message;
        Q_EMIT failed(id, message);
    });
}

void Notifier::forget(quint64 id)
{
    m_contexts.remove(id);
    m_order.removeOne(id);
}

} // namespace wharf::notify
