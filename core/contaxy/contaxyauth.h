#pragma once

#include "auth/platformauth.h"

namespace wharf::contaxy {

// Contaxy sign-in (contaxy.md §3): OAuth password grant for a non-expiring API token,
// GET /users/me as "who am I", GET /auth/logout to delete the login token.
class ContaxyAuth : public auth::PlatformAuth
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
};

} // namespace wharf::contaxy
