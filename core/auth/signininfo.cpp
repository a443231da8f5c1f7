#include "signininfo.h"

#include "accountsession.h"
#include "net/httpclient.h"
#include "oidc/jwt.h"
#include "oidc/tokenlifecycle.h"

#include <QCoreApplication>

namespace wharf::auth {

QString SignInInfo::methodText() const
{
    auto say = [](const char *text) { return QCoreApplication::translate("SignInInfo", text); };
    switch (method) {
    case Method::None:
        return say(QT_TRANSLATE_NOOP("SignInInfo", "Not signed in"));
    case Method::OpenIdConnect:
        return say(QT_TRANSLATE_NOOP("SignInInfo", "OpenID Connect, renewed automatically"));
    case Method::SessionToken:
        return renewsItself
            ? say(QT_TRANSLATE_NOOP("SignInInfo", "Session token, renewed while in use"))
            : say(QT_TRANSLATE_NOOP("SignInInfo", "Session token"));
    case Method::ApiToken:
        return say(QT_TRANSLATE_NOOP("SignInInfo", "API token"));
    }
    return QString();
}

SignInInfo signInInfo(const AccountSession &session)
{
    SignInInfo info;
    if (!session.hasToken())
        return info;
    if (const oidc::TokenLifecycle *tokens = session.tokenLifecycle();
        tokens && !tokens->tokens().accessToken.isEmpty()) {
        info.method = SignInInfo::Method::OpenIdConnect;
        info.expires = tokens->tokens().expiresAt;
        info.renewsItself = tokens->canRefresh();
        return info;
    }
    // A JWT with an expiry is a session (Project-W's log-in token); anything else is an API
    // token the platform keeps until it is revoked.
    const auto jwt = oidc::Jwt::decode(session.client()->bearerToken());
    const qint64 exp = jwt ? jwt->payload.value(QLatin1String("exp")).toInteger(0) : 0;
    if (exp > 0) {
        info.method = SignInInfo::Method::SessionToken;
        info.expires = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
        info.renewsItself = session.account().kind == PlatformKind::ProjectW;
        return info;
    }
    info.method = SignInInfo::Method::ApiToken;
    return info;
}

} // namespace wharf::auth
