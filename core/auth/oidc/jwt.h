#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wharf::auth::oidc {

// A compact JWS split into its parts. Decoding checks only the shape, not the signature.
struct Jwt
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // "<header>.<payload>" exactly as received
    QByteArray signature; // raw bytes

    static std::optional<Jwt> decode(const QString &token, QString *error = nullptr);
};

// What an ID token must say (OIDC Core §3.1.3.7). An empty issuer with a non-empty
// issuerOrigin accepts any issuer on that origin (IVCAP's authinfo.yaml names no issuer).
struct IdTokenExpectations
{
    QString issuer;
    QString issuerOrigin;
    QString clientId;
    QString nonce; // empty: the request had none (device flow, refresh)
    QDateTime now = QDateTime::currentDateTimeUtc();
    int leewaySeconds = 120; // clock skew between us and the provider
};

// Empty when the claims are acceptable, else a translated reason.
QString checkIdTokenClaims(const QJsonObject &claims, const IdTokenExpectations &expected);

// Verifies the signature with the key of `jwks` (a JWK Set) that the token's header names.
// Supports RS256/384/512, PS256/384/512 and ES256/384. Empty on success, else a reason.
QString verifyJwtSignature(const Jwt &jwt, const QJsonObject &jwks);

// "scheme://host[:port]" of a URL string, for origin comparisons.
QString originOf(const QString &url);

} // namespace wharf::auth::oidc
