// IVCAP sign-in end to end: a real OpenID Provider (tests/e2e/oidc/op.mjs), a real headless
// Chromium driven by browser-login.mjs standing in for the user, the IVCAP emulator checking
// the provider's JWTs, and the real keychain (scripts/test runs an unlocked gnome-keyring).
#include "accounts/account.h"
#include "auth/accountsession.h"
#include "auth/keychaincredentialstore.h"
#include "auth/oidc/systembrowser.h"
#include "auth/oidc/tokenlifecycle.h"
#include "e2eoidc.h"
#include "ivcap/ivcapsignin.h"
#include "net/apicall.h"
#include "net/httpclient.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace wharf;
using namespace wharf::auth;
using namespace wharf::test;

class TestOidcE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void browserSignInRotatesAndRevokes();
    void deviceFlowCompletesInBrowser();
    void deniedConsentEndsClearly_data();
    void deniedConsentEndsClearly();
    void cancelClosesListenerAndStoresNothing();

private:
    std::unique_ptr<AccountSession> newSession();
    CredentialResult read();
    net::ApiResponse post(const QUrl &url, const QUrlQuery &form);

    E2eEnvironment m_env;
    std::unique_ptr<BrowserHook> m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainCredentialStore> m_store;
    Account m_account;
};

