#include "tokenset.h"

#include "auth/platformauth.h"
#include "net/apirequest.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wharf::auth::oidc {

namespace {

// lupdate files QT_TRANSLATE_NOOP strings under this context; the same one is used here.
QString translated(const char *text)
{
    return QCoreApplication::translate("wharf::auth::oidc", text);
}

const QString kAccess = QStringLiteral("access_token");
const QString kRefresh = QStringLiteral("refresh_token");
const QString kId = QStringLiteral("id_token");
const QString kScope = QStringLiteral("scope");
const QString kExpires = QStringLiteral("expires_at");
const QString kClient = QStringLiteral("oidc_client_id");
const QString kTokenUrl = QStringLiteral("oidc_token_endpoint");
const QString kRevokeUrl = QStringLiteral("oidc_revocation_endpoint");
const QString kJwks = QStringLiteral("oidc_jwks_uri");
const QString kIssuer = QStringLiteral("oidc_issuer");
const QString kIssuerOrigin = QStringLiteral("oidc_issuer_origin");

} // namespace

bool TokenSet::isExpired(const QDateTime &now, int marginSeconds) const
{
    return expiresAt.isValid() && now.addSecs(marginSeconds) >= expiresAt;
}

std::optional<TokenSet> TokenSet::fromResponse(const net::ApiResponse &response,
                                               net::ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    TokenSet t;
    t.accessToken = obj->value(QLatin1String("access_token")).toString();
    t.refreshToken = obj->value(QLatin1String("refresh_token")).toString();
    t.idToken = obj->value(QLatin1String("id_token")).toString();
    t.scope = obj->value(QLatin1String("scope")).toString();
    const QString type = obj->value(QLatin1String("token_type")).toString();
    if (t.accessToken.isEmpty() || type.compare(QLatin1String("bearer"), Qt::CaseInsensitive)) {
        *error = net::ApiError::make(
            net::ApiError::Kind::BadResponse,
            translated(QT_TRANSLATE_NOOP("wharf::auth::oidc",
                                         "The provider's reply has no bearer access token.")),
            response.status);
        return std::nullopt;
    }
    const QJsonValue expiresIn = obj->value(QLatin1String("expires_in"));
    if (expiresIn.isDouble() && expiresIn.toDouble() > 0)
        t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(expiresIn.toDouble()));
    return t;
}

Secrets toSecrets(const TokenSet &tokens, const TokenEndpoints &endpoints)
{
    Secrets s {{kAccess, tokens.accessToken},
               {kClient, endpoints.clientId},
               {kTokenUrl, endpoints.tokenEndpoint.toString(QUrl::FullyEncoded)}};
    auto put = [&s](const QString &key, const QString &value) {
        if (!value.isEmpty())
            s.insert(key, value);
    };
    put(kRefresh, tokens.refreshToken);
    put(kId, tokens.idToken);
    put(kScope, tokens.scope);
    if (tokens.expiresAt.isValid())
        put(kExpires, QString::number(tokens.expiresAt.toSecsSinceEpoch()));
    put(kRevokeUrl, endpoints.revocationEndpoint.toString(QUrl::FullyEncoded));
    put(kJwks, endpoints.jwksUri.toString(QUrl::FullyEncoded));
    put(kIssuer, endpoints.issuer);
    put(kIssuerOrigin, endpoints.issuerOrigin);
    return s;
}

bool fromSecrets(const Secrets &secrets, TokenSet *tokens, TokenEndpoints *endpoints)
{
    if (secrets.value(kRefresh).isEmpty() || secrets.value(kTokenUrl).isEmpty()
        || secrets.value(kClient).isEmpty())
        return false;
    tokens->accessToken = secrets.value(kAccess);
    tokens->refreshToken = secrets.value(kRefresh);
    tokens->idToken = secrets.value(kId);
    tokens->scope = secrets.value(kScope);
    bool ok = false;
    const qint64 expires = secrets.value(kExpires).toLongLong(&ok);
    tokens->expiresAt = ok ? QDateTime::fromSecsSinceEpoch(expires, Qt::UTC) : QDateTime();
    endpoints->clientId = secrets.value(kClient);
    endpoints->tokenEndpoint = QUrl(secrets.value(kTokenUrl));
    endpoints->revocationEndpoint = QUrl(secrets.value(kRevokeUrl));
    endpoints->jwksUri = QUrl(secrets.value(kJwks));
    endpoints->issuer = secrets.value(kIssuer);
    endpoints->issuerOrigin = secrets.value(kIssuerOrigin);
    return true;
}

QString describeOAuthError(const net::ApiError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("access_denied"))
        return translated(
            QT_TRANSLATE_NOOP("wharf::auth::oidc", "Sign-in was declined in the browser."));
    if (code == QLatin1String("expired_token"))
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc",
            "The sign-in code expired before it was confirmed. Start again to get a new "
            "code."));
    if (code == QLatin1String("invalid_grant"))
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc",
            "The sign-in is no longer valid (it was revoked, expired or already used). "
            "Please sign in again."));
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return translated(
                   QT_TRANSLATE_NOOP(
                       "wharf::auth::oidc",
                       "The identity provider does not accept this application (%1). Ask the "
                       "server's administrator."))
            .arg(error.message);
    if (code == QLatin1String("invalid_scope") || code == QLatin1String("invalid_target"))
        return translated(
                   QT_TRANSLATE_NOOP("wharf::auth::oidc",
                                     "The identity provider refused the requested permissions: %1"))
            .arg(error.message);
    if (code == QLatin1String("temporarily_unavailable") || code == QLatin1String("server_error"))
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc", "The identity provider is having problems; try again later."));
    return error.toString();
}

} // namespace wharf::auth::oidc
