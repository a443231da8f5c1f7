#pragma once

#include "auth/websso.h"

namespace wharf::projectw {

// Project-W's OIDC login (project-w.md "OIDC login", §3): providers from auth_settings, the
// browser starts at /api/oidc/login/{idp lower-cased} and ends with a `token` cookie on the
// backend's origin; get_new_api_token trades it for an API token where the provider allows.
class ProjectWSso : public auth::WebSsoPlatform
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

} // namespace wharf::projectw
