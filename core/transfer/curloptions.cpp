// How a CurlRequest turns into libcurl options: transport, credentials, TLS, proxy, body.
#include "curlcallbacks.h"
#include "curlengine.h"
#include "curlrequest.h"
#include "net/httpclient.h"
#include "transfererrors.h"

#include <QFileInfo>
#include <QNetworkProxyFactory>
#include <QUuid>

namespace wharf::transfer {

namespace {

constexpr long kBufferSize = 256 * 1024;

QByteArray proxyUrl(const QNetworkProxy &proxy)
{
    const QString host = proxy.hostName().contains(QLatin1Char(':'))
        ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
        : proxy.hostName();
    const QString hostPort = host + QLatin1Char(':') + QString::number(proxy.port());
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return ("http://" + hostPort).toUtf8();
    case QNetworkProxy::Socks5Proxy:
        return ("socks5h://" + hostPort).toUtf8(); // names resolved by the proxy, as Qt does
    default:
        return QByteArray();
    }
}

} // namespace

void CurlRequest::applyLoggingPolicy(void *easy)
{
    curl_easy_setopt(easy, CURLOPT_VERBOSE, 0L);
    curl_easy_setopt(easy, CURLOPT_DEBUGFUNCTION, &RequestCallbacks::debug);
    curl_easy_setopt(easy, CURLOPT_DEBUGDATA, nullptr);
}

void *CurlRequest::prepare(CurlEngine *engine)
{
    m_engine = engine;
    m_result = CurlResult();
    m_result.url = m_url;
    m_ulNow = m_ulTotal = m_dlNow = m_dlTotal = 0;
    m_toSink = m_headersDone = m_headerAbort = m_cancelled = false;
    CURL *h = m_easy;
    if (!h) {
        fail(net::ApiError::make(net::ApiError::Kind::Network, QStringLiteral("libcurl failed")));
        return nullptr;
    }
    applyLoggingPolicy(h);
    curl_easy_setopt(h, CURLOPT_PRIVATE, this);
    curl_easy_setopt(h, CURLOPT_URL, m_url.toString(QUrl::FullyEncoded).toUtf8().constData());
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(h, CURLOPT_USERAGENT, net::HttpClient::userAgent().constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    // Never follow an https URL to plain http (Qt's NoLessSafeRedirectPolicy).
    const bool https = m_url.scheme() == QLatin1String("https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, https ? "https" : "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, m_followRedirects ? 1L : 0L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(h, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &RequestCallbacks::header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &RequestCallbacks::write);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &RequestCallbacks::progress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(m_connection.connectTimeoutMs));
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, long(qMax(1, m_connection.stallTimeoutMs / 1000)));
    curl_easy_setopt(h, CURLOPT_BUFFERSIZE, kBufferSize);
    curl_easy_setopt(h, CURLOPT_UPLOAD_BUFFERSIZE, kBufferSize);
    curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);

    curl_slist *list = nullptr;
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    list = curl_slist_append(list, QByteArray("X-Request-ID: " + requestId).constData());
    for (const auto &[name, value] : std::as_const(m_requestHeaders))
        list = curl_slist_append(list, QByteArray(name + ": " + value).constData());
    // The one place a transfer attaches credentials. libcurl drops a custom Authorization
    // header when a redirect leaves the original host.
    if (!m_connection.bearerToken.isEmpty())
        list = curl_slist_append(
            list,
            QByteArray("Authorization: Bearer " + m_connection.bearerToken.toUtf8()).constData());
    curl_slist_free_all(static_cast<curl_slist *>(m_headerList));
    m_headerList = list;
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, list);

    configureTls();
    configureProxy();
    return configureBody() ? h : nullptr;
}

