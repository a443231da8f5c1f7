#include "connectionmonitor.h"

#include "apicall.h"
#include "httpclient.h"
#include "then.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace wharf::net {

namespace {
constexpr int kWakeTickMs = 15000;

bool isConnectivityError(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || (error.kind == ApiError::Kind::Server
            && (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504));
}
} // namespace

ConnectionMonitor::ConnectionMonitor(HttpClient *client, ApiRequest probe, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_probe(std::move(probe))
{
    m_probe.authenticated = false;
    m_probe.timeoutMs = 15000;
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionMonitor::check);
    // Timers stop while the machine sleeps; a tick that arrives far too late means we woke up.
    m_wakeDetector.setInterval(kWakeTickMs);
    connect(&m_wakeDetector, &QTimer::timeout, this, &ConnectionMonitor::onWakeTick);
}

ConnectionMonitor::~ConnectionMonitor()
{
    delete m_call;
}

void ConnectionMonitor::setBackoff(int firstMs, int maxMs, int failuresBeforeOffline)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
    m_failuresBeforeOffline = failuresBeforeOffline;
}

void ConnectionMonitor::start()
{
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(),
                &QNetworkInformation::reachabilityChanged,
                this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online
                        || reachability == QNetworkInformation::Reachability::Site)
                        retryNow();
                });
    }
    m_lastWakeTickWall = QDateTime::currentMSecsSinceEpoch();
    m_wakeDetector.start();
    check();
}

void ConnectionMonitor::retryNow()
{
    m_retry.stop();
    check();
}

int ConnectionMonitor::secondsUntilRetry() const
{
    return m_retry.isActive() ? (m_retry.remainingTime() + 999) / 1000 : 0;
}

void ConnectionMonitor::report(const ApiError &error)
{
    if (isConnectivityError(error))
        onResult(error);
    else if (m_state != State::Online)
        onResult(ApiError()); // any real answer proves the server is reachable
}

void ConnectionMonitor::check()
{
    if (m_call)
        return; // one probe at a time
    m_call = send(m_client, m_probe, this, [this](const ApiResponse &response) {
        m_call.clear();
        // Any HTTP answer (even 404/401) means the server is there; only transport fails count.
        onResult(isConnectivityError(response.error) ? response.error : ApiError());
    });
}

void ConnectionMonitor::onResult(const ApiError &error)
{
    m_lastError = error;
    if (!error) {
        m_failures = 0;
        setState(State::Online);
        m_retry.start(m_checkIntervalMs);
        return;
    }
    ++m_failures;
    setState(m_failures >= m_failuresBeforeOffline ? State::Offline : State::Reconnecting);
    scheduleRetry();
}

void ConnectionMonitor::scheduleRetry()
{
    // Exponential backoff with jitter so many accounts do not retry in lockstep.
    const int exponent = qMin(m_failures - 1, 16);
    const qint64 base = qMin<qint64>(qint64(m_firstDelayMs) << exponent, m_maxDelayMs);
    const int jitter = int(QRandomGenerator::global()->bounded(qMax<qint64>(1, base / 5)));
    m_retry.start(int(base) + jitter);
}

void ConnectionMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConnectionMonitor::onWakeTick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool woke = now - m_lastWakeTickWall > 3 * kWakeTickMs;
    m_lastWakeTickWall = now;
    if (woke)
        retryNow();
}

QString ConnectionMonitor::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Connecting…");
    case State::Online:
        return tr("Online");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Offline:
        return tr("Offline");
    }
    return QString();
}

} // namespace wharf::net
