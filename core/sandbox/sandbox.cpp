#include "sandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace wharf {

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3"); // Debian's, with FastAPI/uvicorn

QString launcherPath()
{
    return Sandbox::sourceDir() + QStringLiteral("/tests/servers/launch.py");
}

// Demo accounts of the emulators (tests/servers/README.md: "Demo data and credentials").
QList<Sandbox::Server> demoServers()
{
    return {
        {PlatformKind::Contaxy,
         QStringLiteral("Contaxy (sandbox)"),
         {},
         QStringLiteral("alice"),
         QStringLiteral("alice-password")},
        {PlatformKind::ProjectW,
         QStringLiteral("Project-W (sandbox)"),
         {},
         QStringLiteral("alice@example.test"),
         QStringLiteral("Alice-Password-1!")},
        {PlatformKind::Ivcap,
         QStringLiteral("IVCAP (sandbox)"),
         {},
         QString(),
         QStringLiteral("ivcap-demo-token")},
    };
}

} // namespace

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{ }

Sandbox::~Sandbox()
{
    stop();
}

QString Sandbox::sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("WHARF_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(WHARF_SOURCE_DIR) : fromEnv;
}

void Sandbox::start()
{
    if (!QFileInfo::exists(launcherPath()) || !QFileInfo(kPython).isExecutable()) {
        Q_EMIT failed(tr("The sandbox needs Wharf's source tree and Debian's Python with FastAPI "
                         "(looked for %1). Run scripts/run from a clone.")
                          .arg(launcherPath()));
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                            + QStringLiteral("/wharf-sandbox-XXXXXX"));
    m_launcher = new QProcess(this);
    m_launcher->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_launcher, &QProcess::finished, this, &Sandbox::onLaunched);
    connect(m_launcher, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(
                tr("Could not start the sandbox launcher: %1").arg(m_launcher->errorString()));
    });
    m_running = true;
    m_launcher->start(kPython,
                      {launcherPath(),
                       QStringLiteral("start"),
                       QStringLiteral("--state-dir"),
                       m_dir->path(),
                       QStringLiteral("contaxy"),
                       QStringLiteral("projectw"),
                       QStringLiteral("ivcap")});
}

void Sandbox::onLaunched(int exitCode)
{
    if (exitCode != 0) {
        Q_EMIT failed(tr("The sandbox servers did not start (exit code %1); their logs are in %2.")
                          .arg(exitCode)
                          .arg(m_dir->path()));
        return;
    }
    m_servers.clear();
    for (Server server : demoServers()) {
        QFile file(
            QDir(m_dir->path()).filePath(platformKindId(server.kind) + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT failed(tr("The sandbox server %1 did not report its address.").arg(server.name));
            return;
        }
        server.url = QUrl(QJsonDocument::fromJson(file.readAll())
                              .object()
                              .value(QLatin1String("url"))
                              .toString());
        m_servers.append(server);
    }
    Q_EMIT ready();
}

void Sandbox::stop()
{
    if (!m_running || !m_dir)
        return;
    m_running = false;
    // Detached: quitting the app must not wait for the emulators to exit.
    QProcess::startDetached(
        kPython,
        {launcherPath(), QStringLiteral("stop"), QStringLiteral("--state-dir"), m_dir->path()});
    // The launcher reads the state files after we exit; keep the folder for it.
    m_dir->setAutoRemove(false);
}

} // namespace wharf
