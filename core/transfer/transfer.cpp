#include "transfer.h"

#include "curlengine.h"
#include "transfererrors.h"

#include <QFileInfo>

namespace wharf::transfer {

Transfer::Transfer(CurlEngine *engine, TransferSpec spec, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_spec(std::move(spec))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        setState(State::Running);
        runStep(resumeStep());
    });
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &Transfer::updateProgress);
}

Transfer::~Transfer()
{
    stopActivity();
}

bool Transfer::isFinished() const
{
    return m_state == State::Completed || m_state == State::Failed || m_state == State::Cancelled;
}

bool Transfer::canPause() const
{
    return m_spec.kind == TransferSpec::Kind::Download
        || m_spec.kind == TransferSpec::Kind::TusUpload;
}

double Transfer::bytesPerSecond() const
{
    return isActive() ? m_rate.bytesPerSecond() : 0;
}

qint64 Transfer::secondsLeft() const
{
    return isActive() ? m_rate.secondsLeft(m_done, m_total) : -1;
}

void Transfer::start()
{
    if (isActive() || m_state == State::Completed || m_state == State::Cancelled || !m_engine)
        return;
    // An expired tus upload cannot be continued; a user's retry starts a new one.
    if (m_spec.kind == TransferSpec::Kind::TusUpload
        && m_error.kind == net::ApiError::Kind::NotFound) {
        m_spec.uploadUrl.clear();
        Q_EMIT specChanged();
    }
    m_error = net::ApiError();
    m_attempt = 0;
    m_doneAtLastFailure = m_done;
    m_tlsOverride.reset();
    m_rejectedFingerprint.clear();
    if (m_spec.isUpload()) {
        const QFileInfo info(m_spec.localPath);
        if (!info.isFile()) {
            finish(State::Failed, fileMissingError(m_spec.localPath));
            return;
        }
        m_fileSize = info.size();
        m_total = m_fileSize;
    }
    setState(State::Running);
    m_rate.reset(m_done);
    m_progressTimer.start();
    runStep(firstStep());
}

bool Transfer::pause()
{
    if (m_state == State::Paused)
        return true;
    if (isFinished() || m_state == State::Interrupted)
        return false;
    if (m_state != State::Queued && !canPause()) // a raw body cannot continue mid-way
        return false;
    updateProgress();
    stopActivity();
    setState(State::Paused);
    return true;
}

