#include "contaxy/contaxyserverstatus.h"

#include "auth/accountsession.h"
#include "net/then.h"

namespace wharf {

ContaxyServerStatus::ContaxyServerStatus(auth::AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void ContaxyServerStatus::refresh()
{
    // Deleting the contexts cancels answers that a newer refresh replaces.
    delete m_infoCall;
    delete m_healthCall;
    m_infoCall = new QObject(this);
    m_healthCall = new QObject(this);
    m_health = HealthState::Checking;
    Q_EMIT changed();
    net::send(m_session->client(),
              contaxy::systemInfoRequest(),
              m_infoCall,
              [this](const net::ApiResponse &response) {
                  m_infoCall->deleteLater();
                  m_infoCall.clear();
                  m_raw = response.body;
                  net::ApiError error = response.error;
                  auto info = error ? std::nullopt : contaxy::parseSystemInfo(response, &error);
                  m_infoError = error;
                  if (info)
                      m_info = std::move(info);
                  Q_EMIT changed();
              });
    net::send(m_session->client(),
              contaxy::healthRequest(),
              m_healthCall,
              [this](const net::ApiResponse &response) {
                  m_healthCall->deleteLater();
                  m_healthCall.clear();
                  const contaxy::Health health = contaxy::healthFrom(response);
                  m_health = health.healthy ? HealthState::Healthy : HealthState::Unhealthy;
                  m_healthMessage = health.message;
                  Q_EMIT changed();
              });
}

void ContaxyServerStatus::initialize(QObject *context, Done done)
{
    QPointer<QObject> asker(context);
    net::send(m_session->client(),
              contaxy::initializeRequest(),
              this,
              [this, asker, done](const net::ApiResponse &response) {
                  refresh(); // system_state is "running" now, or someone else was faster
                  if (asker)
                      done(response.error);
              });
}

void ContaxyServerStatus::signUp(const contaxy::NewUser &user,
                                 QObject *context,
                                 contaxy::UserReply reply)
{
    contaxy::createUser(m_session->client(), contaxy::registerUserRequest(user), context, reply);
}

} // namespace wharf
