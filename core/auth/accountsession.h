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

namespace oidc {
class TokenLifecycle;
struct TokenSet;
struct TokenEndpoints;
} // namespace oidc

// One account's signed-in state: its HTTP client, its token and where the token is kept.
// Tokens reach the credential store before they are used, rotated tokens (Project-W's
// Set-Cookie) replace the stored one, and only a real rejection ever clears a token.
// After an OpenID Connect sign-in, its TokenLifecycle refreshes and rotates the tokens, and
// the HTTP client waits for a refresh and replays a refused request (HttpClient::send).
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
    // Stores tokens from an identity provider, then uses them and keeps them fresh.
    void signInWithOidc(const oidc::TokenSet &tokens, const oidc::TokenEndpoints &endpoints);
    oidc::TokenLifecycle *tokenLifecycle() const { return m_tokens; }
    // Asks the platform who the token belongs to.
    void fetchIdentity();
    // Server-side sign-out where the platform has one, then the stored token is deleted.
    void signOut();
    // Cookies from replies that did not go through client() (transfers): a rotated token in
    // them replaces the current one, stored first.
    void acceptCookies(const QList<QNetworkCookie> &cookies);
    // The same from raw reply headers (the Set-Cookie ones are read, the rest ignored).
    void acceptSetCookieHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    // A rotated token is still on its way into the credential store; storesFinished() is
    // emitted when the last such write has ended. A process must not exit before that.
    bool isStoring() const { return m_pendingWrites > 0; }

Q_SIGNALS:
    void tokenLoaded(const wharf::auth::CredentialError &error);
    void signedIn(const wharf::net::ApiError &error, const wharf::auth::CredentialError &store);
    void identityReady(const wharf::auth::Identity &identity, const wharf::net::ApiError &error);
    void signedOut(const wharf::net::ApiError &serverError,
                   const wharf::auth::CredentialError &store);
    // A rotated token could not be stored (it is used anyway, so the session keeps working).
    void tokenStoreFailed(const wharf::auth::CredentialError &error);
    // The server replaced the session token (Project-W's rolling sessions); the old value no
    // longer works. Without a credential store the new value lives only in this object.
    void tokenRotated();
    void storesFinished();

private:
    void storeThenUse(const QString &token);
    void removeStoredToken(const net::ApiError &serverError);
    void signOutFromPlatform(const net::ApiError &revocationError);

    Account m_account;
    CredentialStore *m_store;
    net::HttpClient *m_client;
    std::unique_ptr<PlatformAuth> m_platform;
    oidc::TokenLifecycle *m_tokens;
    int m_pendingWrites = 0;
};

} // namespace wharf::auth

Q_DECLARE_METATYPE(wharf::auth::Identity)
