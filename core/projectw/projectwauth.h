#pragma once

#include "auth/platformauth.h"

namespace wharf::projectw {

// Project-W sign-in (project-w.md §3): local-account login whose token arrives only as a
// `token` cookie, rotated on any reply near expiry; GET /api/users/info; DELETE logout.
class ProjectWAuth : public auth::PlatformAuth
{
public:
    bool supportsPassword() const override { return true; }
    net::ApiRequest passwordLogin(const QString &user, const QString &password) const override;
    std::optional<QString> tokenFromLogin(const net::ApiResponse &response,
                                          net::ApiError *error) const override;
    net::ApiRequest whoami() const override;
    std::optional<auth::Identity> identityFrom(const net::ApiResponse &response,
                                               const QString &token,
                                               net::ApiError *error) const override;
    std::optional<net::ApiRequest> logout() const override;
    QByteArray rotatingTokenCookie() const override { return QByteArrayLiteral("token"); }
};

} // namespace wharf::projectw
