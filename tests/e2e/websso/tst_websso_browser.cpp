#include "auth/accountsession.h"
#include "auth/keychaincredentialstore.h"
#include "emulators.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "shell/signindialog.h"
#include "websso/webenginebrowser.h"
#include "websso/webssodialog.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QtTest>

using namespace wharf;
using net::ApiError;

namespace {

// Nothing leaves the machine: the provider's pages import a web font from the internet.
class LoopbackOnly : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString host = info.requestUrl().host();
        const bool loopback = host == QLatin1String("127.0.0.1")
            || host == QLatin1String("localhost") || host == QLatin1String("::1");
        if (!loopback && info.requestUrl().scheme().startsWith(QLatin1String("http")))
            info.block(true);
    }
};

// Fills the provider's devInteractions pages the way a person would: user name and any
// password on the login page, "Continue" on the consent page.
const QString kFiller = QStringLiteral(R"JS(
(function () {
  var login = document.querySelector('input[name="login"]');
  if (login) {
    login.value = 'alice';
    document.querySelector('input[name="password"]').value = 'any-password';
    login.form.submit();
    return 'login';
  }
  var consent = document.querySelector('input[name="prompt"][value="consent"]');
  if (consent) {
    consent.form.submit();
    return 'consent';
  }
  return 'other';
})()
)JS");

} // namespace

// Web SSO end to end: the sign-in dialog's "Sign in with … (browser)" opens Qt WebEngine on
// the platform's login page, a real OpenID Provider (tests/e2e/oidc/op.mjs) signs alice in,
// the session cookie becomes an API token in the real keychain, the web session is ended
// and "who am I" works with what was stored.
class TestWebSsoBrowser : public QObject
{
    Q_OBJECT
    QString m_stateDir;
    QUrl m_issuer;
    QTemporaryDir m_home;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::KeychainCredentialStore> m_store;
    LoopbackOnly m_loopback;
    int m_shot = 0;

    Account account(PlatformKind kind) const
    {
        Account a;
        a.id = Account::newId();
        a.displayName = platformKindDisplayName(kind); // "Contaxy", "Project-W"
        a.kind = kind;
        a.serverUrl = test::emulator(kind == PlatformKind::Contaxy ? QStringLiteral("contaxy")
                                                                   : QStringLiteral("projectw"),
                                     m_stateDir)
                          .url;
        return a;
    }

    static net::ApiResponse
    request(const QUrl &base, net::ApiRequest request, const QString &token = QString())
    {
        net::HttpClient client(base);
        client.setBearerToken(token);
        std::unique_ptr<net::ApiCall> call(client.send(request));
        QSignalSpy spy(call.get(), &net::ApiCall::finished);
        return spy.wait(15000) ? spy.at(0).at(0).value<net::ApiResponse>() : net::ApiResponse();
    }

    QString storedToken(const QString &accountId)
    {
        auto *job = m_store->read(accountId, this);
        QSignalSpy spy(job, &auth::CredentialJob::finished);
        if (!spy.wait(15000))
            return QString();
        return spy.at(0).at(0).value<auth::CredentialResult>().secrets.value(
            QStringLiteral("access_token"));
    }

