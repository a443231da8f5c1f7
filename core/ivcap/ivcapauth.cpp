#include "ivcapauth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wharf::ivcap {

using net::ApiRequest;

namespace {

// Claims of a JWT, without verifying it: only for display; the server decides validity.
QJsonObject jwtClaims(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

ApiRequest IvcapAuth::whoami() const
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/1/services2"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    return request;
}

std::optional<auth::Identity> IvcapAuth::identityFrom(const net::ApiResponse &response,
                                                      const QString &token,
                                                      net::ApiError *error) const
{
    if (!auth::jsonObject(response, error))
        return std::nullopt;
    const QJsonObject claims = jwtClaims(token);
    auth::Identity identity;
    identity.id = claims.value(QLatin1String("sub")).toString();
    identity.name = claims.value(QLatin1String("name")).toString();
    identity.email = claims.value(QLatin1String("email")).toString();
    const QString account = claims.value(QLatin1String("acc")).toString();
    if (!account.isEmpty())
        identity.details << QStringLiteral("account: urn:ivcap:account:") + account;
    if (claims.isEmpty())
        identity.details << QStringLiteral("token: accepted (opaque, no claims to show)");
    return identity;
}

} // namespace wharf::ivcap
