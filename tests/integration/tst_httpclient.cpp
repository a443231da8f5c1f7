#include "apicalls.h"
#include "emulators.h"
#include "net/apicall.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf::net;
using wharf::test::ServerInfo;

namespace {

ApiResponse run(HttpClient &client, const ApiRequest &request)
{
    return wharf::test::runCall(client, request);
}

QJsonObject echoHeaders(const ApiResponse &response)
{
    ApiError error;
    return response.json(&error)->toObject().value(QStringLiteral("headers")).toObject();
}

ApiRequest debugStatus(int status, const QByteArray &body, const QByteArray &type = "text/plain")
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/__wharf__/status/%1").arg(status));
    request.query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(body));
    request.query.addQueryItem(QStringLiteral("content_type"), QString::fromLatin1(type));
    return request;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
    ServerInfo m_contaxy, m_projectw, m_ivcap;
    QTemporaryDir m_stateDir;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResponse>();
        m_contaxy = wharf::test::emulator(QStringLiteral("contaxy"));
        m_projectw = wharf::test::emulator(QStringLiteral("projectw"));
        m_ivcap = wharf::test::emulator(QStringLiteral("ivcap"));
        QVERIFY(m_contaxy.isValid() && m_projectw.isValid() && m_ivcap.isValid());
    }
    void cleanupTestCase() { wharf::test::stopAll(m_stateDir.path()); }

    void authHeaderInjectedOrOmitted()
    {
        HttpClient client(m_contaxy.url);
        client.setBearerToken(QStringLiteral("tok-123"));
        ApiRequest request = ApiRequest::get(QStringLiteral("/__wharf__/echo"));
        ApiResponse response = run(client, request);
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QJsonObject headers = echoHeaders(response);
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer tok-123"));
        QVERIFY(headers.value(QStringLiteral("user-agent"))
                    .toString()
                    .startsWith(QStringLiteral("Wharf/" WHARF_VERSION " (")));
        QCOMPARE(headers.value(QStringLiteral("x-request-id")).toString(), response.requestId);

        request.authenticated = false;
        response = run(client, request);
        headers = echoHeaders(response);
        QVERIFY(!headers.contains(QStringLiteral("authorization")));
        QVERIFY(headers.contains(QStringLiteral("x-request-id")));
    }

    void bareScalarReplies()
    {
        HttpClient client(m_projectw.url);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("username"), QStringLiteral("alice@example.test"));
        form.addQueryItem(QStringLiteral("password"), QStringLiteral("Alice-Password-1!"));
        const ApiResponse response
            = run(client, ApiRequest::postForm(QStringLiteral("/api/local-account/login"), form));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        ApiError error;
        const auto value = response.json(&error);
        QVERIFY(value && value->isString());
        QVERIFY(value->toString().startsWith(QStringLiteral("Success")));
        QVERIFY(response.cookie("token").has_value());
        QCOMPARE(response.cookie("token")->value().size(), 43);

        const auto number = run(client, debugStatus(200, "42", "application/json")).json(&error);
        QVERIFY(number && number->toInt() == 42);
    }

    void errorBodiesPerPlatform()
    {
        HttpClient contaxy(m_contaxy.url);
        ApiResponse response = run(contaxy, ApiRequest::get(QStringLiteral("/users/me")));
        QCOMPARE(response.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(response.error.message.startsWith(QStringLiteral("No API token was provided.")));
        QCOMPARE(response.error.requestId, response.requestId);

        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("username"), QStringLiteral("alice"));
        form.addQueryItem(QStringLiteral("password"), QStringLiteral("wrong"));
        response = run(contaxy, ApiRequest::postForm(QStringLiteral("/auth/oauth/token"), form));
        QCOMPARE(response.error.kind, ApiError::Kind::Validation);
        QCOMPARE(response.error.code, QStringLiteral("unauthorized_client"));

        HttpClient projectw(m_projectw.url);
        response = run(projectw, ApiRequest::get(QStringLiteral("/api/users/info")));
        QCOMPARE(response.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(response.error.message, QStringLiteral("Not authenticated"));
        QUrlQuery badGrant;
        badGrant.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("magic"));
        badGrant.addQueryItem(QStringLiteral("username"), QStringLiteral("alice@example.test"));
        badGrant.addQueryItem(QStringLiteral("password"), QStringLiteral("x"));
        response = run(projectw,
                       ApiRequest::postForm(QStringLiteral("/api/local-account/login"), badGrant));
        QCOMPARE(response.error.kind, ApiError::Kind::Validation);
        QVERIFY2(response.error.message.contains(QStringLiteral("grant_type")),
                 qPrintable(response.error.message));

        HttpClient ivcap(m_ivcap.url);
        response = run(ivcap, ApiRequest::get(QStringLiteral("/1/services2")));
        QCOMPARE(response.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(response.body.isEmpty());
        QVERIFY(!response.error.message.isEmpty());
        response = run(ivcap, debugStatus(503, QByteArray()));
        QCOMPARE(response.error.kind, ApiError::Kind::Server);
        QCOMPARE(response.error.httpStatus, 503);
    }

    void htmlInsteadOfJson()
    {
        HttpClient client(m_contaxy.url);
        const ApiResponse response
            = run(client, debugStatus(200, "<!doctype html><html></html>", "text/html"));
        QVERIFY(response.ok());
        ApiError error;
        QVERIFY(!response.json(&error).has_value());
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY(error.message.contains(QStringLiteral("web page")));
    }

    void timeout()
    {
        HttpClient client(m_contaxy.url);
        ApiRequest request = ApiRequest::get(QStringLiteral("/__wharf__/sleep"));
        request.query.addQueryItem(QStringLiteral("seconds"), QStringLiteral("5"));
        request.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const ApiResponse response = run(client, request);
        QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 4000);
    }

    void cookiesNeverCrossAccounts()
    {
        HttpClient alice(m_projectw.url);
        HttpClient bob(m_projectw.url);
        QSignalSpy rotated(&alice, &HttpClient::cookiesReceived);
        ApiRequest setCookie = ApiRequest::get(QStringLiteral("/__wharf__/set-cookie"));
        setCookie.query.addQueryItem(QStringLiteral("name"), QStringLiteral("token"));
        setCookie.query.addQueryItem(QStringLiteral("value"), QStringLiteral("alice-session"));
        QVERIFY(run(alice, setCookie).ok());
        QCOMPARE(rotated.count(), 1);
        const auto cookies = rotated.at(0).at(0).value<QList<QNetworkCookie>>();
        QCOMPARE(cookies.value(0).value(), QByteArray("alice-session"));
        // Neither the other account nor the same one resends it automatically.
        for (HttpClient *client : {&bob, &alice}) {
            const QJsonObject headers
                = echoHeaders(run(*client, ApiRequest::get(QStringLiteral("/__wharf__/echo"))));
            QVERIFY2(!headers.contains(QStringLiteral("cookie")),
                     qPrintable(headers.value(QStringLiteral("cookie")).toString()));
        }
    }

    void redirects()
    {
        HttpClient client(m_contaxy.url);
        ApiRequest few = ApiRequest::get(QStringLiteral("/__wharf__/redirect"));
        few.query.addQueryItem(QStringLiteral("n"), QStringLiteral("3"));
        QVERIFY(run(client, few).ok());

        const ApiResponse loop = run(client, ApiRequest::get(QStringLiteral("/__wharf__/loop")));
        QCOMPARE(loop.error.kind, ApiError::Kind::Network);
        QVERIFY2(loop.error.message.contains(QStringLiteral("redirect")),
                 qPrintable(loop.error.message));

        few.maxRedirects = 0; // hand the 3xx back (Contaxy's 303s carry information)
        const ApiResponse manual = run(client, few);
        QVERIFY(manual.ok());
        QCOMPARE(manual.status, 302);
        QVERIFY(!manual.header("Location").isEmpty());
    }

    void tlsFailsUntilPinned()
    {
        const ServerInfo tls = wharf::test::launch(m_stateDir.path(),
                                                   {QStringLiteral("start"),
                                                    QStringLiteral("--state-dir"),
                                                    m_stateDir.path(),
                                                    QStringLiteral("--tls"),
                                                    QStringLiteral("contaxy")},
                                                   QStringLiteral("contaxy"));
        QVERIFY(tls.isValid());
        QCOMPARE(tls.url.scheme(), QStringLiteral("https"));
        HttpClient client(tls.url);
        ApiResponse response = run(client, ApiRequest::get(QStringLiteral("/system/info")));
        QCOMPARE(response.error.kind, ApiError::Kind::Tls);
        QCOMPARE(response.error.tlsFingerprint, tls.fingerprintSha256.toUpper());
        QVERIFY(response.error.message.contains(response.error.tlsFingerprint));

        client.setPinnedCertificateSha256(QString(64, QLatin1Char('a')));
        QCOMPARE(run(client, ApiRequest::get(QStringLiteral("/system/info"))).error.kind,
                 ApiError::Kind::Tls);

        client.setPinnedCertificateSha256(response.error.tlsFingerprint);
        response = run(client, ApiRequest::get(QStringLiteral("/system/info")));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        ApiError error;
        QVERIFY(response.json(&error)->toObject().contains(QStringLiteral("version")));
    }

    void faultProxyCutAndRefuse()
    {
        const ServerInfo cut = wharf::test::startProxy(m_stateDir.path(),
                                                       QStringLiteral("cut"),
                                                       m_contaxy,
                                                       {QStringLiteral("--cut-after"),
                                                        QStringLiteral("40"),
                                                        QStringLiteral("--direction"),
                                                        QStringLiteral("down")});
        QVERIFY(cut.isValid());
        HttpClient client(cut.url);
        ApiResponse response = run(client, ApiRequest::get(QStringLiteral("/system/info")));
        QCOMPARE(response.error.kind, ApiError::Kind::Network);
        QVERIFY2(response.error.message.contains(QStringLiteral("closed")),
                 qPrintable(response.error.message));

        const ServerInfo offline = wharf::test::startProxy(
            m_stateDir.path(), QStringLiteral("offline"), m_contaxy, {QStringLiteral("--refuse")});
        QVERIFY(offline.isValid());
        HttpClient offlineClient(offline.url);
        response = run(offlineClient, ApiRequest::get(QStringLiteral("/system/info")));
        QCOMPARE(response.error.kind, ApiError::Kind::Network);
        QVERIFY(response.error.message.contains(QStringLiteral("127.0.0.1")));
    }

    void cancelAndDestroy()
    {
        HttpClient client(m_contaxy.url);
        ApiRequest slow = ApiRequest::get(QStringLiteral("/__wharf__/sleep"));
        slow.query.addQueryItem(QStringLiteral("seconds"), QStringLiteral("3"));
        std::unique_ptr<ApiCall> call(client.send(slow));
        QSignalSpy spy(call.get(), &ApiCall::finished);
        call->cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);

        auto *destroyed = client.send(slow);
        bool fired = false;
        connect(destroyed, &ApiCall::finished, this, [&] { fired = true; });
        delete destroyed;
        QTest::qWait(200); // give a wrongly still-running reply the chance to report
        QVERIFY(!fired);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
