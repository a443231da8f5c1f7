#pragma once

#include "auth/oidc/tokenlifecycle.h"

#include <QDateTime>

namespace wharf::test {

// Puts a lifecycle in the state right after an OpenID Connect sign-in: access token "at1",
// refresh token "rt1", client "app", the given token endpoint; valid for an hour unless
// `expiry` says otherwise (an invalid time: expiry unknown).
inline void adoptTestTokens(auth::oidc::TokenLifecycle &life,
                            const QUrl &tokenEndpoint,
                            const QDateTime &expiry = QDateTime::currentDateTimeUtc().addSecs(3600))
{
    auth::oidc::TokenEndpoints endpoints;
    endpoints.clientId = QStringLiteral("app");
    endpoints.tokenEndpoint = tokenEndpoint;
    auth::oidc::TokenSet tokens;
    tokens.accessToken = QStringLiteral("at1");
    tokens.refreshToken = QStringLiteral("rt1");
    tokens.expiresAt = expiry;
    life.adopt(tokens, endpoints);
}

} // namespace wharf::test
