#pragma once

#include "accounts/account.h"
#include "net/apierror.h"
#include "websso.h"

#include <QObject>

#include <memory>

namespace wharf::net {
class HttpClient;
}

namespace wharf::auth {

// Turns the session cookie a browser sign-in ended with into the credential Wharf keeps:
// where the platform allows, a long-lived API token named after this computer, after which
// the web session is ended; otherwise the session token itself. Uses its own HTTP client, so
// no cookie of the web session reaches the account's client.
class WebSessionExchange : public QObject
{
    Q_OBJECT
public:
    WebSessionExchange(const Account &account,
                       const WebSsoProvider &provider,
                       QObject *parent = nullptr);
    ~WebSessionExchange() override;

    // finished() follows exactly once, never from inside start().
    void start(const QString &sessionToken);

Q_SIGNALS:
    // token: what to sign in with (empty on error); minted: an API token replaced the web
    // session; note: what the user should know although it worked (translated, may be empty).
    void finished(const QString &token,
                  bool minted,
                  const QString &note,
                  const wharf::net::ApiError &error);

private:
    void keepSession(const QString &note);
    void endWebSession(const QString &apiToken);

    WebSsoProvider m_provider;
    std::unique_ptr<WebSsoPlatform> m_platform;
    net::HttpClient *m_client;
};

} // namespace wharf::auth
