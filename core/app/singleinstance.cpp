#include "singleinstance.h"

#include "instancemessage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "wharf.instance", QtInfoMsg)

namespace wharf::app {

namespace {

constexpr quint32 kMaxMessage = 1024 * 1024; // thousands of file paths; no more
constexpr quint32 kMaxAck = 1024;
constexpr int kMaxPeers = 16;
constexpr int kLockPollMs = 20;

QString sanitized(const QString &text, qsizetype maxLength)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    return QString(text).replace(unsafe, QStringLiteral("_")).left(maxLength);
}

QString userName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

QString lockPathFor(const QString &serverName)
{
#ifdef Q_OS_UNIX
    return serverName + QStringLiteral(".lock");
#else
    return QDir::tempPath() + QLatin1Char('/') + serverName + QStringLiteral(".lock");
#endif
}

QString activationToken()
{
    const QString wayland = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    return wayland.isEmpty() ? qEnvironmentVariable("DESKTOP_STARTUP_ID") : wayland;
}

void drop(QLocalSocket *peer)
{
    peer->abort();
    peer->deleteLater();
}

} // namespace

SingleInstance::SingleInstance(const QString &scope, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(scope))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &scope)
{
    QString base = QStringLiteral("wharf-") + sanitized(userName(), 32);
    if (!scope.isEmpty())
        base += QLatin1Char('-') + sanitized(scope, 40);
#ifdef Q_OS_UNIX
    // XDG_RUNTIME_DIR is private to the user; /tmp is shared, so the name carries the user too.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString dir = QFileInfo(runtimeDir).isDir() ? runtimeDir : QDir::tempPath();
    return dir + QLatin1Char('/') + base + QStringLiteral(".socket");
#else
    return base; // a named pipe; UserAccessOption keeps other users out
#endif
}

void SingleInstance::start(const QStringList &args, const QString &workingDir)
{
    if (m_role != Role::Undecided || !m_frame.isEmpty())
        return;
    m_frame = InstanceMessage {args, workingDir, activationToken()}.toFrame();
    QTimer::singleShot(0, this, [this] {
        if (m_frame.size() - 4 > qsizetype(kMaxMessage))
            finish(Role::Standalone, tr("Too many arguments to hand over."));
        else
            connectToPrimary(false);
    });
}

void SingleInstance::connectToPrimary(bool locked)
{
    auto *socket = new QLocalSocket(this);
    auto *deadline = new QTimer(socket);
    auto reader = std::make_shared<FrameReader>(kMaxAck);
    auto wasConnected = std::make_shared<bool>(false);
    // Ends this attempt once; whatever the socket reports afterwards is ignored.
    auto end = [socket, deadline] {
        deadline->stop();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    };
    auto readAck = [this, socket, reader, end] {
        const FrameReader::State state = reader->feed(socket->readAll());
        if (state == FrameReader::State::NeedMore)
            return false;
        end();
        if (state == FrameReader::State::Complete && InstanceMessage::isAck(reader->payload()))
            finish(Role::Secondary);
        else
            finish(Role::Standalone, tr("The running instance did not accept the hand-over."));
        return true;
    };

    connect(socket, &QLocalSocket::connected, this, [socket, wasConnected, this] {
        *wasConnected = true;
        socket->write(m_frame);
    });
    connect(socket, &QLocalSocket::readyRead, this, readAck);
    connect(
        socket,
        &QLocalSocket::errorOccurred,
        this,
        [this, socket, locked, wasConnected, end, readAck](QLocalSocket::LocalSocketError error) {
            if (*wasConnected) {
                if (!readAck()) {
                    end();
                    finish(Role::Standalone, tr("The running instance closed the connection."));
                }
                return;
            }
            const QString message = socket->errorString();
            end();
            if (error == QLocalSocket::ServerNotFoundError
                || error == QLocalSocket::ConnectionRefusedError)
                noPrimary(locked, error == QLocalSocket::ConnectionRefusedError);
            else
                finish(Role::Standalone, message);
        });
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, end] {
        end();
        finish(Role::Standalone, tr("The running instance did not answer in time."));
    });
    deadline->start(m_timeoutMs);
    socket->connectToServer(m_name);
}

