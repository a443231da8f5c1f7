#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace wharf::net {
struct ApiRequest;
}

namespace wharf::auth::oidc {

// The endpoints and capabilities of an OpenID Provider that sign-in and token upkeep use.
struct ProviderMetadata
{
    QString issuer; // empty when unknown (then issuerOrigin, see IdTokenExpectations)
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint;
    QUrl revocationEndpoint;
    QUrl jwksUri;
    bool issParameterSupported = false; // RFC 9207: the redirect must then carry `iss`

    // Reads an OIDC Discovery document; its issuer must be exactly `expectedIssuer`
    // (OIDC Discovery §4.3: a mismatch means the document may be an attacker's).
    static std::optional<ProviderMetadata>
    fromDiscovery(const QJsonObject &doc, const QString &expectedIssuer, QString *error);
};

// GET <issuer>/.well-known/openid-configuration, as an unauthenticated request for the
// account's HttpClient (so proxy, certificate pin and log redaction apply).
net::ApiRequest discoveryRequest(const QString &issuer);
// A JWK Set fetched the same way.
net::ApiRequest jwksRequest(const QUrl &jwksUri);

// The OAuth client as the app is registered with the provider, and what it asks for.
struct ClientConfig
{
    QString clientId;
    QStringList scopes; // "openid" is what gets an ID token; "offline_access" a refresh token
    // Extra parameters of the authorization/device request (Auth0's `audience`).
    QList<QPair<QString, QString>> extraParams;
};

} // namespace wharf::auth::oidc
