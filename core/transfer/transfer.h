#pragma once

#include "connectionsettings.h"
#include "curlrequest.h"
#include "net/apierror.h"
#include "net/retrypolicy.h"
#include "ratemeter.h"
#include "transferspec.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace wharf::transfer {

class CurlEngine;

// One upload or download streamed between disk and server on the libcurl engine: resumable
// where the protocol allows (Range downloads, tus uploads), retried per its RetryPolicy,
// pausable, cancellable, with progress, speed and ETA. Usually owned by a TransferQueue.
class Transfer : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Queued, // waiting for a slot (or for start())
        Running,
        Retrying, // waiting out a backoff before the next attempt
        Paused,
        Completed,
        Failed,
        Cancelled,
        Interrupted, // cut off by a restart and not resumable: offer Retry
    };
    Q_ENUM(State)
    using ConnectionProvider = std::function<ConnectionSettings()>;

    Transfer(CurlEngine *engine, TransferSpec spec, QObject *parent = nullptr);
    ~Transfer() override;

    const TransferSpec &spec() const { return m_spec; }
    QString id() const { return m_spec.id; }
    State state() const { return m_state; }
    bool isFinished() const;
    bool isActive() const { return m_state == State::Running || m_state == State::Retrying; }
    net::ApiError error() const { return m_error; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; } // -1 while unknown
    double bytesPerSecond() const;
    qint64 secondsLeft() const; // -1 while unknown
    int attempt() const { return m_attempt; }
    // The final reply of a finished upload (e.g. the server's description of the new file).
    int httpStatus() const { return m_httpStatus; }
    QByteArray responseBody() const { return m_responseBody; }
    // Downloads and tus uploads can stop and pick up where they left; raw bodies cannot.
    bool canPause() const;
    bool isResumable() const { return canPause(); }

    // Asked for the account's token, proxy and pin before every request.
    void setConnectionProvider(ConnectionProvider provider) { m_provider = std::move(provider); }
    void setRetryPolicy(const net::RetryPolicy &policy) { m_policy = policy; }
    net::RetryPolicy retryPolicy() const { return m_policy; }
    void setProgressInterval(int ms) { m_progressTimer.setInterval(ms); }

    // Starts or resumes (from Queued, Paused, Failed or Interrupted).
    void start();
    // Stops and keeps what was transferred; false where the protocol cannot resume.
    bool pause();
    void cancel();
    // Back in line without starting (Paused / Failed / Interrupted -> Queued).
    void markQueued();
    // State from a previous run, for TransferQueue's restore.
    void restore(State state, qint64 done, qint64 total, const net::ApiError &error);

Q_SIGNALS:
    void stateChanged(wharf::transfer::Transfer::State state);
    void progressChanged(qint64 done, qint64 total);
    // Every reply's headers: platforms rotate session tokens in Set-Cookie on any reply.
    void responseHeadersReceived(const wharf::transfer::HeaderList &headers, int httpStatus);
    void retryScheduled(int attempt, int delayMs, const wharf::net::ApiError &reason);
    // Resumable progress (tus upload URL, download validator, final path) changed.
    void specChanged();
    void finished(); // Completed, Failed or Cancelled

private:
    enum class Step { None, Get, Send, Create, Head, Patch };
    void runStep(Step step);
    bool buildStep(CurlRequest &request, Step step);
    void onStepFinished(const CurlResult &result);
    void stepSucceeded(const CurlResult &result);
    void stepFailed(const net::ApiError &error, const CurlResult &result);
    Step firstStep() const;
    Step resumeStep() const;
    bool isIdempotent(Step step) const;
    CurlRequest::TlsMode tlsModeFor(const ConnectionSettings &settings) const;
    bool onDownloadHeaders(int status, const HeaderList &headers);
    bool openPart();
    void completeDownload(const CurlResult &result);
    void advanceTus(const CurlResult &result);
    void updateProgress();
    void setState(State state);
    void finish(State state, const net::ApiError &error = net::ApiError());
    void stopActivity();

    QPointer<CurlEngine> m_engine;
    TransferSpec m_spec;
    State m_state = State::Queued;
    net::ApiError m_error;
    ConnectionProvider m_provider;
    net::RetryPolicy m_policy;
    std::unique_ptr<CurlRequest> m_request;
    Step m_step = Step::None;
    QTimer m_retryTimer;
    QTimer m_progressTimer;
    RateMeter m_rate;
    int m_attempt = 0;
    qint64 m_doneAtLastFailure = 0;
    std::optional<CurlRequest::TlsMode> m_tlsOverride;
    QString m_rejectedFingerprint; // the certificate that did not match the pin
    qint64 m_done = 0;
    qint64 m_total = -1;
    qint64 m_fileSize = -1; // uploads: size when the transfer started
    qint64 m_base = 0; // downloads: part file size at request start; tus: server offset
    QFile m_part;
    QString m_serverFileName;
    net::ApiError m_headerError; // why onDownloadHeaders refused a reply
    bool m_specDirty = false;
    int m_httpStatus = 0;
    QByteArray m_responseBody;
};

} // namespace wharf::transfer
