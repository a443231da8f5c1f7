#pragma once

#include "auth/credentialstore.h"
#include "net/apierror.h"
#include "net/authrenewer.h"
#include "tokenset.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wharf::net {
class HttpClient;
}

namespace wharf::auth::oidc {

// One caller's wait for a refresh; all waiters of one refresh get the same result.
using TokenRefreshJob = net::AuthRenewal;

// Keeps an account's OIDC tokens alive: refreshes before expiry and on demand, one refresh at
// a time (callers that ask meanwhile wait for the same one), stores each rotated token set in
// the CredentialStore before the new access token is used, never sends a refresh token again
// once it was exchanged, and ends the sign-in only when the provider rejects the refresh
// token (invalid_grant). Network errors keep the tokens and retry later.
// As the account's AuthRenewer it also serves HttpClient's wait-and-replay on 401.
class TokenLifecycle : public net::AuthRenewer
{
    Q_OBJECT
public:
    // store may be nullptr (tokens for this run only).
    TokenLifecycle(net::HttpClient *client,
                   CredentialStore *store,
                   const QString &accountId,
                   QObject *parent = nullptr);

    // Adopts tokens already stored (sign-in or keychain read) and puts the access token to use.
    void adopt(const TokenSet &tokens, const TokenEndpoints &endpoints);
    void clear();
    bool canRefresh() const { return !m_tokens.refreshToken.isEmpty(); }
    const TokenSet &tokens() const { return m_tokens; }
    const TokenEndpoints &endpoints() const { return m_endpoints; }

    // Starts a refresh, or joins the one in flight. The job belongs to parent.
    TokenRefreshJob *refresh(QObject *parent);

    bool canRenew() const override { return canRefresh(); }
    bool isRenewing() const override { return m_inFlight; }
    net::AuthRenewal *renew(QObject *parent) override { return refresh(parent); }
    // Revokes the refresh token where the provider offers RFC 7009 revocation, then forgets
    // the tokens. finished reports the server's answer; the tokens are gone either way.
    TokenRefreshJob *revoke(QObject *parent);

    // Seconds before expiry at which the access token is renewed on its own.
    static constexpr int kRefreshMarginSeconds = 60;

Q_SIGNALS:
    void tokensRotated(); // a new access token is in use (and stored)
    void signInEnded(const wharf::net::ApiError &reason); // invalid_grant: sign in again
    void storeFailed(const wharf::auth::CredentialError &error);

private:
    void sendRefresh();
    void onRefreshed(const net::ApiResponse &response, const QString &sentToken);
    void use(const TokenSet &tokens);
    void complete(const net::ApiError &error);
    void retryLater();
    void schedule();

    net::HttpClient *m_client;
    CredentialStore *m_store;
    QString m_accountId;
    TokenSet m_tokens;
    TokenEndpoints m_endpoints;
    QList<QPointer<TokenRefreshJob>> m_waiters;
    QPointer<QObject> m_call; // the refresh request in flight
    QSet<QByteArray> m_spent; // SHA-256 of refresh tokens already exchanged
    QTimer m_timer;
    int m_failures = 0;
    bool m_inFlight = false;
};

} // namespace wharf::auth::oidc
