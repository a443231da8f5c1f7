#pragma once

#include "accounts/platformkind.h"
#include "net/apirequest.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace wharf::auth {

// One way into a platform through its own web sign-in pages (single sign-on in a browser).
struct WebSsoProvider
{
    QString name; // the identity provider's display name; "" when the platform does not say
    QUrl startUrl; // the page the browser opens first
    QByteArray cookieName; // the session cookie the flow ends with, on the server's host
    bool canCreateApiToken = true; // whether the session may mint a long-lived API token
};

// The wire details of one platform's web SSO: which providers it offers, how a captured web
// session becomes an API token and how the web session ends. Pure request builders and reply
// readers, like PlatformAuth; WebSsoDiscovery and WebSessionExchange drive them.
class WebSsoPlatform
{
public:
    virtual ~WebSsoPlatform() = default;

    virtual net::ApiRequest discovery() const = 0;
    virtual QList<WebSsoProvider> providersFrom(const net::ApiResponse &response,
                                                const QUrl &serverUrl,
                                                net::ApiError *error) const = 0;
    // Mints a long-lived API token with the web session's token (label names this device).
    virtual net::ApiRequest createApiToken(const QString &label) const = 0;
    // Ends the web session whose token made the request.
    virtual net::ApiRequest endWebSession() const = 0;
    // The web page where users make API tokens by hand (for pasting one instead).
    virtual QUrl tokenPageUrl(const QUrl &serverUrl) const = 0;

    // nullptr for platforms without web SSO (IVCAP signs in through OIDC directly).
    static std::unique_ptr<WebSsoPlatform> create(PlatformKind kind);
};

// The bare JSON string both platforms answer with a new token.
std::optional<QString> tokenString(const net::ApiResponse &response, net::ApiError *error);
// "Wharf on <this computer>": the label of the API tokens Wharf makes.
QString apiTokenLabel();

} // namespace wharf::auth

Q_DECLARE_METATYPE(wharf::auth::WebSsoProvider)
