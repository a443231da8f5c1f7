// The sign-in dialog through the desktop's real browser path: under Xvfb (xcb) the IVCAP
// panel's "Sign in with browser" goes QDesktopServices::openUrl -> xdg-open -> the http(s)
// handler registered in a private XDG data dir (the test browser, headless Chromium) ->
// the provider -> the app's loopback listener -> tokens in the real keychain. No URL hook.
#include "accounts/account.h"
#include "auth/accountsession.h"
#include "auth/keychaincredentialstore.h"
#include "e2eoidc.h"
#include "ivcap/ivcapsigninpanel.h"
#include "shell/signindialog.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace wharf;
using namespace wharf::test;

class TestSignInXdg : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browserSignInThroughXdgOpen();

private:
    bool writeFile(const QString &path, const QByteArray &text);
    E2eEnvironment m_env;
    QTemporaryDir m_xdg;
};

bool TestSignInXdg::writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

void TestSignInXdg::initTestCase()
{
    QVERIFY2(m_env.load(), qPrintable(m_env.problem));
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    // The test browser becomes the desktop's default http(s) handler, in private XDG dirs
    // (oidc-harness.md option A); with no desktop session xdg-open uses exactly this.
    const QString data = m_xdg.filePath(QStringLiteral("data"));
    const QString config = m_xdg.filePath(QStringLiteral("config"));
    QVERIFY(writeFile(data + QStringLiteral("/applications/wharf-test-browser.desktop"),
                      "[Desktop Entry]\nType=Application\nName=Wharf test browser\nExec="
                          + m_env.handler.toUtf8()
                          + " %u\nMimeType=x-scheme-handler/http;x-scheme-handler/https;\n"
                            "NoDisplay=true\n"));
    QVERIFY(writeFile(config + QStringLiteral("/mimeapps.list"),
                      "[Default Applications]\n"
                      "x-scheme-handler/http=wharf-test-browser.desktop\n"
                      "x-scheme-handler/https=wharf-test-browser.desktop\n"));
    qputenv("XDG_DATA_HOME", data.toUtf8());
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    for (const char *name : {"XDG_CURRENT_DESKTOP",
                             "KDE_FULL_SESSION",
                             "GNOME_DESKTOP_SESSION_ID",
                             "DESKTOP_SESSION",
                             "BROWSER"})
        qunsetenv(name);
    qputenv("OPENED_URL_FILE", m_xdg.filePath(QStringLiteral("opened.txt")).toUtf8());
    qputenv("BROWSER_PID_FILE", m_xdg.filePath(QStringLiteral("browser.pid")).toUtf8());
    qputenv("OIDC_BROWSER_ACTION", "approve");
}

void TestSignInXdg::browserSignInThroughXdgOpen()
{
    QSettings settings(m_xdg.filePath(QStringLiteral("wharf.ini")), QSettings::IniFormat);
    auth::KeychainCredentialStore store(&settings);
    store.setServiceName(QStringLiteral("org.wharf.Wharf.e2e-%1")
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("IVCAP via xdg-open");
    account.kind = PlatformKind::Ivcap;
    account.serverUrl = m_env.ivcapUrl;
    auth::AccountSession session(account, &store);

    ui::SignInDialog dialog(&session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *panel = dialog.findChild<ui::IvcapSignInPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->browserButton()->isEnabled(), 20000);
    QSignalSpy signedIn(panel, &ui::IvcapSignInPanel::signedIn);
    // Keyboard only, as a user would: focus the button, press Space.
    panel->browserButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(panel->browserButton(), Qt::Key_Space);
    QVERIFY2(signedIn.wait(90000), "browser sign-in through xdg-open did not finish");
    QVERIFY(!signedIn.at(0).at(0).value<auth::CredentialError>());
    QTRY_VERIFY(!dialog.isVisible()); // the dialog closes itself on success

    // xdg-open really ran our handler, with the authorization URL of this sign-in.
    QFile opened(m_xdg.filePath(QStringLiteral("opened.txt")));
    QVERIFY(opened.open(QIODevice::ReadOnly));
    const QUrl authUrl(QString::fromUtf8(opened.readAll().trimmed()));
    QVERIFY2(authUrl.toString().startsWith(m_env.issuer), qPrintable(authUrl.toString()));
    const QUrlQuery query(authUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("http://127.0.0.1:")));

    // The tokens are in the real keychain and the account works.
    auto *job = store.read(account.id, &store);
    QSignalSpy read(job, &auth::CredentialJob::finished);
    QVERIFY(read.wait(10000));
    const auto stored = read.at(0).at(0).value<auth::CredentialResult>();
    QVERIFY2(stored.ok(), qPrintable(stored.error.message));
    QVERIFY(!stored.secrets.value(QStringLiteral("refresh_token")).isEmpty());
    QSignalSpy identity(&session, &auth::AccountSession::identityReady);
    session.fetchIdentity();
    QVERIFY(identity.wait(15000));
    QVERIFY(!identity.at(0).at(1).value<net::ApiError>());

    QFile pidFile(m_xdg.filePath(QStringLiteral("browser.pid")));
    if (pidFile.open(QIODevice::ReadOnly))
        waitForBrowser(pidFile.readAll().trimmed().toLongLong());
    QSignalSpy removed(store.removeAll(&store), &auth::CredentialJob::finished);
    QVERIFY(removed.wait(10000));
}

QTEST_MAIN(TestSignInXdg)
#include "tst_signin_xdg.moc"
