#include "projectwauth.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wharf::projectw {

using net::ApiError;
using net::ApiRequest;

ApiRequest ProjectWAuth::passwordLogin(const QString &user, const QString &password) const
{
    return auth::passwordGrantRequest(QStringLiteral("/api/local-account/login"), user, password);
}

std::optional<QString> ProjectWAuth::tokenFromLogin(const net::ApiResponse &response,
                                                    ApiError *error) const
{
    const auto cookie = response.cookie("token");
    if (!cookie || cookie->value().isEmpty()) {
        *error = ApiError::make(ApiError::Kind::BadResponse,
                                QCoreApplication::translate("ProjectWAuth",
                                                            "The server accepted the sign-in "
                                                            "but sent no session token."),
                                response.status);
        return std::nullopt;
    }
    return QString::fromUtf8(cookie->value());
}

ApiRequest ProjectWAuth::whoami() const
{
    return ApiRequest::get(QStringLiteral("/api/users/info"));
}

std::optional<auth::Identity>
ProjectWAuth::identityFrom(const net::ApiResponse &response, const QString &, ApiError *error) const
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    auth::Identity identity;
    const QJsonValue id = obj->value(QLatin1String("id"));
    identity.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    identity.idJson = id;
    identity.email = obj->value(QLatin1String("email")).toString();
    identity.name = identity.email;
    const QString type = obj->value(QLatin1String("user_type")).toString();
    if (!type.isEmpty())
        identity.details << QStringLiteral("user_type: ") + type;
    identity.details << QStringLiteral("verified: ")
            + (obj->value(QLatin1String("is_verified")).toBool() ? QStringLiteral("yes")
                                                                 : QStringLiteral("no"));
    if (identity.email.isEmpty()) {
        *error = ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate("ProjectWAuth", "The user record has no email."),
            response.status);
        return std::nullopt;
    }
    return identity;
}

std::optional<ApiRequest> ProjectWAuth::logout() const
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/users/logout");
    return request;
}

} // namespace wharf::projectw
