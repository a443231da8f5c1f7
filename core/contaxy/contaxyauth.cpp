#include "contaxyauth.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

ApiRequest ContaxyAuth::passwordLogin(const QString &user, const QString &password) const
{
    return auth::passwordGrantRequest(QStringLiteral("/auth/oauth/token"), user, password);
}

std::optional<QString> ContaxyAuth::tokenFromLogin(const net::ApiResponse &response,
                                                   ApiError *error) const
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    const QString token = obj->value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        *error = ApiError::make(ApiError::Kind::BadResponse,
                                QCoreApplication::translate("ContaxyAuth",
                                                            "The server accepted the sign-in "
                                                            "but sent no access token."),
                                response.status);
        return std::nullopt;
    }
    return token;
}

ApiRequest ContaxyAuth::whoami() const
{
    return ApiRequest::get(QStringLiteral("/users/me"));
}

std::optional<auth::Identity>
ContaxyAuth::identityFrom(const net::ApiResponse &response, const QString &, ApiError *error) const
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    auth::Identity identity;
    identity.id = obj->value(QLatin1String("id")).toString();
    identity.name = obj->value(QLatin1String("username")).toString();
    identity.email = obj->value(QLatin1String("email")).toString();
    if (identity.id.isEmpty()) {
        *error = ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate("ContaxyAuth", "The user record has no id."),
            response.status);
        return std::nullopt;
    }
    return identity;
}

std::optional<ApiRequest> ContaxyAuth::logout() const
{
    // Answers 307 to /welcome after deleting the login token: do not follow it.
    ApiRequest request = ApiRequest::get(QStringLiteral("/auth/logout"));
    request.maxRedirects = 0;
    return request;
}

} // namespace wharf::contaxy
