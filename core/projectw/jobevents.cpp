#include "jobevents.h"

#include "net/apirequest.h"
#include "net/ssestream.h"

namespace wharf::projectw {

namespace {
// A stream that stayed up this long was healthy: the next pause starts small again.
constexpr qint64 kStableMs = 10000;
} // namespace

JobEventFollower::JobEventFollower(net::HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_stream(new net::SseStream(
          client, net::ApiRequest::get(QStringLiteral("/api/jobs/events")), this))
{
    // Events are one job id each; nothing legitimate comes near these limits.
    m_stream->setLimits(4096, 16 * 1024);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, m_stream, &net::SseStream::open);
    connect(m_stream, &net::SseStream::opened, this, [this] {
        m_up.start();
        Q_EMIT connected();
    });
    connect(m_stream, &net::SseStream::eventReceived, this, &JobEventFollower::onEvent);
    connect(m_stream, &net::SseStream::ended, this, &JobEventFollower::onEnded);
}

JobEventFollower::~JobEventFollower() = default;

bool JobEventFollower::isConnected() const
{
    return m_stream->isOpen();
}

void JobEventFollower::setReconnectDelay(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
}

void JobEventFollower::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    m_stream->open();
}

void JobEventFollower::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_retry.stop();
    const bool wasUp = m_stream->isOpen();
    m_stream->close();
    if (wasUp)
        Q_EMIT disconnected(net::ApiError());
}

void JobEventFollower::onEvent(const net::SseEvent &event)
{
    bool ok = false;
    const int id = event.data.trimmed().toInt(&ok);
    if (!ok || id <= 0)
        return; // not a job id: nothing this client understands
    if (event.type == "job_created")
        Q_EMIT jobCreated(id);
    else if (event.type == "job_updated")
        Q_EMIT jobUpdated(id);
    else if (event.type == "job_deleted")
        Q_EMIT jobDeleted(id);
}

void JobEventFollower::onEnded(const net::ApiError &error)
{
    const bool wasUp = m_up.isValid();
    if (wasUp && m_up.elapsed() >= kStableMs)
        m_failures = 0;
    m_up.invalidate();
    const int delay
        = int(std::min<qint64>(m_maxDelayMs, qint64(m_firstDelayMs) << std::min(m_failures, 10)));
    ++m_failures;
    if (m_running)
        m_retry.start(delay);
    // Said also when it never came up: whoever shows jobs keeps polling meanwhile.
    Q_EMIT disconnected(error);
}

} // namespace wharf::projectw