    // Opens the SSO dialog from the sign-in dialog and lets the "person" fill the provider's
    // pages. Returns the dialog; `steps` collects which pages were filled.
    ui::WebSsoDialog *openSso(ui::SignInDialog &signIn, QStringList *steps)
    {
        signIn.show();
        QSignalSpy discovered(&signIn, &ui::SignInDialog::webSsoDiscovered);
        if (!discovered.wait(15000) || signIn.webSsoButtons().size() != 1)
            return nullptr;
        // The dialog as a user meets it when the server offers single sign-on (kept in
        // docs/screenshots as signin-contaxy.png / signin-projectw.png).
        if (!signIn.webSsoButtons().constFirst()->isVisible())
            return nullptr;
        const QString shotDir = qEnvironmentVariable("WHARF_SSO_SCREENSHOT_DIR");
        if (!shotDir.isEmpty() && QDir().mkpath(shotDir))
            signIn.grab().save(QStringLiteral("%1/signin-%2.png")
                                   .arg(shotDir,
                                        signIn.windowTitle()
                                            .section(QLatin1Char(' '), -1)
                                            .remove(QLatin1Char('-'))
                                            .toLower()));
        QTest::mouseClick(signIn.webSsoButtons().constFirst(), Qt::LeftButton);
        auto *dialog = signIn.findChild<ui::WebSsoDialog *>();
        auto *browser = dialog ? qobject_cast<ui::WebEngineBrowser *>(dialog->browser()) : nullptr;
        if (!browser)
            return nullptr;
        QWebEnginePage *page = browser->page();
        page->profile()->setUrlRequestInterceptor(&m_loopback); // before the queued load
        connect(page, &QWebEnginePage::loadFinished, page, [this, page, steps, dialog](bool ok) {
            const QUrl url = page->url();
            // What the person saw, for diagnosing a failed run (once the page has painted;
            // the test itself never waits for this).
            const QString shots = qEnvironmentVariable("WHARF_SSO_SCREENSHOT_DIR");
            if (!shots.isEmpty() && QDir().mkpath(shots)) {
                const QString file = QStringLiteral("%1/%2-%3.png")
                                         .arg(shots)
                                         .arg(++m_shot, 2, 10, QLatin1Char('0'))
                                         .arg(url.port());
                QTimer::singleShot(300, dialog, [dialog, file] { dialog->grab().save(file); });
            }
            if (!ok || url.port() != m_issuer.port() || url.host() != m_issuer.host())
                return;
            page->runJavaScript(kFiller,
                                [steps](const QVariant &result) { *steps << result.toString(); });
        });
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stateDir = qEnvironmentVariable("WHARF_SSO_STATE");
        QVERIFY2(!m_stateDir.isEmpty(), "WHARF_SSO_STATE names the sso_servers.py state dir");
        QFile op(m_stateDir + QStringLiteral("/op.json"));
        QVERIFY2(op.open(QIODevice::ReadOnly), "the OpenID Provider is not running");
        m_issuer = QUrl(QJsonDocument::fromJson(op.readAll())
                            .object()
                            .value(QLatin1String("issuer"))
                            .toString());
        QVERIFY(m_issuer.isValid());
        QVERIFY2(ui::embeddedBrowserUnavailableReason().isEmpty(),
                 qPrintable(ui::embeddedBrowserUnavailableReason()));
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("Qt WebEngine needs a display: run under Xvfb with QT_QPA_PLATFORM=xcb "
                  "(scripts/test does)");
        // The real Secret Service of the suite's private D-Bus session, under a service name
        // of our own.
        m_settings = std::make_unique<QSettings>(m_home.filePath(QStringLiteral("wharf.ini")),
                                                 QSettings::IniFormat);
        m_store = std::make_unique<auth::KeychainCredentialStore>(m_settings.get());
        m_store->setServiceName(
            QStringLiteral("org.wharf.Wharf.test-sso-%1")
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        m_store->setRetryDelay(std::chrono::milliseconds(50));
    }

    void signIn_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("contaxy") << int(PlatformKind::Contaxy);
        QTest::newRow("projectw") << int(PlatformKind::ProjectW);
    }
    void signIn()
    {
        QFETCH(int, kind);
        const auto k = PlatformKind(kind);
        const Account acc = account(k);
        QVERIFY(acc.serverUrl.isValid());
        if (k == PlatformKind::Contaxy) {
            // Only a user with system-wide rights may mint a full API token (contaxy.md §2.4).
            net::ApiRequest grant;
            grant.method = "POST";
            grant.path = QStringLiteral("/__wharf__/grant");
            grant.query.addQueryItem(QStringLiteral("login"), QStringLiteral("alice"));
            grant.query.addQueryItem(QStringLiteral("permission"), QStringLiteral("*%23admin"));
            QCOMPARE(request(acc.serverUrl, grant).status, 200);
        }
        auth::AccountSession session(acc, m_store.get());
        ui::SignInDialog signInDialog(&session);
        QStringList steps;
        ui::WebSsoDialog *dialog = openSso(signInDialog, &steps);
        QVERIFY(dialog);
        QSignalSpy cookie(dialog->browser(), &ui::EmbeddedBrowser::sessionCookie);
        QSignalSpy signedIn(&session, &auth::AccountSession::signedIn);
        QSignalSpy accepted(&signInDialog, &QDialog::accepted);
        QVERIFY2(signedIn.wait(40000), qPrintable(steps.join(QLatin1Char(','))));
        const auto error = signedIn.at(0).at(0).value<ApiError>();
        QVERIFY2(!error, qPrintable(error.toString()));
        const auto store = signedIn.at(0).at(1).value<auth::CredentialError>();
        QVERIFY2(!store, qPrintable(store.message));
        QVERIFY(steps.contains(QStringLiteral("login")));
        QVERIFY(steps.contains(QStringLiteral("consent")));
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(cookie.size(), 1);

        // An API token replaced the web session, went to the keychain, and works.
        const QString webSession = cookie.at(0).at(0).toString();
        const QString token = session.client()->bearerToken();
        QVERIFY(!token.isEmpty());
        QVERIFY(token != webSession);
        QVERIFY2(dialog->note().isEmpty(), qPrintable(dialog->note()));
        QCOMPARE(storedToken(acc.id), token);
        QSignalSpy identity(&session, &auth::AccountSession::identityReady);
        session.fetchIdentity();
        QVERIFY(identity.wait(15000));
        QVERIFY(!identity.at(0).at(1).value<ApiError>());
        QCOMPARE(identity.at(0).at(0).value<auth::Identity>().email,
                 QStringLiteral("alice@example.test"));

        // The web session was ended on the server.
        const QString whoami = k == PlatformKind::Contaxy ? QStringLiteral("/users/me")
                                                          : QStringLiteral("/api/users/info");
        QCOMPARE(request(acc.serverUrl, net::ApiRequest::get(whoami), webSession).status, 401);

        auto *removal = m_store->remove(acc.id, this);
        QSignalSpy removed(removal, &auth::CredentialJob::finished);
        QVERIFY(removed.wait(15000));
    }

    void cancelLeavesAccountSignedOut()
    {
        const Account acc = account(PlatformKind::ProjectW);
        auth::AccountSession session(acc, m_store.get());
        ui::SignInDialog signInDialog(&session);
        QStringList steps;
        ui::WebSsoDialog *dialog = openSso(signInDialog, &steps);
        QVERIFY(dialog);
        auto *page = qobject_cast<ui::WebEngineBrowser *>(dialog->browser())->page();
        // Wait for the provider's login page, then walk away from it.
        QTRY_VERIFY_WITH_TIMEOUT(page->url().port() == m_issuer.port(), 30000);
        QSignalSpy signedIn(&session, &auth::AccountSession::signedIn);
        dialog->reject();
        QTRY_VERIFY(!signInDialog.findChild<ui::WebSsoDialog *>()); // deleted on close
        QVERIFY(signInDialog.isVisible());
        QVERIFY(signedIn.isEmpty());
        QVERIFY(!session.hasToken());
        QVERIFY(storedToken(acc.id).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    // Without a display xcb cannot start at all; offscreen lets initTestCase say why.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ui::prepareEmbeddedBrowser(); // before the QApplication, like the app's main()
    QApplication app(argc, argv);
    TestWebSsoBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_websso_browser.moc"