void TestOidcE2e::initTestCase()
{
    QVERIFY2(m_env.load(), qPrintable(m_env.problem));
    m_browser = std::make_unique<BrowserHook>(m_env.handler);
    oidc::setSystemBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

void TestOidcE2e::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("wharf.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<KeychainCredentialStore>(m_settings.get());
    m_store->setServiceName(QStringLiteral("org.wharf.Wharf.e2e-%1")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_account = Account();
    m_account.id = Account::newId();
    m_account.displayName = QStringLiteral("IVCAP e2e");
    m_account.kind = PlatformKind::Ivcap;
    m_account.serverUrl = m_env.ivcapUrl;
    m_browser->setAction(QStringLiteral("approve"));
}

void TestOidcE2e::cleanup()
{
    m_browser->waitForBrowsers();
    if (m_store) {
        QSignalSpy done(m_store->removeAll(m_store.get()), &CredentialJob::finished);
        done.wait(10000);
    }
    m_store.reset();
    m_settings.reset();
}

std::unique_ptr<AccountSession> TestOidcE2e::newSession()
{
    return std::make_unique<AccountSession>(m_account, m_store.get());
}

CredentialResult TestOidcE2e::read()
{
    auto *job = m_store->read(m_account.id, m_store.get());
    QSignalSpy done(job, &CredentialJob::finished);
    if (!done.wait(10000))
        return {};
    return done.at(0).at(0).value<CredentialResult>();
}

net::ApiResponse TestOidcE2e::post(const QUrl &url, const QUrlQuery &form)
{
    net::HttpClient client(url);
    net::ApiRequest request = net::ApiRequest::postForm(QString(), form);
    request.url = url;
    request.authenticated = false;
    std::unique_ptr<net::ApiCall> call(client.send(request));
    QSignalSpy done(call.get(), &net::ApiCall::finished);
    if (!done.wait(15000))
        return {};
    return done.at(0).at(0).value<net::ApiResponse>();
}

void TestOidcE2e::browserSignInRotatesAndRevokes()
{
    // The provider outlives this process (ctest --repeat runs the test again against it), so
    // only the refreshes from here on are this run's.
    const qsizetype logAtStart = tokenLog(m_env.issuer).size();
    auto session = newSession();
    ivcap::IvcapSignIn signIn(session.get());
    QSignalSpy opened(&signIn, &ivcap::IvcapSignIn::browserOpened);
    QSignalSpy finished(&signIn, &ivcap::IvcapSignIn::finished);
    signIn.start(ivcap::IvcapSignIn::Method::Browser);
    QVERIFY(opened.wait(20000));
    QVERIFY(opened.at(0).at(1).toBool());
    const QUrl authUrl = opened.at(0).at(0).toUrl();
    const QUrl redirect(
        QUrlQuery(authUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));

    // Bound to IPv4 loopback only: never 0.0.0.0, *, or [::].
    const QString sockets = listeningSockets(redirect.port());
    QVERIFY2(sockets.contains(QStringLiteral("127.0.0.1:%1").arg(redirect.port())),
             qPrintable(sockets));
    QVERIFY2(!sockets.contains(QStringLiteral("0.0.0.0:")) && !sockets.contains(QLatin1String("*:"))
                 && !sockets.contains(QLatin1String("[::]:")),
             qPrintable(sockets));

    // A forged redirect (wrong state) is refused and does not disturb the real sign-in.
    QUrl forged = redirect;
    forged.setQuery(QStringLiteral("code=forged&state=not-ours&iss=") + m_env.issuer);
    const HttpResult forgedReply = httpGet(forged);
    QCOMPARE(forgedReply.status, 400);
    QVERIFY(finished.isEmpty());

    QVERIFY2(finished.wait(90000), "browser sign-in did not finish");
    const auto error = finished.at(0).at(0).value<net::ApiError>();
    QVERIFY2(!error, qPrintable(error.toString()));
    QVERIFY(!finished.at(0).at(1).value<CredentialError>());
    QCOMPARE(httpGet(redirect).status, 0); // the listener is gone

    // Tokens are in the real keychain, and the IVCAP emulator accepts the provider's JWT.
    CredentialResult stored = read();
    QVERIFY2(stored.ok(), qPrintable(stored.error.message));
    const QString firstRefresh = stored.secrets.value(QStringLiteral("refresh_token"));
    QVERIFY(!firstRefresh.isEmpty());
    QVERIFY(!stored.secrets.value(QStringLiteral("id_token")).isEmpty());
    QCOMPARE(session->client()->bearerToken(),
             stored.secrets.value(QStringLiteral("access_token")));
    QSignalSpy identity(session.get(), &AccountSession::identityReady);
    session->fetchIdentity();
    QVERIFY(identity.wait(15000));
    QVERIFY2(!identity.at(0).at(1).value<net::ApiError>(),
             qPrintable(identity.at(0).at(1).value<net::ApiError>().toString()));
    const auto who = identity.at(0).at(0).value<Identity>();
    QVERIFY2(who.id.startsWith(QLatin1String("urn:ivcap:account:")), qPrintable(who.id));
    QCOMPARE(who.name, QStringLiteral("Alice Tester"));
    QCOMPARE(who.email, QStringLiteral("alice@example.test"));

    // The platform stops accepting the access token (revoked, or expired early through clock
    // skew): three requests at once are refused, wait for one refresh at the provider and go
    // out again with the rotated token.
    oidc::TokenLifecycle *tokens = session->tokenLifecycle();
    const QString refreshBeforeReplay = tokens->tokens().refreshToken;
    int logBefore = int(tokenLog(m_env.issuer).size());
    session->client()->setBearerToken(QStringLiteral("an-access-token-the-server-refuses"));
    std::vector<std::unique_ptr<net::ApiCall>> calls;
    std::vector<std::unique_ptr<QSignalSpy>> replies;
    for (int i = 0; i < 3; ++i) {
        calls.emplace_back(
            session->client()->send(net::ApiRequest::get(QStringLiteral("/1/services2"))));
        replies.push_back(
            std::make_unique<QSignalSpy>(calls.back().get(), &net::ApiCall::finished));
    }
    for (const auto &reply : replies) {
        QTRY_COMPARE_WITH_TIMEOUT(reply->size(), 1, 15000);
        const auto response = reply->at(0).at(0).value<net::ApiResponse>();
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    }
    QCOMPARE(int(tokenLog(m_env.issuer).size()), logBefore + 1);
    QVERIFY(tokens->tokens().refreshToken != refreshBeforeReplay);
    QCOMPARE(read().secrets.value(QStringLiteral("refresh_token")), tokens->tokens().refreshToken);

    // Two callers at once: one refresh goes out, both get its result, the token rotates and
    // reaches the keychain before it is used.
    logBefore = int(tokenLog(m_env.issuer).size());
    QSignalSpy first(tokens->refresh(this), &oidc::TokenRefreshJob::finished);
    QSignalSpy second(tokens->refresh(this), &oidc::TokenRefreshJob::finished);
    QVERIFY(first.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(second.size(), 1, 5000);
    QVERIFY(!first.at(0).at(0).value<net::ApiError>());
    QVERIFY(!second.at(0).at(0).value<net::ApiError>());
    QCOMPARE(int(tokenLog(m_env.issuer).size()), logBefore + 1);
    stored = read();
    const QString secondRefresh = stored.secrets.value(QStringLiteral("refresh_token"));
    QVERIFY(secondRefresh != firstRefresh);
    QCOMPARE(tokens->tokens().refreshToken, secondRefresh);
    QCOMPARE(session->client()->bearerToken(),
             stored.secrets.value(QStringLiteral("access_token")));
    QSignalSpy third(tokens->refresh(this), &oidc::TokenRefreshJob::finished);
    QVERIFY(third.wait(15000));
    QVERIFY(!third.at(0).at(0).value<net::ApiError>());

    // The provider's own record: every refresh token it saw was presented exactly once.
    const QJsonArray log = tokenLog(m_env.issuer);
    QSet<QString> seen;
    for (qsizetype i = logAtStart; i < log.size(); ++i) {
        const QString hash
            = log.at(i).toObject().value(QLatin1String("refresh_token_sha256")).toString();
        QVERIFY2(!seen.contains(hash), "a refresh token was sent twice");
        seen.insert(hash);
    }
    auto sha = [](const QString &t) {
        return QString::fromLatin1(
            QCryptographicHash::hash(t.toUtf8(), QCryptographicHash::Sha256).toHex());
    };
    QVERIFY(seen.contains(sha(firstRefresh)) && seen.contains(sha(secondRefresh)));
    const QString current = tokens->tokens().refreshToken;

    // Sign-out revokes at the provider and empties the keychain entry.
    QSignalSpy signedOut(session.get(), &AccountSession::signedOut);
    session->signOut();
    QVERIFY(signedOut.wait(15000));
    QVERIFY(!signedOut.at(0).at(0).value<net::ApiError>());
    QCOMPARE(read().error.kind, CredentialError::Kind::NotFound);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("desktop-app"));
    form.addQueryItem(QStringLiteral("refresh_token"), current);
    QCOMPARE(post(m_env.tokenEndpoint(), form).error.code, QStringLiteral("invalid_grant"));
    form.removeAllQueryItems(QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), firstRefresh); // replay: refused
    QCOMPARE(post(m_env.tokenEndpoint(), form).error.code, QStringLiteral("invalid_grant"));
}

void TestOidcE2e::deviceFlowCompletesInBrowser()
{
    auto session = newSession();
    ivcap::IvcapSignIn signIn(session.get());
    QSignalSpy code(&signIn, &ivcap::IvcapSignIn::deviceCodeReady);
    QSignalSpy finished(&signIn, &ivcap::IvcapSignIn::finished);
    signIn.start(ivcap::IvcapSignIn::Method::Device);
    QVERIFY(code.wait(20000));
    const auto device = code.at(0).at(0).value<oidc::DeviceCode>();
    QVERIFY(!device.userCode.isEmpty());
    QVERIFY(device.verificationUriComplete.toString().contains(device.userCode));
    // What the dialog's "Open" button does; the browser script types nothing but confirms.
    QVERIFY(QDesktopServices::openUrl(device.verificationUriComplete));
    // Polls every 5 s and gets HTTP 403 authorization_pending until the browser is done.
    QVERIFY2(finished.wait(90000), "device sign-in did not finish");
    const auto error = finished.at(0).at(0).value<net::ApiError>();
    QVERIFY2(!error, qPrintable(error.toString()));
    const CredentialResult stored = read();
    QVERIFY(stored.ok());
    QVERIFY(!stored.secrets.value(QStringLiteral("refresh_token")).isEmpty());
    QSignalSpy identity(session.get(), &AccountSession::identityReady);
    session->fetchIdentity();
    QVERIFY(identity.wait(15000));
    QVERIFY(
        identity.at(0).at(0).value<Identity>().id.startsWith(QLatin1String("urn:ivcap:account:")));
}

void TestOidcE2e::deniedConsentEndsClearly_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("browser") << int(ivcap::IvcapSignIn::Method::Browser);
    QTest::newRow("device") << int(ivcap::IvcapSignIn::Method::Device);
}

