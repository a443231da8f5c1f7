#include "websessionexchange.h"

#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"

#include <QTimer>

namespace wharf::auth {

using net::ApiError;

WebSessionExchange::WebSessionExchange(const Account &account,
                                       const WebSsoProvider &provider,
                                       QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_platform(WebSsoPlatform::create(account.kind))
    , m_client(new net::HttpClient(account.serverUrl, this))
{
    m_client->setPinnedCertificateSha256(account.pinnedCertificateSha256);
}

WebSessionExchange::~WebSessionExchange() = default;

void WebSessionExchange::start(const QString &sessionToken)
{
    m_client->setBearerToken(sessionToken);
    if (!m_platform || sessionToken.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished(QString(),
                            false,
                            QString(),
                            ApiError::make(ApiError::Kind::Unauthorized,
                                           tr("The sign-in page ended without a session.")));
        });
        return;
    }
    if (!m_provider.canCreateApiToken) {
        QTimer::singleShot(0, this, [this] {
            keepSession(tr("The server does not allow API tokens for this sign-in, so Wharf "
                           "keeps the web session, which ends when the server says so."));
        });
        return;
    }
    net::send(m_client,
              m_platform->createApiToken(apiTokenLabel()),
              this,
              [this](const net::ApiResponse &response) {
                  // A rolling session may have been renewed by this very reply (Project-W).
                  const auto renewed = response.cookie("token");
                  if (renewed && !renewed->value().isEmpty() && m_provider.cookieName == "token")
                      m_client->setBearerToken(QString::fromUtf8(renewed->value()));
                  ApiError error = response.error;
                  std::optional<QString> token;
                  if (!error)
                      token = tokenString(response, &error);
                  if (error.kind == ApiError::Kind::Unauthorized) {
                      Q_EMIT finished(QString(), false, QString(), error);
                      return;
                  }
                  if (error) {
                      // Refused (no system-wide rights on Contaxy, tokens disabled on Project-W) or
                      // failed: the session's own token still signs the user in.
                      keepSession(tr("No API token could be made (%1), so Wharf keeps the web "
                                     "session's token.")
                                      .arg(error.toString()));
                      return;
                  }
                  endWebSession(*token);
              });
}

void WebSessionExchange::keepSession(const QString &note)
{
    Q_EMIT finished(m_client->bearerToken(), false, note, ApiError());
}

void WebSessionExchange::endWebSession(const QString &apiToken)
{
    net::send(m_client,
              m_platform->endWebSession(),
              this,
              [this, apiToken](const net::ApiResponse &response) {
                  m_client->setBearerToken(QString());
                  const QString note = response.error
                      ? tr("The web session could not be ended: %1").arg(response.error.toString())
                      : QString();
                  Q_EMIT finished(apiToken, true, note, ApiError());
              });
}

} // namespace wharf::auth
