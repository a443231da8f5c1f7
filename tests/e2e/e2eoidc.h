#pragma once

#include <QJsonArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace wharf::test {

// Where the CTest fixture put the OpenID Provider, the IVCAP emulator and the browser script.
struct E2eEnvironment
{
    QString issuer;
    QUrl ivcapUrl;
    QString handler; // browser-handler.sh in the fixture's work dir
    QString problem;

    bool load(); // from $WHARF_OIDC_STATE_DIR and $WHARF_OIDC_WORK_DIR
    QUrl tokenEndpoint() const { return QUrl(issuer + QStringLiteral("/token")); }
};

// The test's "system browser" (QDesktopServices::setUrlHandler, oidc-harness.md option C):
// every http(s) URL the app opens goes to browser-handler.sh and so to headless Chromium.
class BrowserHook : public QObject
{
    Q_OBJECT
public:
    explicit BrowserHook(const QString &handler);
    ~BrowserHook() override;
    void setAction(const QString &action) { m_action = action; } // approve | deny
    // Waits (bounded) for every browser started so far to exit; kills leftovers by PID.
    void waitForBrowsers();

public Q_SLOTS:
    void openUrl(const QUrl &url);

private:
    QString m_handler;
    QString m_action = QStringLiteral("approve");
    QList<qint64> m_pids;
};

// Waits (bounded) for a browser process to exit, then ends it by PID.
void waitForBrowser(qint64 pid);

struct HttpResult
{
    int status = 0; // 0: no connection
    QByteArray body;
};
HttpResult httpGet(const QUrl &url);
// Local addresses ("127.0.0.1:PORT") of TCP listeners on that port; empty: none.
QString listeningSockets(int port);
// The OP's record of refresh tokens presented at /token (op.mjs /__test__/token-log).
QJsonArray tokenLog(const QString &issuer);

} // namespace wharf::test
