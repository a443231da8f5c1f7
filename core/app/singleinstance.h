#pragma once

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcInstance)

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace wharf::app {

// Keeps one running instance per user and settings scope. The first launch listens on a local
// socket; a later launch hands its arguments and working directory to it and then exits.
// Everything is asynchronous: start() returns at once and exactly one of becamePrimary(),
// handedOff() or failed() follows from the event loop.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Undecided, Primary, Secondary, Standalone };
    Q_ENUM(Role)

    // `scope` keeps apart instances that must not meet: the sandbox ("sandbox"), tests
    // (something unique), the real app (empty).
    explicit SingleInstance(const QString &scope = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket name: per user and scope; a path in XDG_RUNTIME_DIR where there is one.
    static QString serverNameFor(const QString &scope);
    QString serverName() const { return m_name; }
    Role role() const { return m_role; }

    // Bounds the hand-off (connect, lock wait, acknowledgement) and, in the primary, how long
    // a connected peer may take to send its message. Default 5 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeoutMs = int(timeout.count()); }

    // `args` without the program name. The activation token is taken from the environment.
    void start(const QStringList &args, const QString &workingDir);

Q_SIGNALS:
    void becamePrimary(); // listening; later launches arrive as messageReceived()
    void handedOff(); // the running instance took the arguments: exit with status 0
    void failed(const QString &reason); // neither: run on as an ordinary instance
    // In the primary, once per later launch.
    void messageReceived(const QStringList &args, const QString &workingDir);
    // Right after messageReceived(): bring the main window forward. The token, when not
    // empty, is the launcher's permission to take focus (Wayland xdg-activation, X11 startup).
    void raiseRequested(const QString &activationToken);

private:
    void connectToPrimary(bool locked);
    void noPrimary(bool locked, bool stale);
    void lockAndRetry();
    void listen();
    void finish(Role role, const QString &reason = {});
    void onNewConnection();

    QString m_name;
    Role m_role = Role::Undecided;
    int m_timeoutMs = 5000;
    QDeadlineTimer m_lockDeadline;
    QByteArray m_frame; // what a second launch sends
    std::unique_ptr<QLockFile> m_lock; // held only while deciding who listens
    QLocalServer *m_server = nullptr;
    int m_peers = 0;
};

} // namespace wharf::app
