#include "emulators.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>

namespace wharf::test {

QString python()
{
    const QString fromEnv = qEnvironmentVariable("WHARF_PYTHON");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/bin/python3") : fromEnv;
}

QString sourceDir()
{
    return qEnvironmentVariable("WHARF_SOURCE_DIR");
}

static ServerInfo readInfo(const QString &path)
{
    ServerInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("no readiness file %s", qPrintable(path));
        return info;
    }
    const QJsonObject obj = QJsonDocument::fromJson(file.readAll()).object();
    info.name = obj.value(QLatin1String("name")).toString();
    info.port = obj.value(QLatin1String("port")).toInt();
    info.controlPort = obj.value(QLatin1String("control_port")).toInt();
    info.pid = obj.value(QLatin1String("pid")).toInteger();
    info.url = QUrl(obj.value(QLatin1String("url")).toString());
    info.certPath = obj.value(QLatin1String("cert")).toString();
    info.fingerprintSha256 = obj.value(QLatin1String("fingerprint_sha256")).toString();
    return info;
}

ServerInfo emulator(const QString &name, const QString &stateDir)
{
    const QString dir = stateDir.isEmpty() ? qEnvironmentVariable("WHARF_EMULATOR_DIR") : stateDir;
    return readInfo(QDir(dir).filePath(name + QLatin1String(".json")));
}

ServerInfo launch(const QString &stateDir, const QStringList &launcherArgs, const QString &name)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(python(),
                  QStringList {sourceDir() + QLatin1String("/tests/servers/launch.py")}
                      + launcherArgs);
    // Test setup only: the launcher bounds its own readiness wait.
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("launcher failed: %s", qPrintable(launcherArgs.join(QLatin1Char(' '))));
        return ServerInfo();
    }
    return emulator(name, stateDir);
}

ServerInfo startProxy(const QString &stateDir,
                      const QString &name,
                      const ServerInfo &upstream,
                      const QStringList &faultOptions)
{
    const QString target = QStringLiteral("127.0.0.1:%1").arg(upstream.port);
    return launch(stateDir,
                  QStringList {QStringLiteral("proxy"),
                               QStringLiteral("--state-dir"),
                               stateDir,
                               QStringLiteral("--name"),
                               name,
                               QStringLiteral("--upstream"),
                               target}
                      + faultOptions,
                  name);
}

bool setProxyMode(const ServerInfo &proxy, const QByteArray &jsonMode)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(proxy.controlPort));
    if (!socket.waitForConnected(5000))
        return false;
    const QByteArray request = "POST /mode HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                               "application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(jsonMode.size()) + "\r\n\r\n" + jsonMode;
    socket.write(request);
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    return reply.startsWith("HTTP/1.1 200") || reply.startsWith("HTTP/1.0 200");
}

void stopAll(const QString &stateDir)
{
    QProcess::execute(python(),
                      {sourceDir() + QLatin1String("/tests/servers/launch.py"),
                       QStringLiteral("stop"),
                       QStringLiteral("--state-dir"),
                       stateDir});
}

} // namespace wharf::test
