#pragma once

#include <QDateTime>
#include <QString>

namespace wharf::auth {

class AccountSession;

// How an account is signed in, for the account page and `whoami`: the kind of credential in
// use and when it runs out, where that is known.
struct SignInInfo
{
    enum class Method { None, OpenIdConnect, SessionToken, ApiToken };
    Method method = Method::None;
    QDateTime expires; // UTC; invalid when the credential does not say
    bool renewsItself = false; // OIDC refresh, Project-W's rolling session

    QString methodText() const; // translated
};

SignInInfo signInInfo(const AccountSession &session);

} // namespace wharf::auth
