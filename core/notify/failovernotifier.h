#pragma once

#include "notifier.h"

namespace wharf::notify {

// Tries several notifiers in order of preference (D-Bus service, tray, log) without ever
// blocking to ask which one works: a notification goes to the first backend not known to be
// unavailable, and moves on to the next one if that backend turns out to be missing.
class FailoverNotifier : public Notifier
{
    Q_OBJECT
public:
    // Takes ownership. The last backend is used even when it reports itself unavailable.
    explicit FailoverNotifier(const QList<Notifier *> &backends, QObject *parent = nullptr);

    QString backendName() const override; // the backend new notifications go to
    Notifier *currentBackend() const;
    QList<Notifier *> backends() const { return m_backends; }

protected:
    void deliver(quint64 id, const Notification &notification) override;
    void withdraw(quint64 id) override;

private:
    struct Route
    {
        quint64 id = 0;
        int backend = 0;
        quint64 backendId = 0;
        Notification notification; // kept to resend through the next backend
    };

    void route(quint64 id, const Notification &notification, int from);
    qsizetype findRoute(int backend, quint64 backendId) const; // -1 when unknown
    void onBackendFailed(int backend, quint64 backendId, const QString &message);
    void updateAvailability();

    QList<Notifier *> m_backends;
    QList<Route> m_routes; // bounded; newest last
};

} // namespace wharf::notify
