#include "auth/accountsession.h"
#include "auth/memorycredentialstore.h"
#include "auth/websessionexchange.h"
#include "auth/webssodiscovery.h"
#include "emulators.h"
#include "net/apicall.h"
#include "net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;
using namespace wharf::auth;
using net::ApiError;

// Web SSO without a browser: what servers offer (discovery) and how a captured web session
// becomes Wharf's credential (exchange). The session tokens come from password sign-ins,
// which are the same kind of token the web flows end with (a Contaxy login token, a
// Project-W session); the browser flow itself is tests/e2e/websso.
class TestWebSso : public QObject
{
    Q_OBJECT
    QTemporaryDir m_state;
    QUrl m_ssoContaxy, m_ssoProjectw;

    static Account account(PlatformKind kind, const QUrl &url)
    {
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("Test");
        a.kind = kind;
        a.serverUrl = url;
        return a;
    }

    static QList<WebSsoProvider> discover(PlatformKind kind, const QUrl &url, ApiError *error)
    {
        net::HttpClient client(url);
        WebSsoDiscovery discovery(&client, kind);
        QSignalSpy spy(&discovery, &WebSsoDiscovery::finished);
        discovery.start();
        if (!spy.wait(15000))
            return {};
        *error = spy.at(0).at(1).value<ApiError>();
        return spy.at(0).at(0).value<QList<WebSsoProvider>>();
    }

    // A fresh session token from a password sign-in.
    static QString passwordToken(PlatformKind kind, const QUrl &url)
    {
        const bool contaxy = kind == PlatformKind::Contaxy;
        AccountSession session(account(kind, url), nullptr);
        QSignalSpy spy(&session, &AccountSession::signedIn);
        session.signInWithPassword(
            contaxy ? QStringLiteral("alice") : QStringLiteral("alice@example.test"),
            contaxy ? QStringLiteral("alice-password") : QStringLiteral("Alice-Password-1!"));
        if (!spy.wait(15000) || spy.at(0).at(0).value<ApiError>())
            return QString();
        return session.client()->bearerToken();
    }

    // HTTP status of "who am I" with this token.
    static int whoamiStatus(PlatformKind kind, const QUrl &url, const QString &token)
    {
        net::HttpClient client(url);
        client.setBearerToken(token);
        const QString path = kind == PlatformKind::Contaxy ? QStringLiteral("/users/me")
                                                           : QStringLiteral("/api/users/info");
        std::unique_ptr<net::ApiCall> call(client.send(net::ApiRequest::get(path)));
        QSignalSpy spy(call.get(), &net::ApiCall::finished);
        return spy.wait(15000) ? spy.at(0).at(0).value<net::ApiResponse>().status : -1;
    }

    struct Exchanged
    {
        QString token;
        bool minted = false;
        QString note;
        ApiError error;
    };

    static Exchanged
    exchange(PlatformKind kind, const QUrl &url, const QString &session, bool canCreate = true)
    {
        WebSsoProvider provider;
        provider.cookieName = kind == PlatformKind::Contaxy ? "ct_token" : "token";
        provider.canCreateApiToken = canCreate;
        WebSessionExchange exchange(account(kind, url), provider);
        QSignalSpy spy(&exchange, &WebSessionExchange::finished);
        exchange.start(session);
        Exchanged out;
        if (!spy.wait(15000)) {
            out.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer"));
            return out;
        }
        out.token = spy.at(0).at(0).toString();
        out.minted = spy.at(0).at(1).toBool();
        out.note = spy.at(0).at(2).toString();
        out.error = spy.at(0).at(3).value<ApiError>();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<WebSsoProvider>>();
        // Emulators that offer SSO: the issuer is only contacted when a browser signs in.
        const QStringList args {QStringLiteral("start"),
                                QStringLiteral("--state-dir"),
                                m_state.path(),
                                QStringLiteral("--oidc-issuer"),
                                QStringLiteral("http://127.0.0.1:9"),
                                QStringLiteral("contaxy"),
                                QStringLiteral("projectw")};
        m_ssoContaxy = test::launch(m_state.path(), args, QStringLiteral("contaxy")).url;
        m_ssoProjectw = test::emulator(QStringLiteral("projectw"), m_state.path()).url;
        QVERIFY(m_ssoContaxy.isValid() && m_ssoProjectw.isValid());
    }

