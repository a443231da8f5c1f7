#pragma once

#include "connectionsettings.h"
#include "net/apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace wharf::transfer {

class CurlEngine;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What one HTTP exchange on libcurl produced.
struct CurlResult
{
    int curlCode = 0; // CURLcode; -1 when the request could not even be set up
    int httpStatus = 0;
    int proxyStatus = 0; // status of a proxy's CONNECT reply, if any
    HeaderList headers; // of the final reply (names as sent)
    QByteArray body; // replies not streamed to a file, capped at kMaxKeptBody
    QString curlMessage; // libcurl's own error text
    QString peerFingerprint; // "AB:CD:…" when the certificate was inspected (pin or probe)
    bool pinMismatch = false; // the peer's certificate is not the pinned one
    net::ApiError localError; // a file problem our callbacks ran into
    QUrl url;
    QByteArray header(const QByteArray &name) const;
};

// One HTTP exchange on a libcurl easy handle: the body is streamed from a window of a file, a
// multipart form with a streamed file part, or absent; the reply body is streamed to a file or
// kept (small) in memory. The engine runs it; callbacks never emit signals or run foreign code,
// so nothing can re-enter libcurl from inside one.
class CurlRequest
{
public:
    // Verify: normal CA + host name checks. Pinned: accept exactly the pinned certificate
    // (checked before any byte of the request is sent). Probe: connect only to read the peer's
    // certificate fingerprint, then abort.
    enum class TlsMode { Verify, Pinned, Probe };
    static constexpr qint64 kMaxKeptBody = 1024 * 1024;

    CurlRequest();
    ~CurlRequest();
    CurlRequest(const CurlRequest &) = delete;
    CurlRequest &operator=(const CurlRequest &) = delete;

    void setMethod(const QByteArray &method) { m_method = method; }
    void setUrl(const QUrl &url) { m_url = url; }
    void addHeader(const QByteArray &name, const QByteArray &value);
    void setConnection(const ConnectionSettings &settings, TlsMode mode);
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }
    // The body: `length` bytes of `path` from `offset` (raw PUT/POST/PATCH).
    void setUploadFile(const QString &path, qint64 offset, qint64 length);
    // A multipart/form-data body: text fields plus one streamed file part.
    void addFormField(const QString &name, const QString &value);
    void setFormFile(const QString &field,
                     const QString &path,
                     const QString &fileName,
                     const QByteArray &contentType);
    // Streams a 2xx reply body into `file` (open for writing, positioned by `onHeaders`).
    // `onHeaders` runs once the final reply's headers are in; returning false aborts.
    void setDownloadFile(QFile *file, std::function<bool(int, const HeaderList &)> onHeaders);
    void setFinishedCallback(std::function<void(const CurlResult &)> callback);
    // Test hook: runs inside libcurl's write callback, where libcurl forbids re-entry.
    void setWriteHook(std::function<void()> hook) { m_writeHook = std::move(hook); }

    qint64 uploaded() const { return m_ulNow; }
    qint64 uploadTotal() const { return m_ulTotal; }
    qint64 downloaded() const { return m_dlNow; }
    qint64 downloadTotal() const { return m_dlTotal; }
    bool bodyToFile() const { return m_toSink; }
    QUrl url() const { return m_url; }
    const QByteArray &method() const { return m_method; }

    // Libcurl's debug output may carry Authorization headers: verbose mode stays off, and a
    // redacting sink is installed in case anything ever turns it on. Public for tests.
    static void applyLoggingPolicy(void *easy);
    // curl_global_init, once per process, before any handle exists.
    static void globalInit();

private:
    friend class CurlEngine;
    friend struct RequestCallbacks;
    void *prepare(CurlEngine *engine);
    void configureTls();
    void configureProxy();
    bool configureBody();
    void markCancelled() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    void complete(int curlCode);
    void fail(const net::ApiError &error);
    bool sourceStillThere();
    void onHeaderLine(const QByteArray &line);

    QPointer<CurlEngine> m_engine;
    void *m_easy = nullptr;
    void *m_headerList = nullptr; // curl_slist
    void *m_mime = nullptr; // curl_mime
    QByteArray m_method = "GET";
    QUrl m_url;
    HeaderList m_requestHeaders;
    ConnectionSettings m_connection;
    TlsMode m_tlsMode = TlsMode::Verify;
    QByteArray m_pinHex;
    bool m_followRedirects = true;
    QList<QPair<QString, QString>> m_formFields;
    QString m_formField;
    QString m_formFileName;
    QByteArray m_formContentType;
    QString m_sourcePath;
    QFile m_source;
    qint64 m_sourceOffset = 0;
    qint64 m_sourceLength = -1; // -1: no file body
    qint64 m_sourcePos = 0;
    QElapsedTimer m_sourceChecked;
    QFile *m_sink = nullptr;
    std::function<bool(int, const HeaderList &)> m_onHeaders;
    bool m_toSink = false;
    bool m_headersDone = false;
    bool m_headerAbort = false;
    std::function<void(const CurlResult &)> m_onFinished;
    std::function<void()> m_writeHook;
    CurlResult m_result;
    char m_errorBuffer[256] = {};
    qint64 m_ulNow = 0, m_ulTotal = 0, m_dlNow = 0, m_dlTotal = 0;
    bool m_cancelled = false;
};

} // namespace wharf::transfer
