#include "tokenlifecycle.h"

#include "jwt.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/redact.h"
#include "net/then.h"

#include <QCryptographicHash>

namespace wharf::auth::oidc {

using net::ApiError;

namespace {

QByteArray fingerprint(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

// The earliest moment a failed refresh is tried again: 15 s, 30 s, ... up to 10 minutes.
std::chrono::milliseconds backoff(int failures)
{
    const int shift = qBound(0, failures - 1, 6);
    return std::chrono::milliseconds(qMin(15000LL << shift, 600000LL));
}

} // namespace

TokenLifecycle::TokenLifecycle(net::HttpClient *client,
                               CredentialStore *store,
                               const QString &accountId,
                               QObject *parent)
    : AuthRenewer(parent)
    , m_client(client)
    , m_store(store)
    , m_accountId(accountId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        auto *job = refresh(this);
        connect(job, &TokenRefreshJob::finished, job, &QObject::deleteLater);
    });
}

void TokenLifecycle::adopt(const TokenSet &tokens, const TokenEndpoints &endpoints)
{
    // A fresh sign-in answers everyone waiting for a refresh: they go out with its token.
    m_timer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater();
    }
    m_failures = 0;
    m_endpoints = endpoints;
    use(tokens);
    complete(ApiError());
}

void TokenLifecycle::clear()
{
    m_timer.stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater();
    }
    m_inFlight = false;
    m_tokens = TokenSet();
    m_endpoints = TokenEndpoints();
    m_failures = 0;
    complete(ApiError::make(ApiError::Kind::Cancelled, tr("Signed out.")));
}

TokenRefreshJob *TokenLifecycle::refresh(QObject *parent)
{
    auto *job = new TokenRefreshJob(parent);
    m_waiters << job;
    if (!m_inFlight) {
        m_inFlight = true;
        // Always from the event loop, so a caller can connect to the job first.
        QMetaObject::invokeMethod(this, &TokenLifecycle::sendRefresh, Qt::QueuedConnection);
    }
    return job;
}

void TokenLifecycle::sendRefresh()
{
    if (!m_inFlight)
        return; // cleared meanwhile
    const QString token = m_tokens.refreshToken;
    if (token.isEmpty() || m_spent.contains(fingerprint(token))) {
        // A spent token would be refused, and with rotation it would revoke the whole grant.
        complete(ApiError::make(ApiError::Kind::Unauthorized,
                                tr("There is no valid refresh token; please sign in again.")));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), token);
    form.addQueryItem(QStringLiteral("client_id"), m_endpoints.clientId);
    net::ApiRequest request = net::ApiRequest::postForm(QString(), form);
    request.url = m_endpoints.tokenEndpoint;
    request.authenticated = false;
    m_call = net::send(m_client, request, this, [this, token](const auto &response) {
        onRefreshed(response, token);
    });
}

void TokenLifecycle::onRefreshed(const net::ApiResponse &response, const QString &sentToken)
{
    ApiError error = response.error;
    if (error.code == QLatin1String("invalid_grant")) {
        // The one answer that ends a sign-in: the provider no longer honours this token.
        m_spent.insert(fingerprint(sentToken));
        error.kind = ApiError::Kind::Unauthorized;
        error.message = describeOAuthError(error);
        m_timer.stop();
        m_tokens = TokenSet();
        m_client->setBearerToken(QString()); // the access token it went with is over too
        complete(error);
        Q_EMIT signInEnded(error);
        return;
    }
    std::optional<TokenSet> fresh;
    if (!error)
        fresh = TokenSet::fromResponse(response, &error);
    if (!fresh) {
        if (!error.code.isEmpty())
            error.message = describeOAuthError(error);
        retryLater();
        complete(error);
        return;
    }
    if (fresh->refreshToken.isEmpty())
        fresh->refreshToken = sentToken; // provider without rotation: the old one stays valid
    else if (fresh->refreshToken != sentToken)
        m_spent.insert(fingerprint(sentToken));
    if (fresh->idToken.isEmpty())
        fresh->idToken = m_tokens.idToken;
    else if (const auto jwt = Jwt::decode(fresh->idToken)) {
        IdTokenExpectations expected;
        expected.issuer = m_endpoints.issuer;
        expected.issuerOrigin = m_endpoints.issuerOrigin;
        expected.clientId = m_endpoints.clientId;
        const QString problem = checkIdTokenClaims(jwt->payload, expected);
        // Rejecting it would strand us: the old refresh token is already spent.
        if (!problem.isEmpty())
            qCWarning(lcNet).noquote() << "refreshed ID token:" << problem;
    }
    if (!m_store) {
        use(*fresh);
        complete(ApiError());
        return;
    }
    // Stored first: a crash or quit after this point must not lose the only valid token.
    auto *job = m_store->write(m_accountId, toSecrets(*fresh, m_endpoints), this);
    m_call = job;
    connect(job, &CredentialJob::finished, this, [this, job, t = *fresh](const auto &result) {
        job->deleteLater();
        if (result.error)
            Q_EMIT storeFailed(result.error); // used anyway: the old token is spent
        use(t);
        complete(ApiError());
    });
}

void TokenLifecycle::use(const TokenSet &tokens)
{
    m_tokens = tokens;
    m_failures = 0;
    m_client->setBearerToken(tokens.accessToken);
    schedule();
    Q_EMIT tokensRotated();
}

void TokenLifecycle::schedule()
{
    m_timer.stop();
    if (!canRefresh() || !m_tokens.expiresAt.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(
        m_tokens.expiresAt.addSecs(-kRefreshMarginSeconds));
    m_timer.start(std::chrono::milliseconds(qBound(0LL, ms, qint64(INT_MAX))));
}

void TokenLifecycle::retryLater()
{
    ++m_failures;
    m_timer.start(backoff(m_failures));
}

void TokenLifecycle::complete(const ApiError &error)
{
    m_inFlight = false;
    m_call.clear();
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &job : waiters) {
        if (job)
            Q_EMIT job->finished(error);
    }
}

TokenRefreshJob *TokenLifecycle::revoke(QObject *parent)
{
    auto *job = new TokenRefreshJob(parent);
    const QString token
        = m_tokens.refreshToken.isEmpty() ? m_tokens.accessToken : m_tokens.refreshToken;
    const QUrl endpoint = m_endpoints.revocationEndpoint;
    const QString clientId = m_endpoints.clientId;
    const bool isRefresh = !m_tokens.refreshToken.isEmpty();
    clear();
    if (endpoint.isEmpty() || token.isEmpty()) {
        QMetaObject::invokeMethod(
            job, [job] { Q_EMIT job->finished(ApiError()); }, Qt::QueuedConnection);
        return job;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    form.addQueryItem(QStringLiteral("token_type_hint"),
                      isRefresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    net::ApiRequest request = net::ApiRequest::postForm(QString(), form);
    request.url = endpoint;
    request.authenticated = false;
    net::send(m_client, request, job, [job](const net::ApiResponse &response) {
        Q_EMIT job->finished(response.error);
    });
    return job;
}

} // namespace wharf::auth::oidc