void SingleInstance::noPrimary(bool locked, bool stale)
{
    if (!locked) {
        // Several launches may get here at once: only the one holding the lock may clear a
        // stale socket and listen; the others then find it listening.
        m_lockDeadline = QDeadlineTimer(m_timeoutMs);
        lockAndRetry();
        return;
    }
    // On Unix, listen() with UserAccessOption renames its socket over an existing file, so it
    // would also take the name from a live instance: hence the lock and the connect first.
    if (stale) {
        qCInfo(lcInstance) << "removing the socket left by an instance that ended abruptly";
        QLocalServer::removeServer(m_name);
    }
    listen();
}

void SingleInstance::lockAndRetry()
{
    if (!m_lock)
        m_lock = std::make_unique<QLockFile>(lockPathFor(m_name));
    if (m_lock->tryLock(0)) {
        connectToPrimary(true);
    } else if (m_lock->error() != QLockFile::LockFailedError) {
        qCWarning(lcInstance) << "cannot create the lock file; going on without it";
        connectToPrimary(true);
    } else if (m_lockDeadline.hasExpired()) {
        finish(Role::Standalone, tr("Another launch is still starting up."));
    } else {
        QTimer::singleShot(kLockPollMs, this, &SingleInstance::lockAndRetry);
    }
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(kMaxPeers);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_name)) {
        finish(Role::Primary);
        return;
    }
    const QString message = m_server->errorString();
    delete std::exchange(m_server, nullptr);
    finish(Role::Standalone, message);
}

void SingleInstance::finish(Role role, const QString &reason)
{
    m_role = role;
    m_lock.reset(); // unlocks: the next launch finds us listening, or tries itself
    switch (role) {
    case Role::Primary:
        Q_EMIT becamePrimary();
        break;
    case Role::Secondary:
        Q_EMIT handedOff();
        break;
    case Role::Standalone:
        qCWarning(lcInstance).noquote() << "running as an independent instance:" << reason;
        Q_EMIT failed(reason);
        break;
    case Role::Undecided:
        break;
    }
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *peer = m_server->nextPendingConnection()) {
        if (m_peers >= kMaxPeers) {
            qCWarning(lcInstance) << "too many launches at once; refusing one";
            drop(peer);
            continue;
        }
        ++m_peers;
        connect(peer, &QObject::destroyed, this, [this] { --m_peers; });
        connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        peer->setReadBufferSize(kMaxMessage + 4);
        auto *deadline = new QTimer(peer);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, peer, [peer] {
            qCWarning(lcInstance) << "dropping a launch that sent no complete message";
            drop(peer);
        });
        deadline->start(m_timeoutMs);

        auto reader = std::make_shared<FrameReader>(kMaxMessage);
        auto read = [this, peer, reader, deadline] {
            if (reader->state() != FrameReader::State::NeedMore)
                return;
            const FrameReader::State state = reader->feed(peer->readAll());
            if (state == FrameReader::State::NeedMore)
                return;
            const auto message = state == FrameReader::State::Complete
                ? InstanceMessage::fromJson(reader->payload())
                : std::nullopt;
            if (!message) {
                qCWarning(lcInstance) << "ignored a malformed message from another launch";
                drop(peer);
                return;
            }
            deadline->stop();
            // Flushed now: a slot below may quit the app before the event loop runs again.
            peer->write(InstanceMessage::ackFrame());
            peer->flush();
            peer->disconnectFromServer();
            Q_EMIT messageReceived(message->args, message->workingDir);
            Q_EMIT raiseRequested(message->activationToken);
        };
        connect(peer, &QLocalSocket::readyRead, this, read);
        if (peer->bytesAvailable() > 0)
            read();
    }
}

} // namespace wharf::app