void TestOidcE2e::deniedConsentEndsClearly()
{
    QFETCH(int, method);
    m_browser->setAction(QStringLiteral("deny"));
    auto session = newSession();
    ivcap::IvcapSignIn signIn(session.get());
    QSignalSpy finished(&signIn, &ivcap::IvcapSignIn::finished);
    connect(&signIn, &ivcap::IvcapSignIn::deviceCodeReady, this, [](const auto &device) {
        QDesktopServices::openUrl(device.verificationUriComplete);
    });
    signIn.start(ivcap::IvcapSignIn::Method(method));
    QVERIFY2(finished.wait(90000), "denied sign-in did not finish");
    const auto error = finished.at(0).at(0).value<net::ApiError>();
    QVERIFY(error);
    QVERIFY2(error.message.contains(QLatin1String("declined")), qPrintable(error.message));
    QCOMPARE(read().error.kind, CredentialError::Kind::NotFound);
}

void TestOidcE2e::cancelClosesListenerAndStoresNothing()
{
    // No browser at all: the flow must offer the link to copy instead.
    oidc::setSystemBrowser([](const QUrl &) { return false; });
    auto session = newSession();
    ivcap::IvcapSignIn signIn(session.get());
    QSignalSpy opened(&signIn, &ivcap::IvcapSignIn::browserOpened);
    signIn.start(ivcap::IvcapSignIn::Method::Browser);
    QVERIFY(opened.wait(20000));
    oidc::setSystemBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    QVERIFY(!opened.at(0).at(1).toBool());
    QCOMPARE(signIn.authorizationUrl(), opened.at(0).at(0).toUrl());
    const QUrl redirect(QUrlQuery(signIn.authorizationUrl())
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY(!listeningSockets(redirect.port()).isEmpty());
    signIn.cancel();
    QVERIFY(listeningSockets(redirect.port()).isEmpty());
    QCOMPARE(httpGet(redirect).status, 0);
    QVERIFY(!session->hasToken());
    QCOMPARE(read().error.kind, CredentialError::Kind::NotFound);
}

QTEST_MAIN(TestOidcE2e)
#include "tst_oidc_e2e.moc"
