#include "httpclient.h"

#include "apicall.h"
#include "proxypolicy.h"
#include "redact.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
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
    if (!url.isValid() || url.isEmpty()) {
        url = m_baseUrl;
        QString path = url.path();
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QString rel = request.path.startsWith(QLatin1Char('/'))
            ? request.path
            : QLatin1Char('/') + request.path;
        // Contaxy's custom verbs (/files/x:download) keep their ':' (QUrl leaves it alone).
        url.setPath(path + rel, QUrl::TolerantMode);
    }
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

ApiCall *HttpClient::send(const ApiRequest &request, QObject *parent)
{
    const QUrl url = resolve(request);
    QNetworkRequest req(url);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("X-Request-ID", requestId.toLatin1());
    req.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    // The one place where credentials are attached; token endpoints opt out.
    if (request.authenticated && !m_bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
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

    qCDebug(lcNet).noquote() << request.method << redactUrl(url) << "id" << requestId;
    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
        ? m_nam->get(req)
        : m_nam->sendCustomRequest(req, request.method, request.body);
    auto *call = new ApiCall(reply, request, requestId, m_pinSha256, parent);
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        if (!response.cookies.isEmpty())
            Q_EMIT cookiesReceived(response.cookies);
    });
    return call;
}

} // namespace wharf::net
