#include "jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace wharf::auth::oidc {

namespace {

// lupdate files QT_TRANSLATE_NOOP strings under this context; the same one is used here.
QString translated(const char *text)
{
    return QCoreApplication::translate("wharf::auth::oidc", text);
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool audienceContains(const QJsonValue &aud, const QString &clientId, int *count)
{
    if (aud.isString()) {
        *count = 1;
        return aud.toString() == clientId;
    }
    const QJsonArray list = aud.toArray();
    *count = int(list.size());
    return list.contains(QJsonValue(clientId));
}

} // namespace

QString originOf(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return QString();
    return u
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

std::optional<Jwt> Jwt::decode(const QString &token, QString *error)
{
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    std::optional<QJsonObject> header, payload;
    if (parts.size() == 3) {
        header = decodeObject(parts.at(0));
        payload = decodeObject(parts.at(1));
    }
    const auto signature = parts.size() == 3
        ? QByteArray::fromBase64Encoding(
            parts.at(2), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors)
        : QByteArray::FromBase64Result {};
    if (!header || !payload || !signature) {
        if (error)
            *error = translated(
                QT_TRANSLATE_NOOP("wharf::auth::oidc", "The identity token is not a valid JWT."));
        return std::nullopt;
    }
    Jwt jwt;
    jwt.header = *header;
    jwt.payload = *payload;
    jwt.signingInput = parts.at(0) + '.' + parts.at(1);
    jwt.signature = *signature;
    return jwt;
}

QString checkIdTokenClaims(const QJsonObject &claims, const IdTokenExpectations &expected)
{
    const QString iss = claims.value(QLatin1String("iss")).toString();
    const bool issuerOk = expected.issuer.isEmpty()
        ? !expected.issuerOrigin.isEmpty() && originOf(iss) == expected.issuerOrigin
        : iss == expected.issuer;
    if (!issuerOk)
        return translated(
                   QT_TRANSLATE_NOOP(
                       "wharf::auth::oidc",
                       "The identity token was issued by \"%1\", not by the expected provider."))
            .arg(iss);
    int audiences = 0;
    if (!audienceContains(claims.value(QLatin1String("aud")), expected.clientId, &audiences))
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc", "The identity token is meant for another application."));
    // With several audiences the token must name us as the party it was issued to.
    const QString azp = claims.value(QLatin1String("azp")).toString();
    if (azp.isEmpty() ? audiences > 1 : azp != expected.clientId)
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc", "The identity token was issued to another application."));
    if (claims.value(QLatin1String("sub")).toString().isEmpty())
        return translated(
            QT_TRANSLATE_NOOP("wharf::auth::oidc", "The identity token names no user."));
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    const qint64 now = expected.now.toSecsSinceEpoch();
    if (!exp.isDouble() || qint64(exp.toDouble()) + expected.leewaySeconds < now)
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc",
            "The identity token has expired. Check that this computer's clock is right."));
    const QJsonValue iat = claims.value(QLatin1String("iat"));
    if (iat.isDouble() && qint64(iat.toDouble()) - expected.leewaySeconds > now)
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc",
            "The identity token was issued in the future. Check that this computer's "
            "clock is right."));
    const QString nonce = claims.value(QLatin1String("nonce")).toString();
    if (!expected.nonce.isEmpty() && nonce != expected.nonce)
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc",
            "The identity token does not belong to this sign-in (nonce mismatch)."));
    return QString();
}

} // namespace wharf::auth::oidc
