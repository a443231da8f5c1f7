#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wharf::test {

// A running emulator or fault proxy, as described by its readiness file.
struct ServerInfo
{
    QString name;
    int port = 0;
    int controlPort = 0; // fault proxies only
    qint64 pid = 0;
    QUrl url;
    QString certPath;
    QString fingerprintSha256;
    bool isValid() const { return port > 0; }
};

// Reads $WHARF_EMULATOR_DIR/<name>.json written by tests/servers/launch.py (the CTest
// fixture "emulators" starts contaxy, projectw and ivcap for the whole suite).
ServerInfo emulator(const QString &name, const QString &stateDir = QString());

// Starts a server of our own (e.g. a TLS emulator or a fault proxy) in a private state dir.
// Blocks until it is ready; the launcher itself bounds the wait.
ServerInfo launch(const QString &stateDir, const QStringList &launcherArgs, const QString &name);
// Starts a fault proxy in front of upstream (host:port) with the given fault options.
ServerInfo startProxy(const QString &stateDir,
                      const QString &name,
                      const ServerInfo &upstream,
                      const QStringList &faultOptions);
// Changes a running proxy's fault mode through its control port (JSON object of options).
bool setProxyMode(const ServerInfo &proxy, const QByteArray &jsonMode);
void stopAll(const QString &stateDir);

QString python();
QString sourceDir();

} // namespace wharf::test