    void cleanupTestCase() { test::stopAll(m_state.path()); }

    void discoveryWithoutSso()
    {
        for (const auto kind : {PlatformKind::Contaxy, PlatformKind::ProjectW}) {
            const QString name = kind == PlatformKind::Contaxy ? QStringLiteral("contaxy")
                                                               : QStringLiteral("projectw");
            ApiError error;
            QVERIFY(discover(kind, test::emulator(name).url, &error).isEmpty());
            QVERIFY2(!error, qPrintable(error.toString()));
        }
        ApiError error;
        QVERIFY(discover(PlatformKind::Ivcap, test::emulator(QStringLiteral("ivcap")).url, &error)
                    .isEmpty());
        QVERIFY(!error);
    }

    void contaxyDiscovery()
    {
        ApiError error;
        const auto providers = discover(PlatformKind::Contaxy, m_ssoContaxy, &error);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers[0].startUrl.toString(),
                 m_ssoContaxy.toString() + QStringLiteral("/auth/login-page"));
        QCOMPARE(providers[0].cookieName, QByteArray("ct_token"));
        QVERIFY(providers[0].name.isEmpty());
        // A page that is not 0/1 (an HTML error page, say) is a bad answer, not "no SSO".
        auto platform = WebSsoPlatform::create(PlatformKind::Contaxy);
        net::ApiResponse response;
        response.status = 200;
        response.body = "<html>";
        QVERIFY(platform->providersFrom(response, m_ssoContaxy, &error).isEmpty());
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
    }

    void projectwDiscoveryLowercasesAndHonoursHidden()
    {
        ApiError error;
        auto providers = discover(PlatformKind::ProjectW, m_ssoProjectw, &error);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers[0].name, QStringLiteral("TestIdP"));
        QCOMPARE(providers[0].startUrl.toString(),
                 m_ssoProjectw.toString() + QStringLiteral("/api/oidc/login/testidp"));
        QCOMPARE(providers[0].cookieName, QByteArray("token"));
        QVERIFY(providers[0].canCreateApiToken);

        net::HttpClient client(m_ssoProjectw);
        net::ApiRequest hide;
        hide.method = "POST";
        hide.path = QStringLiteral("/__wharf__/oidc-provider");
        hide.query.addQueryItem(QStringLiteral("hidden"), QStringLiteral("true"));
        hide.query.addQueryItem(QStringLiteral("allow_creation_of_api_tokens"),
                                QStringLiteral("false"));
        std::unique_ptr<net::ApiCall> call(client.send(hide));
        QSignalSpy spy(call.get(), &net::ApiCall::finished);
        QVERIFY(spy.wait(15000));
        QVERIFY(discover(PlatformKind::ProjectW, m_ssoProjectw, &error).isEmpty());
        QVERIFY(!error);
    }

    void tokenPages()
    {
        auto contaxy = WebSsoPlatform::create(PlatformKind::Contaxy);
        QCOMPARE(contaxy->tokenPageUrl(QUrl(QStringLiteral("https://lab.example/api"))),
                 QUrl(QStringLiteral("https://lab.example/app/")));
        QCOMPARE(contaxy->tokenPageUrl(QUrl(QStringLiteral("http://127.0.0.1:8090"))),
                 QUrl(QStringLiteral("http://127.0.0.1:8090/app/")));
        auto projectw = WebSsoPlatform::create(PlatformKind::ProjectW);
        QCOMPARE(projectw->tokenPageUrl(QUrl(QStringLiteral("https://w.example/pw/"))).toString(),
                 QStringLiteral("https://w.example/pw/#/account/security"));
        QVERIFY(apiTokenLabel().startsWith(QStringLiteral("Wharf")));
    }

    void projectwSessionBecomesApiToken()
    {
        const QUrl url = test::emulator(QStringLiteral("projectw")).url;
        const QString session = passwordToken(PlatformKind::ProjectW, url);
        QVERIFY(!session.isEmpty());
        const Exchanged out = exchange(PlatformKind::ProjectW, url, session);
        QVERIFY2(!out.error, qPrintable(out.error.toString()));
        QVERIFY(out.minted);
        QVERIFY2(out.note.isEmpty(), qPrintable(out.note));
        QVERIFY(out.token != session);
        QCOMPARE(whoamiStatus(PlatformKind::ProjectW, url, out.token), 200);
        QCOMPARE(whoamiStatus(PlatformKind::ProjectW, url, session), 401); // web session ended
    }

    void projectwKeepsSessionWhenTokensAreNotAllowed()
    {
        const QUrl url = test::emulator(QStringLiteral("projectw")).url;
        const QString session = passwordToken(PlatformKind::ProjectW, url);
        const Exchanged out = exchange(PlatformKind::ProjectW, url, session, false);
        QVERIFY(!out.error);
        QVERIFY(!out.minted);
        QCOMPARE(out.token, session);
        QVERIFY(!out.note.isEmpty());
        QCOMPARE(whoamiStatus(PlatformKind::ProjectW, url, session), 200);
    }

    void contaxyOrdinaryUserKeepsLoginToken()
    {
        // Alice has no system-wide rights, so Contaxy refuses a `*#admin` API token (403);
        // the login token is itself a non-expiring API token, so it stays the credential.
        const QUrl url = test::emulator(QStringLiteral("contaxy")).url;
        const QString login = passwordToken(PlatformKind::Contaxy, url);
        QVERIFY(!login.isEmpty());
        const Exchanged out = exchange(PlatformKind::Contaxy, url, login);
        QVERIFY2(!out.error, qPrintable(out.error.toString()));
        QVERIFY(!out.minted);
        QCOMPARE(out.token, login);
        QVERIFY2(out.note.contains(QStringLiteral("permission")), qPrintable(out.note));
        QCOMPARE(whoamiStatus(PlatformKind::Contaxy, url, login), 200);
    }

    void contaxyAdminGetsApiTokenAndLoginTokenIsDeleted()
    {
        // The SSO emulators are private to this test, so alice may become an admin there.
        net::HttpClient client(m_ssoContaxy);
        net::ApiRequest grant;
        grant.method = "POST";
        grant.path = QStringLiteral("/__wharf__/grant");
        grant.query.addQueryItem(QStringLiteral("login"), QStringLiteral("alice"));
        grant.query.addQueryItem(QStringLiteral("permission"), QStringLiteral("*%23admin"));
        std::unique_ptr<net::ApiCall> call(client.send(grant));
        QSignalSpy spy(call.get(), &net::ApiCall::finished);
        QVERIFY(spy.wait(15000));
        const auto granted
            = QJsonDocument::fromJson(spy.at(0).at(0).value<net::ApiResponse>().body).object();
        QCOMPARE(granted.value(QLatin1String("permission")).toString(), QStringLiteral("*#admin"));

        const QString login = passwordToken(PlatformKind::Contaxy, m_ssoContaxy);
        const Exchanged out = exchange(PlatformKind::Contaxy, m_ssoContaxy, login);
        QVERIFY2(!out.error, qPrintable(out.error.toString()));
        QVERIFY(out.minted);
        QVERIFY2(out.note.isEmpty(), qPrintable(out.note));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(out.token).hasMatch());
        QCOMPARE(whoamiStatus(PlatformKind::Contaxy, m_ssoContaxy, out.token), 200);
        QCOMPARE(whoamiStatus(PlatformKind::Contaxy, m_ssoContaxy, login), 401);
    }

    void rejectedSessionIsAnError()
    {
        const QUrl url = test::emulator(QStringLiteral("projectw")).url;
        const Exchanged out = exchange(PlatformKind::ProjectW, url, QString(43, QLatin1Char('x')));
        QCOMPARE(out.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(out.token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebSso)
#include "tst_websso.moc"
