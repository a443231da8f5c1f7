#include "contaxysso.h"

#include <QCoreApplication>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

ApiRequest ContaxySso::discovery() const
{
    return ApiRequest::getPublic(QStringLiteral("/auth/oauth/enabled"));
}

QList<auth::WebSsoProvider> ContaxySso::providersFrom(const net::ApiResponse &response,
                                                      const QUrl &serverUrl,
                                                      ApiError *error) const
{
    // A bare 0 or 1, not JSON-typed (§2.1).
    const QByteArray flag = response.body.trimmed();
    if (flag == "0")
        return {};
    if (flag != "1") {
        *error
            = ApiError::make(ApiError::Kind::BadResponse,
                             QCoreApplication::translate("ContaxySso",
                                                         "The server's answer to \"is single "
                                                         "sign-on enabled\" is neither 0 nor 1."),
                             response.status);
        return {};
    }
    auth::WebSsoProvider provider;
    provider.startUrl = net::appendPath(serverUrl, QStringLiteral("/auth/login-page"));
    provider.cookieName = QByteArrayLiteral("ct_token");
    return {provider};
}

ApiRequest ContaxySso::createApiToken(const QString &label) const
{
    // The login token's own scope: the new token reaches what the user may reach, nothing
    // more (§2.4). Users without system-wide rights are refused (403) and keep the login token.
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/auth/tokens");
    request.query.addQueryItem(QStringLiteral("token_type"), QStringLiteral("api-token"));
    request.query.addQueryItem(QStringLiteral("scope"), QStringLiteral("*%23admin"));
    request.query.addQueryItem(QStringLiteral("description"), label);
    return request;
}

ApiRequest ContaxySso::endWebSession() const
{
    // Deletes the login token and answers 307 to /welcome: do not follow it.
    ApiRequest request = ApiRequest::get(QStringLiteral("/auth/logout"));
    request.maxRedirects = 0;
    return request;
}

QUrl ContaxySso::tokenPageUrl(const QUrl &serverUrl) const
{
    // The web app lives at {site}/app/ beside the API at {site}/api (§1); its user menu has
    // "API tokens" (§13).
    QUrl site = serverUrl;
    QString path = site.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api")))
        path.chop(4);
    site.setPath(path);
    return net::appendPath(site, QStringLiteral("/app/"));
}

} // namespace wharf::contaxy
