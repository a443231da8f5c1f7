#include "accountsession.h"

#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "oidc/jwt.h"
#include "oidc/tokenlifecycle.h"

#include <QCoreApplication>
#include <QNetworkCookie>

namespace wharf::auth {

using net::ApiError;

namespace {
const QString kTokenKey = QStringLiteral("access_token");
}

AccountSession::AccountSession(const Account &account, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_store(store)
    , m_client(new net::HttpClient(account.serverUrl, this))
    , m_platform(PlatformAuth::create(account.kind))
    , m_tokens(new oidc::TokenLifecycle(m_client, store, account.id, this))
{
    m_client->setPinnedCertificateSha256(account.pinnedCertificateSha256);
    m_client->setAuthRenewer(m_tokens);
    connect(m_client, &net::HttpClient::cookiesReceived, this, &AccountSession::acceptCookies);
    connect(m_tokens, &oidc::TokenLifecycle::storeFailed, this, &AccountSession::tokenStoreFailed);
    // The provider refused the refresh token: the sign-in is over, so nothing stale stays.
    connect(m_tokens, &oidc::TokenLifecycle::signInEnded, this, &AccountSession::removeStoredToken);
}

AccountSession::~AccountSession() = default;

bool AccountSession::hasToken() const
{
    return !m_client->bearerToken().isEmpty();
}

bool AccountSession::supportsPassword() const
{
    return m_platform && m_platform->supportsPassword();
}

void AccountSession::useToken(const QString &token)
{
    m_client->setBearerToken(token.trimmed());
}

void AccountSession::loadStoredToken()
{
    if (!m_store) {
        Q_EMIT tokenLoaded(CredentialError::make(CredentialError::Kind::NotFound,
                                                 tr("No credential store is in use.")));
        return;
    }
    auto *job = m_store->read(m_account.id, this);
    connect(job, &CredentialJob::finished, this, [this, job](const CredentialResult &result) {
        job->deleteLater();
        CredentialError error = result.error;
        if (!error && result.secrets.value(kTokenKey).isEmpty())
            error = CredentialError::make(CredentialError::Kind::NotFound,
                                          tr("Not signed in to %1.").arg(m_account.displayName));
        oidc::TokenSet tokens;
        oidc::TokenEndpoints endpoints;
        if (!error && oidc::fromSecrets(result.secrets, &tokens, &endpoints))
            m_tokens->adopt(tokens, endpoints); // refreshes at once if the token has expired
        else if (!error)
            useToken(result.secrets.value(kTokenKey));
        Q_EMIT tokenLoaded(error);
    });
}

void AccountSession::signInWithPassword(const QString &user, const QString &password)
{
    if (!supportsPassword()) {
        Q_EMIT signedIn(ApiError::make(ApiError::Kind::Validation,
                                       tr("%1 does not offer password sign-in.")
                                           .arg(platformKindDisplayName(m_account.kind))),
                        CredentialError());
        return;
    }
    net::send(m_client,
              m_platform->passwordLogin(user, password),
              this,
              [this](const net::ApiResponse &response) {
                  ApiError error = response.error;
                  // Wrong credentials come back as 400 (Contaxy's OAuth error) or 401: both mean
                  // "auth".
                  if (error.kind == ApiError::Kind::Validation
                      && (error.code == QLatin1String("unauthorized_client")
                          || error.code == QLatin1String("invalid_grant")))
                      error.kind = ApiError::Kind::Unauthorized;
                  std::optional<QString> token;
                  if (!error)
                      token = m_platform->tokenFromLogin(response, &error);
                  if (error) {
                      Q_EMIT signedIn(error, CredentialError());
                      return;
                  }
                  storeThenUse(*token);
              });
}

void AccountSession::signInWithToken(const QString &token)
{
    useToken(token);
    net::send(m_client,
              m_platform ? m_platform->whoami() : net::ApiRequest(),
              this,
              [this, token](const auto &response) {
                  ApiError error = response.error;
                  if (!error && m_platform)
                      m_platform->identityFrom(response, token, &error);
                  if (error) {
                      useToken(QString());
                      Q_EMIT signedIn(error, CredentialError());
                      return;
                  }
                  storeThenUse(token);
              });
}

void AccountSession::signInWithOidc(const oidc::TokenSet &tokens,
                                    const oidc::TokenEndpoints &endpoints)
{
    m_tokens->clear();
    if (!m_store) {
        m_tokens->adopt(tokens, endpoints);
        Q_EMIT signedIn(ApiError(), CredentialError());
        return;
    }
    auto *job = m_store->write(m_account.id, oidc::toSecrets(tokens, endpoints), this);
    connect(job,
            &CredentialJob::finished,
            this,
            [this, job, tokens, endpoints](const CredentialResult &r) {
                job->deleteLater();
                m_tokens->adopt(tokens, endpoints); // stored first, used now
                Q_EMIT signedIn(ApiError(), r.error);
            });
}

void AccountSession::storeThenUse(const QString &token)
{
    m_tokens->clear(); // a pasted or password token replaces any identity-provider sign-in
    if (!m_store) {
        useToken(token);
        Q_EMIT signedIn(ApiError(), CredentialError());
        return;
    }
    auto *job = m_store->write(m_account.id, Secrets {{kTokenKey, token}}, this);
    connect(job, &CredentialJob::finished, this, [this, job, token](const CredentialResult &r) {
        job->deleteLater();
        // The token is used even if storing failed: the user is signed in for this run.
        useToken(token);
        Q_EMIT signedIn(ApiError(), r.error);
    });
}

void AccountSession::fetchIdentity()
{
    if (!m_platform) {
        Q_EMIT identityReady(Identity(),
                             ApiError::make(ApiError::Kind::Validation, tr("Unknown platform.")));
        return;
    }
    // A 401 from an access token that ran out early (clock skew, revoked) is answered inside
    // the HTTP client: one refresh, one replay.
    net::send(m_client, m_platform->whoami(), this, [this](const net::ApiResponse &response) {
        ApiError error = response.error;
        std::optional<Identity> identity;
        if (!error)
            identity = m_platform->identityFrom(response, m_client->bearerToken(), &error);
        if (identity) {
            identity->rawReply = response.body;
            const auto idToken = oidc::Jwt::decode(m_tokens->tokens().idToken);
            if (idToken)
                m_platform->addIdTokenClaims(*identity, idToken->payload);
        }
        Q_EMIT identityReady(identity.value_or(Identity()), error);
    });
}

void AccountSession::signOut()
{
    if (!m_tokens->canRefresh()) {
        signOutFromPlatform(ApiError());
        return;
    }
    // Revoked at the provider (where it offers that) so the sign-in cannot be used again.
    auto *job = m_tokens->revoke(this);
    connect(job, &oidc::TokenRefreshJob::finished, this, [this, job](const ApiError &error) {
        job->deleteLater();
        signOutFromPlatform(error);
    });
}

void AccountSession::signOutFromPlatform(const ApiError &revocationError)
{
    const auto request = m_platform ? m_platform->logout() : std::nullopt;
    if (!request || !hasToken()) {
        removeStoredToken(revocationError);
        return;
    }
    net::send(m_client, *request, this, [this](const net::ApiResponse &response) {
        // A refused token is no proof that the session is over: a rotated value may still be
        // alive (Project-W), so the caller hears of it. The local secret goes either way.
        removeStoredToken(response.error);
    });
}

void AccountSession::removeStoredToken(const ApiError &serverError)
{
    m_tokens->clear();
    useToken(QString());
    if (!m_store) {
        Q_EMIT signedOut(serverError, CredentialError());
        return;
    }
    auto *job = m_store->remove(m_account.id, this);
    connect(job,
            &CredentialJob::finished,
            this,
            [this, job, serverError](const CredentialResult &result) {
                job->deleteLater();
                Q_EMIT signedOut(serverError, result.error);
            });
}

void AccountSession::acceptCookies(const QList<QNetworkCookie> &cookies)
{
    const QByteArray name = m_platform ? m_platform->rotatingTokenCookie() : QByteArray();
    if (name.isEmpty() || !hasToken())
        return;
    for (const QNetworkCookie &cookie : cookies) {
        const QString value = QString::fromUtf8(cookie.value());
        if (cookie.name() != name || value.isEmpty() || value == m_client->bearerToken())
            continue;
        // The old token stops working at once (project-w.md §3), so switch now and persist.
        useToken(value);
        Q_EMIT tokenRotated();
        if (!m_store)
            continue;
        ++m_pendingWrites;
        auto *job = m_store->write(m_account.id, Secrets {{kTokenKey, value}}, this);
        connect(job, &CredentialJob::finished, this, [this, job](const CredentialResult &r) {
            job->deleteLater();
            if (r.error)
                Q_EMIT tokenStoreFailed(r.error);
            if (--m_pendingWrites == 0)
                Q_EMIT storesFinished();
        });
    }
}

void AccountSession::acceptSetCookieHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QNetworkCookie> cookies;
    for (const auto &[name, value] : headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
            cookies += QNetworkCookie::parseCookies(value);
    }
    if (!cookies.isEmpty())
        acceptCookies(cookies);
}

} // namespace wharf::auth
