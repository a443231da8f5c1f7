#pragma once

#include "net/apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wharf::net {
class HttpClient;
class SseStream;
struct SseEvent;
} // namespace wharf::net

namespace wharf::projectw {

// Follows an account's job events (`GET /api/jobs/events`, project-w.md §6.4) for as long as
// it runs: reconnects with a growing pause after the stream ends or fails, and says each time
// the stream is up (the server replays nothing, so whoever shows jobs reads them again then)
// and each time it is down (whoever shows jobs polls until it is up again).
class JobEventFollower : public QObject
{
    Q_OBJECT
public:
    explicit JobEventFollower(net::HttpClient *client, QObject *parent = nullptr);
    ~JobEventFollower() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const;
    // The first pause before reconnecting; it doubles per failure up to maxMs.
    void setReconnectDelay(int firstMs, int maxMs);

Q_SIGNALS:
    void connected();
    void disconnected(const wharf::net::ApiError &error); // unset: the server ended it
    void jobCreated(int id);
    void jobUpdated(int id);
    void jobDeleted(int id);

private:
    void onEvent(const net::SseEvent &event);
    void onEnded(const net::ApiError &error);

    net::SseStream *m_stream;
    QTimer m_retry;
    QElapsedTimer m_up; // since the stream came up
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace wharf::projectw
