#pragma once

#include "contaxy/deployments.h"
#include "net/apierror.h"
#include "text/logtext.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wharf::net {
class HttpClient;
struct ApiResponse;
} // namespace wharf::net

namespace wharf::contaxy {

// One deployment's log: loads it whole (decoding the reply's JSON string as it streams in, so
// a 100 MB log is never held twice), then, while following, polls for the lines since the
// previous reply and appends only the new ones (text::shownPrefix is the joining rule). A
// failed poll keeps everything shown and tries again; lines are never shown twice.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Following, Retrying };
    Q_ENUM(State)

    LogFollower(net::HttpClient *client,
                QString projectId,
                Deployment::Kind kind,
                QString deploymentId,
                QObject *parent = nullptr);

    const text::LogText &text() const { return m_text; }
    State state() const { return m_state; }
    net::ApiError lastError() const { return m_error; }
    bool following() const { return m_follow; }
    // The server said the log is empty ("No logs available.").
    bool empty() const { return m_empty; }

    // Loads the whole log again (what is shown is replaced).
    void reload();
    // Polls for new lines every `intervalMs` while on.
    void setFollowing(bool follow);
    void setInterval(int intervalMs) { m_intervalMs = intervalMs; }

Q_SIGNALS:
    void reset(); // the text was cleared for a reload
    void grew(); // lines were appended to text()
    void stateChanged(wharf::contaxy::LogFollower::State state);
    void failed(const wharf::net::ApiError &error);

private:
    void setState(State state);
    void poll();
    void scheduleNext(bool afterError);
    void loadFinished(const net::ApiResponse &response);
    void pollFinished(const net::ApiResponse &response);
    // The reply's Date header (the server's clock), else the local clock.
    static QDateTime serverTime(const net::ApiResponse &response);

    QPointer<net::HttpClient> m_client;
    QString m_projectId;
    Deployment::Kind m_kind;
    QString m_deploymentId;
    text::LogText m_text;
    qsizetype m_previousReplyLines = 0; // the last reply's lines end m_text
    QDateTime m_since; // the second the last reply was sent in
    QPointer<QObject> m_inFlight; // the context of the call under way
    QTimer m_timer;
    int m_intervalMs = 1000;
    int m_failures = 0;
    bool m_follow = false;
    bool m_empty = false;
    State m_state = State::Idle;
    net::ApiError m_error;
};

} // namespace wharf::contaxy
