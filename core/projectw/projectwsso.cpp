#include "projectwsso.h"

#include "auth/platformauth.h"

#include <QJsonObject>

namespace wharf::projectw {

using net::ApiError;
using net::ApiRequest;

ApiRequest ProjectWSso::discovery() const
{
    return ApiRequest::getPublic(QStringLiteral("/api/auth_settings"));
}

QList<auth::WebSsoProvider> ProjectWSso::providersFrom(const net::ApiResponse &response,
                                                       const QUrl &serverUrl,
                                                       ApiError *error) const
{
    const auto settings = response.jsonObject(error);
    if (!settings)
        return {};
    QList<auth::WebSsoProvider> out;
    const QJsonObject providers = settings->value(QLatin1String("oidc_providers")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (p.value(QLatin1String("hidden")).toBool())
            continue; // works, but the instance does not want it advertised
        auth::WebSsoProvider provider;
        provider.name = it.key();
        // The backend normalises the name to lower case; its redirect URI is built from the
        // path as sent, so send exactly what the admin registered: the lower-cased name.
        const QString idp
            = QString::fromLatin1(QUrl::toPercentEncoding(it.key().trimmed().toLower()));
        provider.startUrl = net::appendPath(serverUrl, QStringLiteral("/api/oidc/login/") + idp);
        provider.cookieName = QByteArrayLiteral("token");
        provider.canCreateApiToken
            = p.value(QLatin1String("allow_creation_of_api_tokens")).toBool();
        out << provider;
    }
    return out;
}

ApiRequest ProjectWSso::createApiToken(const QString &label) const
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/users/get_new_api_token");
    request.query.addQueryItem(QStringLiteral("name"), label);
    return request;
}

ApiRequest ProjectWSso::endWebSession() const
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/users/logout");
    return request;
}

QUrl ProjectWSso::tokenPageUrl(const QUrl &serverUrl) const
{
    // The web frontend is served by the backend with hash routing: Account -> Security.
    QUrl url = net::appendPath(serverUrl, QStringLiteral("/"));
    url.setFragment(QStringLiteral("/account/security"));
    return url;
}

} // namespace wharf::projectw
