#pragma once

#include "auth/websso.h"

namespace wharf::contaxy {

// Contaxy's browser SSO (contaxy.md §3.3-3.4): GET /auth/oauth/enabled says whether
// /auth/login-page leads to the OIDC provider; the flow ends with an HttpOnly `ct_token`
// cookie holding a login token, which POST /auth/tokens trades for a named API token.
class ContaxySso : public auth::WebSsoPlatform
{
public:
    net::ApiRequest discovery() const override;
    QList<auth::WebSsoProvider> providersFrom(const net::ApiResponse &response,
                                              const QUrl &serverUrl,
                                              net::ApiError *error) const override;
    net::ApiRequest createApiToken(const QString &label) const override;
    net::ApiRequest endWebSession() const override;
    QUrl tokenPageUrl(const QUrl &serverUrl) const override;
};

} // namespace wharf::contaxy
