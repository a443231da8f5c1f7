#pragma once

#include "apirequest.h"
#include "authrenewer.h"
#include "retrypolicy.h"

#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace wharf::net {

class ApiCall;

// The one HTTP client of an account: its own QNetworkAccessManager (so nothing, cookies
// included, is shared with another account), auth injected in one place, user agent,
// request id, timeouts, TLS pinning and redacted logging.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~HttpClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    // The bearer token sent with every authenticated request (empty = none).
    void setBearerToken(const QString &token) { m_bearerToken = token; }
    QString bearerToken() const { return m_bearerToken; }

    // SHA-256 of the one certificate the user chose to trust for this account (hex, any case,
    // colons optional). Only the TLS errors of exactly that certificate are ignored.
    void setPinnedCertificateSha256(const QString &fingerprint);
    QString pinnedCertificateSha256() const;

    // Defaults to the system proxy configuration.
    void setProxy(const QNetworkProxy &proxy);

    // Who renews the bearer token (nullptr: nobody). While it renews, authenticated requests
    // wait and then go out with the new token; a 401 is answered by one renewal and one replay.
    void setAuthRenewer(AuthRenewer *renewer) { m_renewer = renewer; }

    // How failed idempotent calls are retried (RetryPolicy::forApiCalls() by default).
    // Streaming calls are never retried here: their owners know where to resume.
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // Starts the request. The caller owns the returned call (parent it or delete it).
    ApiCall *send(const ApiRequest &request, QObject *parent = nullptr);

    QUrl resolve(const ApiRequest &request) const;
    static QByteArray userAgent();

Q_SIGNALS:
    // Cookies the server set on any reply (Project-W rotates its session token this way).
    void cookiesReceived(const QList<QNetworkCookie> &cookies);

private:
    friend class ApiCall;
    void start(ApiCall *call);
    // Called with every reply before it is delivered: true when the call will be sent again,
    // after a token renewal (a 401 on a renewable token, once per call) or a retry pause.
    bool takeOver(ApiCall *call, const ApiResponse &response);
    bool renewAndReplay(ApiCall *call, const ApiResponse &response);
    bool retryLater(ApiCall *call, const ApiResponse &response);

    QNetworkAccessManager *m_nam;
    QPointer<AuthRenewer> m_renewer;
    RetryPolicy m_retry = RetryPolicy::forApiCalls();
    QUrl m_baseUrl;
    QString m_bearerToken;
    QByteArray m_pinSha256; // lower-case hex without separators
};

// "AB:CD:..." form of a SHA-256 digest, as shown to users and stored as a pin.
QString formatFingerprint(const QByteArray &sha256);
QByteArray normaliseFingerprint(const QString &fingerprint);

} // namespace wharf::net
