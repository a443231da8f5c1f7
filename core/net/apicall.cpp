#include "apicall.h"

#include "httpclient.h"
#include "redact.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

namespace wharf::net {

namespace {

QByteArray certificateSha256(const QSslCertificate &cert)
{
    return QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256);
}

} // namespace

ApiCall::ApiCall(HttpClient *client,
                 ApiRequest request,
                 QString requestId,
                 QByteArray pinSha256,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_requestId(std::move(requestId))
    , m_pinSha256(std::move(pinSha256))
{
    m_elapsed.start();
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_request.timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
}

void ApiCall::attach(QNetworkReply *reply, const QString &sentToken)
{
    m_waiting.clear(); // whoever waited deletes the renewal job
    m_reply = reply;
    m_sentToken = sentToken;
    m_body.clear();
    m_peerFingerprint.clear();
    m_abortKind = ApiError::Kind::None;
    m_done = false;
    m_streamStarted = false;
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    if (m_request.stream)
        connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaData);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiCall::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    if (m_request.timeoutMs > 0 && !m_request.stream) {
        // An inactivity timeout: any progress restarts it, so slow but alive replies finish.
        auto restart = [this] { m_timeout.start(); };
        connect(reply, &QNetworkReply::uploadProgress, this, restart);
        connect(reply, &QNetworkReply::downloadProgress, this, restart);
        m_timeout.start();
    }
}

void ApiCall::waitFor(QObject *waiting)
{
    m_waiting = waiting;
    // Waiting counts against the inactivity timeout: a renewal stuck on a locked keyring
    // must not hold the call for ever.
    if (m_request.timeoutMs > 0 && !m_request.stream)
        m_timeout.start();
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    fail(ApiError::Kind::Cancelled, tr("Cancelled."));
}

void ApiCall::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streamStarted || status < 200 || status >= 300)
        return;
    m_streamStarted = true;
    ApiResponse head;
    head.url = m_reply->url();
    head.requestId = m_requestId;
    head.status = status;
    for (const auto &pair : m_reply->rawHeaderPairs())
        head.headers.append({pair.first, pair.second});
    head.cookies = m_reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    Q_EMIT streamStarted(head);
}

void ApiCall::onReadyRead()
{
    const QByteArray chunk = m_reply->readAll();
    if (m_request.stream) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Error bodies of streams are buffered like any other so they can be decoded.
        if (status >= 200 && status < 300) {
            onMetaData(); // in case the headers came without their own signal
            Q_EMIT dataReceived(chunk);
            return;
        }
    }
    m_body += chunk;
    if (m_body.size() > m_request.maxBodyBytes)
        fail(ApiError::Kind::BadResponse, tr("The server's reply is too large."));
}

void ApiCall::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate cert = m_reply->sslConfiguration().peerCertificate();
    const QByteArray digest = certificateSha256(cert);
    m_peerFingerprint = formatFingerprint(digest);
    if (!m_pinSha256.isEmpty() && digest.toHex() == m_pinSha256) {
        // Only the errors of the exact certificate the user pinned are accepted.
        m_reply->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons << error.errorString();
    qCWarning(lcNet).noquote() << "TLS errors for" << redactUrl(m_reply->url()) << reasons
                               << "fingerprint" << m_peerFingerprint;
}

void ApiCall::onTimeout()
{
    fail(ApiError::Kind::Timeout,
         tr("The server did not answer within %1 seconds.").arg(m_request.timeoutMs / 1000.0));
}

void ApiCall::fail(ApiError::Kind kind, const QString &message)
{
    if (m_done)
        return;
    if (!m_reply) {
        // Waiting for a token renewal: nothing is on the wire to abort.
        if (!m_waiting)
            return;
        // The renewal goes on for others; this call no longer listens to it.
        QObject *waiting = m_waiting;
        m_waiting.clear();
        waiting->disconnect();
        waiting->deleteLater();
        ApiResponse response;
        response.url = m_client ? m_client->resolve(m_request) : m_request.url;
        response.requestId = m_requestId;
        response.error = ApiError::make(kind, message);
        deliver(std::move(response));
        return;
    }
    m_abortKind = kind;
    m_abortMessage = message;
    m_reply->abort(); // finishes synchronously through onFinished()
}

ApiError ApiCall::transportError() const
{
    const auto code = m_reply->error();
    const QString host = m_reply->url().host();
    const int port
        = m_reply->url().port(m_reply->url().scheme() == QLatin1String("https") ? 443 : 80);
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    ApiError error;
    error.kind = ApiError::Kind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        error.message = tr("Could not connect to %1: the connection was refused. Is the server "
                           "running and the address right?")
                            .arg(where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message
            = tr("The connection to %1 was closed before the reply was complete.").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        error.message = tr("The server name %1 could not be found.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("The connection to %1 timed out.").arg(where);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.tlsFingerprint = m_peerFingerprint;
        error.message = m_peerFingerprint.isEmpty()
            ? tr("Secure connection to %1 failed: %2").arg(where, m_reply->errorString())
            : tr("The certificate of %1 is not trusted (SHA-256 %2). Trust it "
                 "only if it matches the server's certificate.")
                  .arg(where, m_peerFingerprint);
        break;
    case QNetworkReply::TooManyRedirectsError:
        error.message = tr("Too many redirects from %1.").arg(where);
        break;
    case QNetworkReply::InsecureRedirectError:
        error.message = tr("%1 redirected to an insecure address.").arg(where);
        break;
    case QNetworkReply::ProtocolFailure:
        error.kind = ApiError::Kind::BadResponse;
        error.message = tr("The reply from %1 was not valid HTTP.").arg(where);
        break;
    default:
        error.message = tr("Network error talking to %1: %2").arg(where, m_reply->errorString());
        break;
    }
    return error;
}

void ApiCall::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_body += reply->readAll();

    ApiResponse response;
    response.url = reply->url();
    response.requestId = m_requestId;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    response.cookies
        = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();

    const auto code = reply->error();
    // Connection-level failures (Qt codes below 100) win over any status already received:
    // a reply cut mid-body is a network error even though it started with "200 OK".
    const bool transportFailure = code != QNetworkReply::NoError
        && (code < 100 || code == QNetworkReply::ProtocolFailure || response.status == 0);
    if (m_abortKind != ApiError::Kind::None) {
        response.error = ApiError::make(m_abortKind, m_abortMessage, response.status);
    } else if (transportFailure) {
        response.error = transportError();
    } else if (response.status < 200 || response.status >= 400) {
        response.error = ApiError::fromHttp(response.status, m_body);
    }
    response.error.requestId = m_requestId;
    response.body = std::move(m_body);

    qCInfo(lcNet).noquote() << m_request.method << redactUrl(response.url) << "->"
                            << response.status << m_elapsed.elapsed() << "ms"
                            << "id" << m_requestId
                            << (response.error ? ApiError::kindName(response.error.kind)
                                               : QString());
    reply->disconnect(this);
    reply->deleteLater();
    m_reply.clear();
    if (m_client && m_client->takeOver(this, response))
        return;
    deliver(std::move(response));
}

void ApiCall::deliver(ApiResponse response)
{
    m_done = true;
    Q_EMIT finished(response);
}

} // namespace wharf::net
