#include "httpclient.h"

#include "apicall.h"
#include "authrenewer.h"
#include "proxypolicy.h"
#include "redact.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

namespace wharf::net {

namespace {

// Cookies are read by core from each reply and never kept for automatic resending: Contaxy and
// Project-W hand out tokens as cookies, and one account's token must never reach another.
class DiscardingCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
};

// The system proxy configuration unless the application installed its own policy.
void useSystemProxyByDefault()
{
    static const bool once = [] {
        if (!isProxyPolicyInstalled())
            QNetworkProxyFactory::setUseSystemConfiguration(true);
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray normaliseFingerprint(const QString &fingerprint)
{
    QByteArray hex = fingerprint.toLatin1().toLower();
    hex.replace(':', QByteArray());
    hex.replace(' ', QByteArray());
    return hex;
}

HttpClient::HttpClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_baseUrl(baseUrl)
{
    useSystemProxyByDefault();
    m_nam->setCookieJar(new DiscardingCookieJar(m_nam));
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() = default;

void HttpClient::setPinnedCertificateSha256(const QString &fingerprint)
{
    m_pinSha256 = normaliseFingerprint(fingerprint);
}

QString HttpClient::pinnedCertificateSha256() const
{
    return formatFingerprint(QByteArray::fromHex(m_pinSha256));
}

void HttpClient::setProxy(const QNetworkProxy &proxy)
{
    m_nam->setProxy(proxy);
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Wharf/" WHARF_VERSION " (")
        + QSysInfo::prettyProductName().toUtf8().replace('(', '[').replace(')', ']') + ')';
}

QUrl HttpClient::resolve(const ApiRequest &request) const
{
    QUrl url = request.url;
    if (!url.isValid() || url.isEmpty())
        url = appendPath(m_baseUrl, request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiCall *HttpClient::send(const ApiRequest &request, QObject *parent)
{
    auto *call = new ApiCall(
        this, request, QUuid::createUuid().toString(QUuid::WithoutBraces), m_pinSha256, parent);
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        if (!response.cookies.isEmpty())
            Q_EMIT cookiesReceived(response.cookies);
    });
    // A stream may last for hours: a token it rotated must be adopted when its headers come.
    connect(call, &ApiCall::streamStarted, this, [this](const ApiResponse &head) {
        if (!head.cookies.isEmpty())
            Q_EMIT cookiesReceived(head.cookies);
    });
    if (request.authenticated && m_renewer && m_renewer->isRenewing()) {
        // The token is about to be replaced: sending it now would most likely earn a 401.
        // After a refresh, failed or not, the call goes out with the token of that moment (a
        // refresh that failed over a flaky network leaves the old, possibly still valid, one);
        // a sign-out meanwhile (Cancelled) ends it instead of sending a token being revoked.
        qCDebug(lcNet).noquote() << request.method << redactUrl(resolve(request)) << "id"
                                 << call->requestId() << "waits for a token renewal";
        AuthRenewal *renewal = m_renewer->renew(call);
        call->waitFor(renewal);
        connect(renewal, &AuthRenewal::finished, call, [this, call, renewal](auto error) {
            renewal->deleteLater();
            if (error.kind != ApiError::Kind::Cancelled) {
                start(call);
                return;
            }
            ApiResponse ended;
            ended.url = resolve(call->request());
            ended.requestId = call->requestId();
            ended.error = error;
            ended.error.requestId = call->requestId();
            call->deliver(std::move(ended));
        });
        return call;
    }
    start(call);
    return call;
}

void HttpClient::start(ApiCall *call)
{
    const ApiRequest &request = call->request();
    const QUrl url = resolve(request);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("X-Request-ID", call->requestId().toLatin1());
    req.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    // The one place where credentials are attached; token endpoints opt out.
    const QString token = request.authenticated ? m_bearerToken : QString();
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT"
        || request.method == "PATCH") {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      request.contentType.isEmpty() ? QByteArray("application/octet-stream")
                                                    : request.contentType);
    }
    if (request.maxRedirects <= 0) {
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    } else {
        req.setMaximumRedirectsAllowed(request.maxRedirects);
    }
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    qCDebug(lcNet).noquote() << request.method << redactUrl(url) << "id" << call->requestId()
                             << (call->m_replayed ? "(sent again with a renewed token)" : "");
    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
        ? m_nam->get(req)
        : m_nam->sendCustomRequest(req, request.method, request.body);
    call->attach(reply, token);
}

bool HttpClient::takeOver(ApiCall *call, const ApiResponse &response)
{
    // Cancelled, timed out or too large: the caller's decision, never retried or replayed.
    if (!response.error || call->m_abortKind != ApiError::Kind::None)
        return false;
    if (!renewAndReplay(call, response) && !retryLater(call, response))
        return false;
    // This reply is not delivered, but a token it rotated (Project-W sets a new session cookie
    // on any reply, errors included) must be adopted before the call goes out again.
    if (!response.cookies.isEmpty())
        Q_EMIT cookiesReceived(response.cookies);
    return true;
}

bool HttpClient::retryLater(ApiCall *call, const ApiResponse &response)
{
    const ApiRequest &request = call->request();
    if (request.stream)
        return false;
    const auto delay = m_retry.delayMs(++call->m_retries,
                                       response.error,
                                       RetryPolicy::isIdempotent(request.method),
                                       response.header("Retry-After"));
    if (!delay)
        return false;
    qCInfo(lcNet).noquote() << request.method << redactUrl(response.url) << "id"
                            << call->requestId() << "trying again in" << *delay << "ms";
    auto *pause = new QTimer(call);
    pause->setSingleShot(true);
    call->waitFor(pause);
    connect(pause, &QTimer::timeout, call, [this, call, pause] {
        pause->deleteLater();
        start(call);
    });
    pause->start(*delay);
    return true;
}

bool HttpClient::renewAndReplay(ApiCall *call, const ApiResponse &response)
{
    if (response.status != 401 || call->m_replayed || call->m_sentToken.isEmpty() || !m_renewer
        || !m_renewer->canRenew()) {
        return false;
    }
    call->m_replayed = true;
    if (call->m_sentToken != m_bearerToken) {
        // Renewed while this call was on the wire: the new token has not been refused yet.
        if (m_bearerToken.isEmpty())
            return false;
        start(call);
        return true;
    }
    AuthRenewal *renewal = m_renewer->renew(call);
    call->waitFor(renewal);
    connect(renewal, &AuthRenewal::finished, call, [this, call, renewal, response](auto error) {
        renewal->deleteLater();
        if (!error && !m_bearerToken.isEmpty()) {
            start(call);
            return;
        }
        // The refused reply stands, unless the renewal says more (network down, sign-in over).
        ApiResponse refused = response;
        if (error && error.kind != ApiError::Kind::Cancelled) {
            error.requestId = refused.requestId;
            refused.error = error;
        }
        call->deliver(std::move(refused));
    });
    return true;
}

} // namespace wharf::net
