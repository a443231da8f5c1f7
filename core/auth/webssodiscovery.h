#pragma once

#include "accounts/platformkind.h"
#include "net/apierror.h"
#include "websso.h"

#include <QObject>

#include <memory>

namespace wharf::net {
class HttpClient;
}

namespace wharf::auth {

class AccountSession;

// Asks a server which browser sign-ins it offers (Contaxy: is OIDC enabled; Project-W: its
// OIDC providers). Owned by the caller; deleting it drops the answer.
class WebSsoDiscovery : public QObject
{
    Q_OBJECT
public:
    // client is not owned and must outlive this object.
    WebSsoDiscovery(net::HttpClient *client, PlatformKind kind, QObject *parent = nullptr);
    // On the session's client, for its account's platform.
    WebSsoDiscovery(AccountSession *session, QObject *parent = nullptr);
    ~WebSsoDiscovery() override;

    // finished() follows exactly once, never from inside start().
    void start();

Q_SIGNALS:
    void finished(const QList<wharf::auth::WebSsoProvider> &providers,
                  const wharf::net::ApiError &error);

private:
    net::HttpClient *m_client;
    std::unique_ptr<WebSsoPlatform> m_platform;
};

} // namespace wharf::auth
