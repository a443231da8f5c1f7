#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wharf::net {

class ApiCall;
class HttpClient;

// Watches whether an account's server is reachable: online, reconnecting (retrying with
// backoff, "Retry now" possible) or offline. Checks again at once when the network comes back,
// after the machine wakes from sleep, and when real calls report network errors.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Online, Reconnecting, Offline };
    Q_ENUM(State)

    // `probe` is a cheap public request (the platform's discovery route).
    ConnectionMonitor(HttpClient *client, ApiRequest probe, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    State state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    // Seconds until the next automatic attempt while reconnecting/offline.
    int secondsUntilRetry() const;

    void start();
    void retryNow();
    // Real calls report their outcome so the state follows what the user sees.
    void report(const ApiError &error);

    // Backoff schedule, injectable for tests (first delay, cap, failures before "offline").
    void setBackoff(int firstMs, int maxMs, int failuresBeforeOffline);
    // How often an online connection is re-checked.
    void setCheckInterval(int ms) { m_checkIntervalMs = ms; }

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(wharf::net::ConnectionMonitor::State state);

private:
    void check();
    void onResult(const ApiError &error);
    void setState(State state);
    void scheduleRetry();
    void onWakeTick();

    HttpClient *m_client;
    ApiRequest m_probe;
    QPointer<ApiCall> m_call;
    State m_state = State::Unknown;
    ApiError m_lastError;
    QTimer m_retry;
    QTimer m_wakeDetector;
    qint64 m_lastWakeTickWall = 0;
    int m_failures = 0;
    int m_firstDelayMs = 2000;
    int m_maxDelayMs = 60000;
    int m_failuresBeforeOffline = 3;
    int m_checkIntervalMs = 5 * 60 * 1000;
};

} // namespace wharf::net
