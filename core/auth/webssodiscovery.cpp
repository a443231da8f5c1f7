#include "webssodiscovery.h"

#include "accountsession.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"

#include <QTimer>

namespace wharf::auth {

WebSsoDiscovery::WebSsoDiscovery(net::HttpClient *client, PlatformKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_platform(WebSsoPlatform::create(kind))
{ }

WebSsoDiscovery::WebSsoDiscovery(AccountSession *session, QObject *parent)
    : WebSsoDiscovery(session->client(), session->account().kind, parent)
{ }

WebSsoDiscovery::~WebSsoDiscovery() = default;

void WebSsoDiscovery::start()
{
    if (!m_platform) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}, net::ApiError()); });
        return;
    }
    net::send(m_client, m_platform->discovery(), this, [this](const net::ApiResponse &response) {
        net::ApiError error = response.error;
        QList<WebSsoProvider> providers;
        if (!error)
            providers = m_platform->providersFrom(response, m_client->baseUrl(), &error);
        Q_EMIT finished(error ? QList<WebSsoProvider>() : providers, error);
    });
}

} // namespace wharf::auth
