#pragma once

#include "accounts/account.h"
#include "credentialstore.h"
#include "net/apierror.h"
#include "platformauth.h"

#include <QObject>

#include <memory>

namespace wharf::net {
class HttpClient;
}

namespace wharf::auth {

// One account's signed-in state: its HTTP client, its token and where the token is kept.
// Tokens reach the credential store before they are used, rotated tokens (Project-W's
// Set-Cookie) replace the stored one, and only a real rejection ever clears a token.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    // store may be nullptr: then tokens live only in this object (WHARF_TOKEN, --token-stdin).
    AccountSession(const Account &account, CredentialStore *store, QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    net::HttpClient *client() const { return m_client; }
    bool hasToken() const;
    bool supportsPassword() const;

    // Uses a token without storing it anywhere.
    void useToken(const QString &token);
    // Reads the stored token; finished by tokenLoaded.
    void loadStoredToken();
    // Password sign-in; the token is stored, then signedIn is emitted.
    void signInWithPassword(const QString &user, const QString &password);
    // Checks a pasted token with "who am I", then stores it; finished by signedIn.
    void signInWithToken(const QString &token);
    void fetchIdentity();
    // Server-side sign-out where the platform has one, then the stored token is deleted.
    void signOut();

Q_SIGNALS:
    void tokenLoaded(const wharf::auth::CredentialError &error);
    void signedIn(const wharf::net::ApiError &error, const wharf::auth::CredentialError &store);
    void identityReady(const wharf::auth::Identity &identity, const wharf::net::ApiError &error);
    void signedOut(const wharf::net::ApiError &serverError,
                   const wharf::auth::CredentialError &store);
    // A rotated token could not be stored (it is used anyway, so the session keeps working).
    void tokenStoreFailed(const wharf::auth::CredentialError &error);

private:
    void storeThenUse(const QString &token);
    void onCookies(const QList<QNetworkCookie> &cookies);
    void removeStoredToken(const net::ApiError &serverError);

    Account m_account;
    CredentialStore *m_store;
    net::HttpClient *m_client;
    std::unique_ptr<PlatformAuth> m_platform;
};

} // namespace wharf::auth

Q_DECLARE_METATYPE(wharf::auth::Identity)
