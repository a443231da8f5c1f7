#pragma once

#include "auth/platformauth.h"

namespace wharf::ivcap {

// IVCAP takes a bearer JWT from its identity provider (device flow, ivcap.md §2.3); there is
// no password sign-in and no server-side sign-out. "Who am I" checks the token against
// /1/services2 and reads the identity from the token's claims: the account is
// urn:ivcap:account:<acc> (the `acc` claim of the access or ID token).
class IvcapAuth : public auth::PlatformAuth
{
public:
    bool supportsPassword() const override { return false; }
    net::ApiRequest passwordLogin(const QString &, const QString &) const override { return {}; }
    std::optional<QString> tokenFromLogin(const net::ApiResponse &, net::ApiError *) const override
    {
        return std::nullopt;
    }
    net::ApiRequest whoami() const override;
    std::optional<auth::Identity> identityFrom(const net::ApiResponse &response,
                                               const QString &token,
                                               net::ApiError *error) const override;
    std::optional<net::ApiRequest> logout() const override { return std::nullopt; }
    void addIdTokenClaims(auth::Identity &identity, const QJsonObject &claims) const override;
};

// IVCAP's account URN from a token's `acc` claim ("" when there is none).
QString accountUrn(const QJsonObject &claims);

} // namespace wharf::ivcap