void CurlRequest::configureTls()
{
    CURL *h = m_easy;
    if (m_tlsMode == TlsMode::Verify) {
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
        curl_easy_setopt(h, CURLOPT_CERTINFO, 0L);
        curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, static_cast<curl_prereq_callback>(nullptr));
        return;
    }
    // Pin semantics as in net::HttpClient: the SHA-256 of the certificate's DER form, not
    // libcurl's CURLOPT_PINNEDPUBLICKEY (a public-key hash). libcurl's own check is off, the
    // certificate is compared in the pre-request callback before anything is sent, and the
    // connection is neither reused from nor left for another request, so every request that
    // runs over it has had its own check.
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(h, CURLOPT_CERTINFO, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_SESSIONID_CACHE, 0L);
    curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(h, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(h, CURLOPT_PREREQFUNCTION, &RequestCallbacks::prereq);
    curl_easy_setopt(h, CURLOPT_PREREQDATA, this);
}

void CurlRequest::configureProxy()
{
    QNetworkProxy proxy = m_connection.proxy;
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const auto system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(m_url));
        proxy = system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
    }
    // Always explicit: left unset, libcurl would read http_proxy/no_proxy from the environment
    // behind the account's back. "" means no proxy; an empty NOPROXY means no exceptions.
    CURL *h = m_easy;
    curl_easy_setopt(h, CURLOPT_PROXY, proxyUrl(proxy).constData());
    curl_easy_setopt(h, CURLOPT_NOPROXY, "");
    if (!proxy.user().isEmpty()) {
        curl_easy_setopt(h, CURLOPT_PROXYUSERNAME, proxy.user().toUtf8().constData());
        curl_easy_setopt(h, CURLOPT_PROXYPASSWORD, proxy.password().toUtf8().constData());
    }
}

bool CurlRequest::configureBody()
{
    CURL *h = m_easy;
    if (m_method == "HEAD") {
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
        return true;
    }
    const bool multipart = !m_formField.isEmpty();
    if (multipart || m_sourceLength >= 0) {
        m_source.setFileName(m_sourcePath);
        if (!m_source.open(QIODevice::ReadOnly)) {
            fail(QFileInfo::exists(m_sourcePath)
                     ? readFailedError(m_sourcePath, m_source.errorString())
                     : fileMissingError(m_sourcePath));
            return false;
        }
        if (multipart) {
            m_sourceOffset = 0;
            m_sourceLength = m_source.size();
        } else if (m_source.size() < m_sourceOffset + m_sourceLength) {
            fail(fileChangedError(m_sourcePath));
            return false;
        }
        m_source.seek(m_sourceOffset);
        m_sourcePos = 0;
        m_sourceChecked.start();
    }
    if (multipart) {
        curl_mime *mime = curl_mime_init(h);
        m_mime = mime;
        for (const auto &[name, value] : std::as_const(m_formFields)) {
            curl_mimepart *part = curl_mime_addpart(mime);
            curl_mime_name(part, name.toUtf8().constData());
            curl_mime_data(part, value.toUtf8().constData(), CURL_ZERO_TERMINATED);
        }
        curl_mimepart *file = curl_mime_addpart(mime);
        curl_mime_name(file, m_formField.toUtf8().constData());
        curl_mime_filename(file, m_formFileName.toUtf8().constData());
        curl_mime_type(file,
                       m_formContentType.isEmpty() ? "application/octet-stream"
                                                   : m_formContentType.constData());
        curl_mime_data_cb(
            file, m_sourceLength, &RequestCallbacks::read, &RequestCallbacks::seek, nullptr, this);
        curl_easy_setopt(h, CURLOPT_MIMEPOST, mime);
    } else if (m_sourceLength >= 0) {
        curl_easy_setopt(h, CURLOPT_READFUNCTION, &RequestCallbacks::read);
        curl_easy_setopt(h, CURLOPT_READDATA, this);
        curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, &RequestCallbacks::seek);
        curl_easy_setopt(h, CURLOPT_SEEKDATA, this);
        if (m_method == "POST") {
            curl_easy_setopt(h, CURLOPT_POST, 1L);
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_sourceLength));
        } else {
            curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
            curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(m_sourceLength));
        }
    } else if (m_method == "POST") {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, "");
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, 0L);
    }
    if (m_method != "GET" && m_method != "POST" && !(m_method == "PUT" && m_sourceLength >= 0))
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, m_method.constData());
    return true;
}

} // namespace wharf::transfer
