#pragma once

#include "auth/credentialstore.h"
#include "net/apierror.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace wharf::net {
struct ApiResponse;
}

namespace wharf::auth::oidc {

// Tokens from an OAuth token endpoint.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QString idToken;
    QString scope;
    QDateTime expiresAt; // UTC; invalid when the provider did not say

    bool isExpired(const QDateTime &now, int marginSeconds = 0) const;
    // Reads a successful token response (RFC 6749 §5.1).
    static std::optional<TokenSet> fromResponse(const net::ApiResponse &response,
                                                net::ApiError *error);
};

// Where tokens are refreshed and revoked: kept with the tokens so that a restart can refresh
// without asking the platform for its provider again.
struct TokenEndpoints
{
    QString clientId;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // empty: the provider has none
    QUrl jwksUri;
    QString issuer;
    QString issuerOrigin;
};

// The account's one credential entry. "access_token" is the key every platform uses.
Secrets toSecrets(const TokenSet &tokens, const TokenEndpoints &endpoints);
// False when the entry holds no refreshable OIDC sign-in (a plain API token, say).
bool fromSecrets(const Secrets &secrets, TokenSet *tokens, TokenEndpoints *endpoints);

// A sentence a user understands for an OAuth error code ("access_denied", ...), or the
// error's own message when the code is not one we know.
QString describeOAuthError(const net::ApiError &error);

} // namespace wharf::auth::oidc
