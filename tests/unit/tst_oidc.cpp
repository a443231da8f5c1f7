// core/auth/oidc without a real provider: PKCE, ID-token checks, JWS signatures, the loopback
// listener, the device flow's polling rules and the token lifecycle's refresh rules, against a
// scripted loopback server.
#include "auth/memorycredentialstore.h"
#include "auth/oidc/deviceflow.h"
#include "auth/oidc/jwt.h"
#include "auth/oidc/loopbacklistener.h"
#include "auth/oidc/pkce.h"
#include "auth/oidc/tokenlifecycle.h"
#include "net/httpclient.h"
#include "routedserver.h"
#include "testtokens.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;
using namespace wharf::auth;
using namespace wharf::auth::oidc;
using wharf::test::RoutedServer;

namespace {

// Answers each request with the next scripted reply, whatever it asks for.
RoutedServer::Handler script(QList<QPair<int, QByteArray>> replies)
{
    auto queue = std::make_shared<QList<QPair<int, QByteArray>>>(std::move(replies));
    return [queue](const RoutedServer::Request &) -> RoutedServer::Reply {
        if (queue->isEmpty())
            return {500, "{}"};
        const auto [status, body] = queue->takeFirst();
        return {status, body};
    };
}

QByteArray bodyOf(const RoutedServer &server, int i)
{
    return server.requests().value(i).body;
}

QByteArray tokens(const QString &access, const QString &refresh)
{
    return QStringLiteral(R"({"access_token":"%1","refresh_token":"%2","token_type":"Bearer",)"
                          R"("expires_in":300})")
        .arg(access, refresh)
        .toUtf8();
}

int httpStatus(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

class TestOidc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pkce();
    void idTokenClaims();
    void signatures();
    void listener();
    void listenerTimeout();
    void deviceFlowPolling();
    void deviceFlowEnds_data();
    void deviceFlowEnds();
    void refreshIsSingleAndStoredFirst();
    void networkErrorKeepsSignIn();
    void invalidGrantEndsSignIn();
};

void TestOidc::pkce()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce a = Pkce::create(), b = Pkce::create();
    QCOMPARE(a.verifier.size(), 43);
    QVERIFY(a.verifier != b.verifier);
    QCOMPARE(randomToken(32).size(), 43);
}

void TestOidc::idTokenClaims()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims {{"iss", "https://op.test"},
                        {"aud", "app"},
                        {"sub", "alice"},
                        {"exp", double(now + 300)},
                        {"iat", double(now)},
                        {"nonce", "n1"}};
    IdTokenExpectations e;
    e.issuer = QStringLiteral("https://op.test");
    e.clientId = QStringLiteral("app");
    e.nonce = QStringLiteral("n1");
    QCOMPARE(checkIdTokenClaims(claims, e), QString());
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject c = claims;
        c.insert(QLatin1String(key), v);
        return checkIdTokenClaims(c, e);
    };
    QVERIFY(!with("iss", "https://evil.test").isEmpty());
    QVERIFY(!with("aud", "other").isEmpty());
    QVERIFY(with("aud", QJsonArray {"app", "api"}).contains(QLatin1String("another")));
    QVERIFY(with("exp", double(now - 3600)).contains(QLatin1String("expired")));
    QVERIFY(with("nonce", "n2").contains(QLatin1String("nonce")));
    e.issuer.clear();
    e.issuerOrigin = QStringLiteral("https://op.test");
    QCOMPARE(with("iss", "https://op.test/"), QString()); // Auth0's trailing slash
    QVERIFY(!with("iss", "https://op.test.evil/").isEmpty());
}

