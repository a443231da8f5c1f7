#pragma once

#include "apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class QSslError;

namespace wharf::net {

// One call in flight. Owned by whoever started it; deleting it cancels the call silently
// (no finished signal), which is how callers cancel: destroy the call or its context.
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

private:
    friend class HttpClient;
    ApiCall(QNetworkReply *reply,
            ApiRequest request,
            QString requestId,
            QByteArray pinSha256,
            QObject *parent);
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();
    void onTimeout();
    void fail(ApiError::Kind kind, const QString &message);
    ApiError transportError() const;

    QPointer<QNetworkReply> m_reply;
    ApiRequest m_request;
    QString m_requestId;
    QByteArray m_pinSha256;
    QByteArray m_body;
    QString m_peerFingerprint;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    ApiError::Kind m_abortKind = ApiError::Kind::None;
    QString m_abortMessage;
    bool m_done = false;
};

} // namespace wharf::net
