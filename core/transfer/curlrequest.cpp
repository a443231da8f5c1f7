#include "curlrequest.h"

#include "curlengine.h"
#include "net/httpclient.h"
#include "transfererrors.h"

#include <QFileInfo>

#include <curl/curl.h>
#include <mutex>

namespace wharf::transfer {

namespace {

// Stat the upload source at most this often: often enough to notice a deleted file within a
// moment, rarely enough to cost nothing next to the transfer itself.
constexpr int kSourceCheckMs = 200;

} // namespace

QByteArray CurlResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

void CurlRequest::globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlRequest::CurlRequest()
{
    globalInit();
    m_easy = curl_easy_init();
}

CurlRequest::~CurlRequest()
{
    if (m_engine) {
        Q_ASSERT_X(!m_engine->insideLibcurl(), "~CurlRequest", "destroyed inside a callback");
        m_engine->abort(this);
    }
    curl_easy_cleanup(m_easy); // before the mime tree and header list it points to
    curl_mime_free(static_cast<curl_mime *>(m_mime));
    curl_slist_free_all(static_cast<curl_slist *>(m_headerList));
}

void CurlRequest::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_requestHeaders.append({name, value});
}

void CurlRequest::setConnection(const ConnectionSettings &settings, TlsMode mode)
{
    m_connection = settings;
    m_tlsMode = mode;
    m_pinHex = net::normaliseFingerprint(settings.pinnedCertificateSha256);
}

void CurlRequest::setUploadFile(const QString &path, qint64 offset, qint64 length)
{
    m_sourcePath = path;
    m_sourceOffset = offset;
    m_sourceLength = length;
}

void CurlRequest::addFormField(const QString &name, const QString &value)
{
    m_formFields.append({name, value});
}

void CurlRequest::setFormFile(const QString &field,
                              const QString &path,
                              const QString &fileName,
                              const QByteArray &contentType)
{
    m_formField = field;
    m_sourcePath = path;
    m_formFileName = fileName;
    m_formContentType = contentType;
}

void CurlRequest::setDownloadFile(QFile *file,
                                  std::function<bool(int, const HeaderList &)> onHeaders)
{
    m_sink = file;
    m_onHeaders = std::move(onHeaders);
}

void CurlRequest::setFinishedCallback(std::function<void(const CurlResult &)> callback)
{
    m_onFinished = std::move(callback);
}
bool CurlRequest::sourceStillThere()
{
    if (m_sourceChecked.elapsed() < kSourceCheckMs)
        return true;
    m_sourceChecked.restart();
    const QFileInfo info(m_sourcePath);
    if (!info.exists()) {
        fail(fileVanishedError(m_sourcePath));
        return false;
    }
    if (info.size() < m_sourceOffset + m_sourceLength) {
        fail(fileChangedError(m_sourcePath));
        return false;
    }
    return true;
}

void CurlRequest::onHeaderLine(const QByteArray &line)
{
    if (line.startsWith("HTTP/")) { // a new reply: 100 Continue, a redirect, or the final one
        m_result.headers.clear();
        return;
    }
    const QByteArray trimmed = line.trimmed();
    const qsizetype colon = trimmed.indexOf(':');
    if (!trimmed.isEmpty()) {
        if (colon > 0)
            m_result.headers.append(
                {trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()});
        return;
    }
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    const bool redirect = m_followRedirects && !m_result.header("Location").isEmpty()
        && (status == 301 || status == 302 || status == 303 || status == 307 || status == 308);
    if (m_headersDone || status < 200 || redirect)
        return;
    m_headersDone = true;
    m_result.httpStatus = int(status);
    const bool proceed = !m_onHeaders || m_onHeaders(int(status), m_result.headers);
    m_headerAbort = !proceed;
    m_toSink = proceed && m_sink && status >= 200 && status < 300;
}

void CurlRequest::fail(const net::ApiError &error)
{
    if (!m_result.localError)
        m_result.localError = error;
}

void CurlRequest::complete(int curlCode)
{
    m_engine = nullptr;
    m_result.curlCode = curlCode;
    if (m_easy && curlCode >= 0) {
        long status = 0;
        long connectStatus = 0;
        char *effective = nullptr;
        curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_getinfo(m_easy, CURLINFO_HTTP_CONNECTCODE, &connectStatus);
        curl_easy_getinfo(m_easy, CURLINFO_EFFECTIVE_URL, &effective);
        if (!m_result.httpStatus)
            m_result.httpStatus = int(status);
        m_result.proxyStatus = int(connectStatus);
        if (effective)
            m_result.url = QUrl::fromEncoded(effective);
        m_result.curlMessage = QString::fromUtf8(
            m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(CURLcode(curlCode)));
    }
    m_source.close();
    // Copies: the callback may well destroy this request.
    const auto callback = m_onFinished;
    const CurlResult result = m_result;
    if (callback)
        callback(result);
}

} // namespace wharf::transfer