void Transfer::cancel()
{
    if (isFinished())
        return;
    stopActivity();
    if (m_spec.kind == TransferSpec::Kind::Download)
        QFile::remove(m_spec.partPath());
    finish(State::Cancelled, net::ApiError::make(net::ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void Transfer::markQueued()
{
    if (m_state == State::Paused || m_state == State::Failed || m_state == State::Interrupted)
        setState(State::Queued);
}

void Transfer::restore(State state, qint64 done, qint64 total, const net::ApiError &error)
{
    m_done = done;
    m_total = total;
    m_error = error;
    m_state = state;
}

void Transfer::runStep(Step step)
{
    m_step = step;
    auto request = std::make_unique<CurlRequest>();
    const ConnectionSettings settings = m_provider ? m_provider() : ConnectionSettings();
    request->setConnection(settings, tlsModeFor(settings));
    for (const auto &[name, value] : std::as_const(m_spec.headers)) {
        if (!TransferSpec::isCredentialHeader(name))
            request->addHeader(name, value);
    }
    request->setFinishedCallback([this](const CurlResult &result) { onStepFinished(result); });
    if (!buildStep(*request, step))
        return;
    m_request = std::move(request); // the previous one has finished (or never was)
    m_engine->start(m_request.get());
}

CurlRequest::TlsMode Transfer::tlsModeFor(const ConnectionSettings &settings) const
{
    if (m_tlsOverride)
        return *m_tlsOverride;
    return settings.pinnedCertificateSha256.isEmpty() ? CurlRequest::TlsMode::Verify
                                                      : CurlRequest::TlsMode::Pinned;
}

void Transfer::onStepFinished(const CurlResult &result)
{
    QPointer<Transfer> self(this);
    m_httpStatus = result.httpStatus;
    if (result.httpStatus > 0)
        Q_EMIT responseHeadersReceived(result.headers, result.httpStatus);
    if (self && m_specDirty) {
        m_specDirty = false;
        Q_EMIT specChanged();
    }
    if (!self)
        return;
    updateProgress();

    // Pin semantics as in net::ApiCall: a certificate that is not the pinned one is still
    // fine if it passes normal verification, so one more try verifies it the usual way.
    net::ApiError error = m_headerError ? m_headerError : errorForResult(result);
    m_headerError = net::ApiError();
    if (result.pinMismatch && !m_tlsOverride) {
        m_rejectedFingerprint = result.peerFingerprint;
        m_tlsOverride = CurlRequest::TlsMode::Verify;
        runStep(m_step);
        return;
    }
    if (error.kind == net::ApiError::Kind::Tls && !m_rejectedFingerprint.isEmpty()) {
        CurlResult mismatch = result;
        mismatch.pinMismatch = true;
        mismatch.peerFingerprint = m_rejectedFingerprint;
        error = errorForResult(mismatch);
    } else if (error.kind == net::ApiError::Kind::Tls && !m_tlsOverride) {
        // Untrusted certificate: look at it once more (without sending anything) so the error
        // can show the fingerprint the user would have to compare and pin.
        m_tlsOverride = CurlRequest::TlsMode::Probe;
        runStep(m_step);
        return;
    }
    if (!error && (result.httpStatus < 200 || result.httpStatus >= 300)) {
        error = net::ApiError::make(net::ApiError::Kind::BadResponse,
                                    tr("Unexpected reply from the server."),
                                    result.httpStatus);
    }
    if (error)
        stepFailed(error, result);
    else
        stepSucceeded(result);
}

void Transfer::stepFailed(const net::ApiError &error, const CurlResult &result)
{
    if (m_step == Step::Patch && result.httpStatus == 409) { // offsets disagree: ask the server
        if (++m_attempt <= m_policy.maxAttempts) {
            runStep(Step::Head);
            return;
        }
    }
    if (m_step == Step::Get && result.httpStatus == 416 && m_base > 0) {
        // Our part file is as long as, or longer than, what the server has.
        const QByteArray range = result.header("Content-Range");
        const qint64 serverSize = range.mid(range.indexOf('/') + 1).toLongLong();
        if (range.startsWith("bytes */") && serverSize == m_base) {
            m_total = m_base;
            completeDownload(result);
            return;
        }
        if (openPart() && m_part.resize(0) && ++m_attempt <= m_policy.maxAttempts) {
            runStep(Step::Get);
            return;
        }
    }
    // Progress since the last failure starts a new streak: a connection that keeps being cut
    // but moves data each time still gets there.
    if (m_done > m_doneAtLastFailure)
        m_attempt = 0;
    m_doneAtLastFailure = m_done;
    const auto delay
        = m_policy.delayMs(++m_attempt, error, isIdempotent(m_step), result.header("Retry-After"));
    if (!delay) {
        finish(State::Failed, error);
        return;
    }
    m_request.reset();
    if (m_part.isOpen())
        m_part.close();
    setState(State::Retrying);
    m_retryTimer.start(*delay);
    Q_EMIT retryScheduled(m_attempt, *delay, error);
}

bool Transfer::isIdempotent(Step step) const
{
    switch (step) {
    case Step::Get:
    case Step::Head:
    case Step::Patch: // carries its offset: a repeat is refused (409), never applied twice
        return true;
    case Step::Send: {
        const QByteArray method = m_spec.effectiveMethod();
        return method == "PUT" || method == "DELETE";
    }
    default:
        return false;
    }
}

void Transfer::updateProgress()
{
    qint64 done = m_done;
    if (m_request && isActive()) {
        switch (m_step) {
        case Step::Get:
            if (!m_request->bodyToFile())
                break; // an error page, not the file
            done = m_base + m_request->downloaded();
            if (m_total < 0 && m_request->downloadTotal() > 0)
                m_total = m_base + m_request->downloadTotal();
            break;
        case Step::Send:
            done = qMin(m_fileSize, m_request->uploaded()); // multipart: minus form overhead
            break;
        case Step::Patch:
            done = m_base + m_request->uploaded();
            break;
        default:
            break;
        }
    }
    m_rate.sample(done);
    if (done == m_done)
        return;
    m_done = done;
    Q_EMIT progressChanged(m_done, m_total);
}

void Transfer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Transfer::finish(State state, const net::ApiError &error)
{
    stopActivity();
    m_error = error;
    if (state == State::Completed && m_total >= 0 && m_done != m_total) {
        m_done = m_total;
        Q_EMIT progressChanged(m_done, m_total);
    }
    QPointer<Transfer> self(this);
    setState(state);
    if (self)
        Q_EMIT finished();
}

void Transfer::stopActivity()
{
    m_retryTimer.stop();
    m_progressTimer.stop();
    m_request.reset(); // aborts it if it is still running
    if (m_part.isOpen())
        m_part.close();
}

} // namespace wharf::transfer
