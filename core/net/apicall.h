#pragma once

#include "apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class QSslError;

namespace wharf::net {

class HttpClient;

// One call in flight. Owned by whoever started it; deleting it cancels the call silently
// (no finished signal), which is how callers cancel: destroy the call or its context.
// An authenticated call may wait for a token renewal before it is sent, and one refused with
// 401 is sent once more after a renewal (see HttpClient); finished() comes once, at the end.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    QString requestId() const { return m_requestId; }
    // Cancels and emits finished() with a Cancelled error.
    void cancel();

Q_SIGNALS:
    void finished(const wharf::net::ApiResponse &response);
    // Streaming requests only: each chunk of the body as it arrives.
    void dataReceived(const QByteArray &chunk);
    // Streaming requests only: a 2xx status and the headers have arrived (the body may not
    // come for a long time: an event stream is silent while nothing happens). `head` has no
    // body; finished() still comes at the end.
    void streamStarted(const wharf::net::ApiResponse &head);

private:
    friend class HttpClient;
    ApiCall(HttpClient *client,
            ApiRequest request,
            QString requestId,
            QByteArray pinSha256,
            QObject *parent);
    // Sends (again) on this reply; sentToken is the bearer token it carries, if any.
    void attach(QNetworkReply *reply, const QString &sentToken);
    // Holds the call until `waiting` (a child of this call) is done; cancel() ends the wait.
    void waitFor(QObject *waiting);
    void deliver(ApiResponse response);
    void onReadyRead();
    void onMetaData();
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();
    void onTimeout();
    void fail(ApiError::Kind kind, const QString &message);
    ApiError transportError() const;

    QPointer<HttpClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_waiting; // a token renewal this call waits for
    ApiRequest m_request;
    QString m_requestId;
    QByteArray m_pinSha256;
    QByteArray m_body;
    QString m_peerFingerprint;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    ApiError::Kind m_abortKind = ApiError::Kind::None;
    QString m_abortMessage;
    QString m_sentToken;
    bool m_done = false;
    bool m_streamStarted = false; // streamStarted() was emitted for this attempt
    bool m_replayed = false; // sent again after a 401 (never more than once)
    int m_retries = 0; // sent again after transient failures
};

} // namespace wharf::net
