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
    if (!response.jsonObject(error))
        return std::nullopt;
    const QJsonObject claims = jwtClaims(token);
    auth::Identity identity;
    addIdTokenClaims(identity, claims);
    if (claims.isEmpty())
        identity.details << QStringLiteral("token: accepted (opaque, no claims to show)");
    return identity;
}

QString accountUrn(const QJsonObject &claims)
{
    const QString acc = claims.value(QLatin1String("acc")).toString();
    return acc.isEmpty() ? QString() : QStringLiteral("urn:ivcap:account:") + acc;
}

void IvcapAuth::addIdTokenClaims(auth::Identity &identity, const QJsonObject &claims) const
{
    const QString urn = accountUrn(claims);
    const QString sub = claims.value(QLatin1String("sub")).toString();
    if (!urn.isEmpty()) {
        // The account is who the user is to IVCAP; the provider's subject is a detail.
        identity.id = urn;
        const QString detail = QStringLiteral("subject: ") + sub;
        if (!sub.isEmpty() && !identity.details.contains(detail))
            identity.details << detail;
    }
    PlatformAuth::addIdTokenClaims(identity, claims);
}
} // namespace wharf::ivcap
