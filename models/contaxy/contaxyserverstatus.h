#pragma once

#include "contaxy/system.h"
#include "contaxy/users.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// What a Contaxy server says about itself without credentials (contaxy.md §5): its info
// (version, namespace, whether it was set up) and its health, refreshed on request; and the
// two things anyone may ask of it before signing in: set up a fresh server (the first admin)
// and sign up for an account where self-registration is on (§4, §11).
class ContaxyServerStatus : public QObject
{
    Q_OBJECT
public:
    enum class HealthState { Unknown, Checking, Healthy, Unhealthy };
    using Done = std::function<void(const net::ApiError &error)>;

    ContaxyServerStatus(auth::AccountSession *session, QObject *parent);

    // Asks for info and health again; changed() follows each answer.
    void refresh();
    bool isLoading() const { return m_infoCall || m_healthCall; }
    bool hasInfo() const { return m_info.has_value(); }
    const std::optional<contaxy::SystemInfo> &info() const { return m_info; }
    net::ApiError infoError() const { return m_infoError; }
    QByteArray rawReply() const { return m_raw; }
    HealthState health() const { return m_health; }
    QString healthMessage() const { return m_healthMessage; }

    // POST /system/initialize, then the info again; `done` runs unless `context` is gone.
    void initialize(QObject *context, Done done);
    // Self-registration: POST /users without credentials.
    void signUp(const contaxy::NewUser &user, QObject *context, contaxy::UserReply reply);

Q_SIGNALS:
    void changed();

private:
    auth::AccountSession *m_session;
    QPointer<QObject> m_infoCall; // the call in flight, superseded by a refresh
    QPointer<QObject> m_healthCall;
    std::optional<contaxy::SystemInfo> m_info;
    net::ApiError m_infoError;
    QByteArray m_raw;
    HealthState m_health = HealthState::Unknown;
    QString m_healthMessage;
};

} // namespace wharf
