#include "curlcallbacks.h"

#include "curlrequest.h"
#include "net/httpclient.h"
#include "net/redact.h"
#include "transfererrors.h"

#include <QCryptographicHash>

namespace wharf::transfer {

size_t RequestCallbacks::read(char *buffer, size_t size, size_t count, void *request)
{
    auto *r = static_cast<CurlRequest *>(request);
    if (r->m_cancelled)
        return CURL_READFUNC_ABORT;
    const qint64 want = qMin(qint64(size * count), r->m_sourceLength - r->m_sourcePos);
    if (want <= 0)
        return 0;
    if (!r->sourceStillThere())
        return CURL_READFUNC_ABORT; // the reason is in the result's localError
    const qint64 got = r->m_source.read(buffer, want);
    if (got <= 0) {
        // Fewer bytes than the file had when the request started: it was cut short under us.
        r->fail(got < 0 ? readFailedError(r->m_sourcePath, r->m_source.errorString())
                        : fileChangedError(r->m_sourcePath));
        return CURL_READFUNC_ABORT;
    }
    r->m_sourcePos += got;
    return size_t(got);
}

int RequestCallbacks::seek(void *request, curl_off_t offset, int origin)
{
    // libcurl rewinds a body to resend it (redirects, authentication): only ever to an
    // absolute position inside our window of the file.
    auto *r = static_cast<CurlRequest *>(request);
    if (origin != SEEK_SET || offset < 0 || offset > r->m_sourceLength)
        return CURL_SEEKFUNC_CANTSEEK;
    if (!r->m_source.seek(r->m_sourceOffset + offset))
        return CURL_SEEKFUNC_FAIL;
    r->m_sourcePos = offset;
    return CURL_SEEKFUNC_OK;
}

size_t RequestCallbacks::write(char *data, size_t size, size_t count, void *request)
{
    auto *r = static_cast<CurlRequest *>(request);
    if (r->m_writeHook)
        r->m_writeHook();
    if (r->m_cancelled)
        return 0;
    const qint64 n = qint64(size * count);
    if (r->m_toSink) {
        if (r->m_sink->write(data, n) != n) {
            r->fail(writeFailedError(r->m_sink->fileName(), r->m_sink->errorString()));
            return 0;
        }
        return size_t(n);
    }
    const qint64 room = CurlRequest::kMaxKeptBody - r->m_result.body.size();
    if (room > 0)
        r->m_result.body.append(data, qMin(n, room));
    return size_t(n);
}

size_t RequestCallbacks::header(char *data, size_t size, size_t count, void *request)
{
    auto *r = static_cast<CurlRequest *>(request);
    r->onHeaderLine(QByteArray(data, qsizetype(size * count)));
    return r->m_cancelled || r->m_headerAbort ? 0 : size * count;
}

int RequestCallbacks::progress(
    void *request, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal, curl_off_t ulNow)
{
    auto *r = static_cast<CurlRequest *>(request);
    r->m_dlTotal = dlTotal;
    r->m_dlNow = dlNow;
    r->m_ulTotal = ulTotal;
    r->m_ulNow = ulNow;
    return r->m_cancelled ? 1 : 0;
}

int RequestCallbacks::prereq(void *request, char *, char *, int, int)
{
    // Runs once the connection (TLS handshake included) is up and before any byte of the
    // request is sent: the place to refuse a certificate without leaking the bearer token.
    auto *r = static_cast<CurlRequest *>(request);
    if (r->m_tlsMode == CurlRequest::TlsMode::Verify)
        return CURL_PREREQFUNC_OK;
    char *url = nullptr;
    curl_easy_getinfo(r->m_easy, CURLINFO_EFFECTIVE_URL, &url);
    if (!url || qstrnicmp(url, "https:", 6) != 0)
        return r->m_tlsMode == CurlRequest::TlsMode::Probe ? CURL_PREREQFUNC_ABORT
                                                           : CURL_PREREQFUNC_OK;
    struct curl_certinfo *info = nullptr;
    curl_easy_getinfo(r->m_easy, CURLINFO_CERTINFO, &info);
    const QByteArray digest = leafCertificateSha256(info);
    if (!digest.isEmpty())
        r->m_result.peerFingerprint = net::formatFingerprint(digest);
    if (r->m_tlsMode == CurlRequest::TlsMode::Pinned && !digest.isEmpty()
        && digest.toHex() == r->m_pinHex)
        return CURL_PREREQFUNC_OK;
    r->m_result.pinMismatch = r->m_tlsMode == CurlRequest::TlsMode::Pinned;
    return CURL_PREREQFUNC_ABORT;
}

int RequestCallbacks::debug(CURL *, curl_infotype type, char *data, size_t size, void *)
{
    // Only reached if verbose mode was switched on against policy. Header and data blocks can
    // carry credentials, so only libcurl's informational text is kept, and that redacted.
    if (type == CURLINFO_TEXT)
        qCDebug(lcNet).noquote()
            << "curl:" << net::redactText(QString::fromUtf8(data, qsizetype(size))).trimmed();
    return 0;
}

QByteArray leafCertificateSha256(const struct curl_certinfo *info)
{
    if (!info || info->num_of_certs < 1)
        return QByteArray();
    for (const curl_slist *item = info->certinfo[0]; item; item = item->next) {
        QByteArray entry(item->data);
        if (!entry.startsWith("Cert:"))
            continue;
        // PEM: strip the armour lines, the rest is the base64 of the DER encoding.
        QByteArray base64;
        for (const QByteArray &line : entry.mid(5).split('\n')) {
            if (!line.startsWith("-----"))
                base64 += line.trimmed();
        }
        const QByteArray der = QByteArray::fromBase64(base64);
        return der.isEmpty() ? QByteArray()
                             : QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    }
    return QByteArray();
}

} // namespace wharf::transfer