void TestOidc::signatures()
{
    QFile file(QStringLiteral(WHARF_TEST_DATA "/jws-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject v = QJsonDocument::fromJson(file.readAll()).object();
    for (const char *alg : {"rs256", "es256"}) {
        const QString token = v.value(QLatin1String(alg)).toString();
        const QJsonObject jwks {
            {"keys", QJsonArray {v.value(QLatin1String(alg) + QStringLiteral("_jwk"))}}};
        auto jwt = Jwt::decode(token);
        QVERIFY(jwt);
        QCOMPARE(verifyJwtSignature(*jwt, jwks), QString());
        jwt->signingInput.replace("eyJpc3M", "eyJpc3N"); // a changed payload
        QVERIFY(!verifyJwtSignature(*jwt, jwks).isEmpty());
        QVERIFY(!verifyJwtSignature(*Jwt::decode(token), QJsonObject {{"keys", QJsonArray()}})
                     .isEmpty());
    }
    QVERIFY(!Jwt::decode(QStringLiteral("not.a.jwt!")));
}

void TestOidc::listener()
{
    LoopbackListener listener([](const QUrlQuery &q) {
        using V = LoopbackListener::Verdict;
        return q.queryItemValue(QStringLiteral("state")) == QLatin1String("good")
            ? LoopbackListener::Decision {V::Accept, {}}
            : LoopbackListener::Decision {V::Ignore, QStringLiteral("not ours")};
    });
    QString error;
    QVERIFY(listener.listen(&error));
    QCOMPARE(listener.redirectUri().host(), QStringLiteral("127.0.0.1"));
    QSignalSpy rejected(&listener, &LoopbackListener::rejected);
    QSignalSpy completed(&listener, &LoopbackListener::completed);
    QUrl url = listener.redirectUri();
    QCOMPARE(httpStatus(url.resolved(QUrl(QStringLiteral("/other")))), 404);
    url.setQuery(QStringLiteral("state=forged&code=x"));
    QCOMPARE(httpStatus(url), 400);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(listener.isListening());
    url.setQuery(QStringLiteral("state=good&code=x"));
    QCOMPARE(httpStatus(url), 200);
    QCOMPARE(completed.size(), 1);
    QVERIFY(!listener.isListening());
    QCOMPARE(httpStatus(url), 0); // closed after use
}

void TestOidc::listenerTimeout()
{
    LoopbackListener listener([](const QUrlQuery &) { return LoopbackListener::Decision(); });
    QString error;
    QVERIFY(listener.listen(&error));
    QSignalSpy timedOut(&listener, &LoopbackListener::timedOut);
    listener.setTimeout(std::chrono::milliseconds(100));
    QVERIFY(timedOut.wait(5000));
    QVERIFY(!listener.isListening());
}

void TestOidc::deviceFlowPolling()
{
    RoutedServer server(script(
        {{200,
          R"({"device_code":"d","user_code":"ABCD-EFGH","verification_uri":"https://op.test/device","interval":1,"expires_in":600})"},
         {403, R"({"error":"authorization_pending"})"},
         {400, R"({"error":"slow_down"})"},
         {400, R"({"error":"authorization_pending"})"},
         {200, tokens("at", "rt")}}));
    net::HttpClient client(server.url(QString()));
    DeviceFlow flow(&client);
    flow.setSecond(std::chrono::milliseconds(20));
    ProviderMetadata provider;
    provider.deviceAuthorizationEndpoint = server.url(QStringLiteral("/device/auth"));
    provider.tokenEndpoint = server.url(QStringLiteral("/token"));
    QSignalSpy code(&flow, &DeviceFlow::codeReady);
    QSignalSpy finished(&flow, &DeviceFlow::finished);
    flow.start(provider, ClientConfig {QStringLiteral("app"), {QStringLiteral("openid")}, {}});
    QVERIFY(finished.wait(10000));
    QCOMPARE(code.size(), 1);
    QCOMPARE(code.at(0).at(0).value<DeviceCode>().userCode, QStringLiteral("ABCD-EFGH"));
    QVERIFY2(!finished.at(0).at(2).value<net::ApiError>(),
             qPrintable(finished.at(0).at(2).value<net::ApiError>().toString()));
    QCOMPARE(finished.at(0).at(0).value<TokenSet>().accessToken, QStringLiteral("at"));
    QCOMPARE(server.requests().size(), 5);
    QCOMPARE(flow.intervalSeconds(), 6); // slow_down: +5 s from then on
    QVERIFY(server.requests().at(4).receivedAtMs - server.requests().at(3).receivedAtMs
            >= 6 * 20 - 5);
    QVERIFY(bodyOf(server, 1).contains("device_code=d"));
}

void TestOidc::deviceFlowEnds_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("message");
    QTest::newRow("expired") << QByteArray(R"({"error":"expired_token"})") << "expired";
    QTest::newRow("denied") << QByteArray(R"({"error":"access_denied"})") << "declined";
}

void TestOidc::deviceFlowEnds()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, message);
    RoutedServer server(script(
        {{200,
          R"({"device_code":"d","user_code":"C","verification_uri":"https://op.test/d","interval":1})"},
         {400, reply}}));
    net::HttpClient client(server.url(QString()));
    DeviceFlow flow(&client);
    flow.setSecond(std::chrono::milliseconds(10));
    ProviderMetadata provider;
    provider.deviceAuthorizationEndpoint = server.url(QStringLiteral("/d"));
    provider.tokenEndpoint = server.url(QStringLiteral("/t"));
    QSignalSpy finished(&flow, &DeviceFlow::finished);
    flow.start(provider, ClientConfig {QStringLiteral("app"), {}, {}});
    QVERIFY(finished.wait(5000));
    const auto error = finished.at(0).at(2).value<net::ApiError>();
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestOidc::refreshIsSingleAndStoredFirst()
{
    RoutedServer server(script({{200, tokens("at2", "rt2")}, {200, tokens("at3", "rt3")}}));
    net::HttpClient client(server.url(QString()));
    MemoryCredentialStore store;
    TokenLifecycle life(&client, &store, QStringLiteral("acc1"));
    test::adoptTestTokens(life, server.url(QStringLiteral("/token")));
    QCOMPARE(client.bearerToken(), QStringLiteral("at1"));
    // When the new access token is put to use, the keychain must already hold it.
    QString storedWhenUsed;
    // Declared after storedWhenUsed so it goes first: no late reply can write to a dead local.
    QObject scope;
    connect(&life, &TokenLifecycle::tokensRotated, &scope, [&] {
        auto *job = store.read(QStringLiteral("acc1"), &scope);
        connect(job, &CredentialJob::finished, &scope, [&](const CredentialResult &r) {
            storedWhenUsed = r.secrets.value(QStringLiteral("refresh_token"));
        });
    });
    QSignalSpy a(life.refresh(this), &TokenRefreshJob::finished);
    QSignalSpy b(life.refresh(this), &TokenRefreshJob::finished);
    QVERIFY(a.wait(5000));
    QTRY_COMPARE(b.size(), 1);
    QCOMPARE(server.requests().size(), 1); // one request for both callers
    QVERIFY(bodyOf(server, 0).contains("refresh_token=rt1"));
    QCOMPARE(client.bearerToken(), QStringLiteral("at2"));
    QTRY_COMPARE(storedWhenUsed, QStringLiteral("rt2"));
    QSignalSpy c(life.refresh(this), &TokenRefreshJob::finished);
    QVERIFY(c.wait(5000));
    QVERIFY(bodyOf(server, 1).contains("refresh_token=rt2")); // rt1 never again
}

void TestOidc::networkErrorKeepsSignIn()
{
    net::HttpClient client(QUrl(QStringLiteral("http://127.0.0.1:9")));
    TokenLifecycle life(&client, nullptr, QStringLiteral("acc1"));
    test::adoptTestTokens(life, QUrl(QStringLiteral("http://127.0.0.1:9/token")), QDateTime());
    QSignalSpy ended(&life, &TokenLifecycle::signInEnded);
    QSignalSpy done(life.refresh(this), &TokenRefreshJob::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).value<net::ApiError>().kind, net::ApiError::Kind::Network);
    QVERIFY(ended.isEmpty());
    QVERIFY(life.canRefresh());
    QCOMPARE(client.bearerToken(), QStringLiteral("at1"));
}

void TestOidc::invalidGrantEndsSignIn()
{
    RoutedServer server(script(
        {{400, R"({"error":"invalid_grant","error_description":"grant request is invalid"})"}}));
    net::HttpClient client(server.url(QString()));
    TokenLifecycle life(&client, nullptr, QStringLiteral("acc1"));
    test::adoptTestTokens(life, server.url(QStringLiteral("/token")), QDateTime());
    QSignalSpy ended(&life, &TokenLifecycle::signInEnded);
    QSignalSpy done(life.refresh(this), &TokenRefreshJob::finished);
    QVERIFY(ended.wait(5000));
    QCOMPARE(done.size(), 1);
    QVERIFY(!life.canRefresh());
    QVERIFY(ended.at(0).at(0).value<net::ApiError>().message.contains(QLatin1String("sign in")));
}

QTEST_MAIN(TestOidc)
#include "tst_oidc.moc"
