#include "transfertestutil.h"

#include "emulators.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

namespace transfertest {

QByteArray pattern(qint64 offset, qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char((offset + i) % 251);
    return out;
}

QByteArray writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 n = qMin<qint64>(left, block.size());
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()),
                                              block.size() / 4);
        file.write(block.constData(), n);
        hash.addData(QByteArrayView(block.constData(), n));
        left -= n;
    }
    return hash.result().toHex();
}

QByteArray sha256Hex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool run(wharf::transfer::CurlEngine &engine,
         wharf::transfer::CurlRequest &request,
         wharf::transfer::CurlResult *result,
         int timeoutMs)
{
    bool done = false;
    request.setFinishedCallback([&](const wharf::transfer::CurlResult &r) {
        *result = r;
        done = true;
    });
    engine.start(&request);
    return QTest::qWaitFor([&] { return done; }, timeoutMs);
}

bool waitFinished(const wharf::transfer::Transfer *transfer, int timeoutMs)
{
    return QTest::qWaitFor([&] { return transfer->isFinished(); }, timeoutMs);
}

wharf::transfer::ConnectionSettings directSettings(const QString &token)
{
    wharf::transfer::ConnectionSettings settings;
    settings.bearerToken = token;
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    settings.stallTimeoutMs = 3000;
    settings.connectTimeoutMs = 5000;
    return settings;
}

wharf::net::RetryPolicy fastRetries(int attempts)
{
    wharf::net::RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.baseDelayMs = 50;
    policy.maxDelayMs = 400;
    return policy;
}

static QByteArray httpExchange(const QString &host, quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(5000))
        return QByteArray();
    socket.write(request);
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    return reply.mid(reply.indexOf("\r\n\r\n") + 4);
}

QJsonObject
proxyControl(const wharf::test::ServerInfo &proxy, const QByteArray &method, const QByteArray &path)
{
    const QByteArray request = method + ' ' + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    return QJsonDocument::fromJson(
               httpExchange(QStringLiteral("127.0.0.1"), quint16(proxy.controlPort), request))
        .object();
}

QJsonObject getJson(const QUrl &url)
{
    const QByteArray request = "GET " + url.path(QUrl::FullyEncoded).toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    return QJsonDocument::fromJson(httpExchange(url.host(), quint16(url.port()), request)).object();
}

StderrCapture::StderrCapture()
{
    m_path = QDir::temp().filePath(
        QStringLiteral("wharf-stderr-%1.txt").arg(QCoreApplication::applicationPid()));
    fflush(stderr);
    m_saved = dup(STDERR_FILENO);
    const int fd
        = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, STDERR_FILENO);
    ::close(fd);
}

StderrCapture::~StderrCapture()
{
    finish();
}

QByteArray StderrCapture::finish()
{
    if (m_saved < 0)
        return QByteArray();
    fflush(stderr);
    dup2(m_saved, STDERR_FILENO);
    ::close(m_saved);
    m_saved = -1;
    QFile file(m_path);
    QByteArray text;
    if (file.open(QIODevice::ReadOnly))
        text = file.readAll();
    QFile::remove(m_path);
    return text;
}

namespace {
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

MessageCapture::MessageCapture()
{
    g_messages.clear();
    g_previous = qInstallMessageHandler(collect);
}

MessageCapture::~MessageCapture()
{
    qInstallMessageHandler(g_previous);
}

QStringList MessageCapture::messages() const
{
    QMutexLocker lock(&g_mutex);
    return g_messages;
}

} // namespace transfertest
