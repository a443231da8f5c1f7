#include "e2eoidc.h"

#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace wharf::test {

namespace {
QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return !fields.isEmpty() && fields.at(0) != "Z";
}
} // namespace

bool E2eEnvironment::load()
{
    const QString state = qEnvironmentVariable("WHARF_OIDC_STATE_DIR");
    const QString work = qEnvironmentVariable("WHARF_OIDC_WORK_DIR");
    if (state.isEmpty() || work.isEmpty()) {
        problem = QStringLiteral("WHARF_OIDC_STATE_DIR/WHARF_OIDC_WORK_DIR not set: run via ctest");
        return false;
    }
    issuer = readJson(state + QStringLiteral("/op.json")).value(QLatin1String("issuer")).toString();
    ivcapUrl = QUrl(
        readJson(state + QStringLiteral("/ivcap.json")).value(QLatin1String("url")).toString());
    handler = work + QStringLiteral("/browser-handler.sh");
    if (issuer.isEmpty() || ivcapUrl.isEmpty() || !QFile::exists(handler)) {
        problem
            = QStringLiteral("OIDC fixture not running (no op.json/ivcap.json in %1)").arg(state);
        return false;
    }
    return true;
}

BrowserHook::BrowserHook(const QString &handler)
    : m_handler(handler)
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
}

BrowserHook::~BrowserHook()
{
    // Unset before destruction: Qt 6.4 warns about destroying a registered handler.
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    waitForBrowsers();
}

void BrowserHook::openUrl(const QUrl &url)
{
    QProcess process;
    process.setProgram(m_handler);
    process.setArguments({url.toString(QUrl::FullyEncoded)});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OIDC_BROWSER_ACTION"), m_action);
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (process.startDetached(&pid))
        m_pids << pid;
    else
        qWarning() << "could not start" << m_handler;
}

void BrowserHook::waitForBrowsers()
{
    for (qint64 pid : std::exchange(m_pids, {}))
        waitForBrowser(pid);
}

void waitForBrowser(qint64 pid)
{
    QElapsedTimer timer;
    timer.start();
    while (pid > 0 && alive(pid) && timer.elapsed() < 15000)
        QTest::qWait(50); // keeps the event loop (and the app's listener) serving
    if (pid > 0 && alive(pid)) {
        ::kill(pid_t(pid), SIGTERM); // Playwright closes Chromium on SIGTERM
        QTest::qWait(1000);
    }
}

HttpResult httpGet(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    delete reply;
    return result;
}

QString listeningSockets(int port)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"),
             {QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(port)});
    ss.waitForFinished(10000);
    // Only the "Local Address:Port" column (the 4th); the peer column reads 0.0.0.0:* always.
    QStringList locals;
    const QString out = QString::fromLocal8Bit(ss.readAllStandardOutput());
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 4)
            locals << fields.at(3);
    }
    return locals.join(QLatin1Char(' '));
}

QJsonArray tokenLog(const QString &issuer)
{
    return QJsonDocument::fromJson(
               httpGet(QUrl(issuer + QStringLiteral("/__test__/token-log"))).body)
        .array();
}

} // namespace wharf::test
