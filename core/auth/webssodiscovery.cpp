#include "webssodiscovery.h"

#include "net/apicall.h"
#include "net/httpclient.h"

#include <QTimer>

namespace wharf::auth {

WebSsoDiscovery::WebSsoDiscovery(net::HttpClient *client, PlatformKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_platform(WebSsoPlatform::create(kind))
{ }

WebSsoDiscovery::~WebSsoDiscovery() = default;

void WebSsoDiscovery::start()
{
    if (!m_platform) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}, net::ApiError()); });
        return;
    }
    auto *call = m_client->send(m_platform->discovery(), this);
    connect(call, &net::ApiCall::finished, this, [this, call](const net::ApiResponse &response) {
        call->deleteLater();
        net::ApiError error = response.error;
        QList<WebSsoProvider> providers;
        if (!error)
            providers = m_platform->providersFrom(response, m_client->baseUrl(), &error);
        Q_EMIT finished(error ? QList<WebSsoProvider>() : providers, error);
    });
}

} // namespace wharf::auth
