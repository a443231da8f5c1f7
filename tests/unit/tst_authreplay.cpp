// HttpClient with a token that can be renewed (an OpenID Connect sign-in): requests refused
// with 401 wait for one shared refresh and go out once more; requests started during a refresh
// wait for it; nothing loops, nothing is lost, cancelling a waiting request works. A loopback
// server plays both the platform API and the provider's token endpoint.
#include "auth/memorycredentialstore.h"
#include "auth/oidc/tokenlifecycle.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "routedserver.h"
#include "testtokens.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace wharf;
using namespace wharf::auth;
using namespace wharf::auth::oidc;
using wharf::test::RoutedServer;

namespace {

QByteArray tokens(const QByteArray &access, const QByteArray &refresh)
{
    return R"({"access_token":")" + access + R"(","refresh_token":")" + refresh
        + R"(","token_type":"Bearer","expires_in":3600})";
}

// The platform accepts only `valid`; the token endpoint answers `tokenReply` after a pause.
RoutedServer::Handler platform(const QByteArray &valid, RoutedServer::Reply tokenReply)
{
    return [valid, tokenReply](const RoutedServer::Request &request) -> RoutedServer::Reply {
        if (request.path == "/token")
            return tokenReply;
        if (request.headers.value("authorization") != "Bearer " + valid)
            return {401, R"({"detail":"token expired"})"};
        return {200, R"({"path":")" + request.path + R"(","body":")" + request.body + "\"}"};
    };
}

QList<RoutedServer::Request> matching(const RoutedServer &server, const QByteArray &path)
{
    QList<RoutedServer::Request> found;
    for (const auto &request : server.requests()) {
        if (request.path == path)
            found << request;
    }
    return found;
}

} // namespace

class TestAuthReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void concurrentRefusalsShareOneRefresh();
    void requestsStartedDuringRefreshWait();
    void refusedAgainIsNotReplayedAgain();
    void failedRefreshEndsCallWithItsReason_data();
    void failedRefreshEndsCallWithItsReason();
    void cancelWhileWaiting();
    void signOutWhileWaitingSendsNothing();
    void withoutRenewalTheRefusalStands();

private:
    void signIn(RoutedServer &server);
    std::unique_ptr<net::HttpClient> m_client;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<TokenLifecycle> m_life;
};

void TestAuthReplay::init()
{
    m_store = std::make_unique<MemoryCredentialStore>();
}

void TestAuthReplay::cleanup()
{
    m_life.reset();
    m_client.reset();
    m_store.reset();
}

void TestAuthReplay::signIn(RoutedServer &server)
{
    m_client = std::make_unique<net::HttpClient>(server.url());
    m_life = std::make_unique<TokenLifecycle>(m_client.get(), m_store.get(), "acc");
    m_client->setAuthRenewer(m_life.get());
    test::adoptTestTokens(*m_life, server.url(QStringLiteral("/token")));
}

void TestAuthReplay::concurrentRefusalsShareOneRefresh()
{
    RoutedServer server(platform("at2", {200, tokens("at2", "rt2"), 300}));
    signIn(server);
    std::vector<std::unique_ptr<net::ApiCall>> calls;
    calls.emplace_back(m_client->send(net::ApiRequest::get(QStringLiteral("/a"))));
    calls.emplace_back(m_client->send(net::ApiRequest::get(QStringLiteral("/b"))));
    calls.emplace_back(
        m_client->send(net::ApiRequest::postJson(QStringLiteral("/c"), QJsonObject {{"n", 1}})));
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const auto &call : calls)
        spies.push_back(std::make_unique<QSignalSpy>(call.get(), &net::ApiCall::finished));
    for (const auto &spy : spies) {
        QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 10000);
        const auto response = spy->at(0).at(0).value<net::ApiResponse>();
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
    }
    const auto refreshes = matching(server, "/token");
    QCOMPARE(refreshes.size(), 1);
    QVERIFY(refreshes.at(0).body.contains("refresh_token=rt1"));
    for (const QByteArray path : {"/a", "/b", "/c"}) {
        const auto sent = matching(server, path);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).headers.value("authorization"), QByteArray("Bearer at1"));
        QCOMPARE(sent.at(1).headers.value("authorization"), QByteArray("Bearer at2"));
        QCOMPARE(sent.at(1).body, sent.at(0).body); // the body goes out again, whole
    }
    QCOMPARE(matching(server, "/c").at(1).body, QByteArray(R"({"n":1})"));
    // The rotated tokens were stored before the replays used them.
    auto *read = m_store->read("acc", this);
    QSignalSpy stored(read, &CredentialJob::finished);
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.at(0).at(0).value<CredentialResult>().secrets.value("refresh_token"),
             QStringLiteral("rt2"));
}

void TestAuthReplay::requestsStartedDuringRefreshWait()
{
    RoutedServer server(platform("at2", {200, tokens("at2", "rt2"), 300}));
    signIn(server);
    QSignalSpy refreshed(m_life->refresh(this), &TokenRefreshJob::finished);
    QVERIFY(m_life->isRenewing());
    std::unique_ptr<net::ApiCall> call(m_client->send(net::ApiRequest::get(QStringLiteral("/a"))));
    QSignalSpy done(call.get(), &net::ApiCall::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(done.at(0).at(0).value<net::ApiResponse>().ok());
    QCOMPARE(refreshed.size(), 1);
    // Sent once, after the refresh, with the new token: the old one never went out.
    const auto sent = matching(server, "/a");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).headers.value("authorization"), QByteArray("Bearer at2"));
    QVERIFY(sent.at(0).receivedAtMs >= matching(server, "/token").at(0).receivedAtMs + 250);
    // Unauthenticated requests (token endpoints, discovery) never wait.
    QSignalSpy again(m_life->refresh(this), &TokenRefreshJob::finished);
    net::ApiRequest open = net::ApiRequest::get(QStringLiteral("/public"));
    open.authenticated = false;
    std::unique_ptr<net::ApiCall> publicCall(m_client->send(open));
    QSignalSpy publicDone(publicCall.get(), &net::ApiCall::finished);
    QVERIFY(publicDone.wait(5000));
    QVERIFY(again.isEmpty());
    QVERIFY(again.wait(5000));
}

void TestAuthReplay::refusedAgainIsNotReplayedAgain()
{
    // The platform refuses even the fresh token (revoked account): one replay, then the 401.
    RoutedServer server(platform("never", {200, tokens("at2", "rt2"), 0}));
    signIn(server);
    std::unique_ptr<net::ApiCall> call(m_client->send(net::ApiRequest::get(QStringLiteral("/a"))));
    QSignalSpy done(call.get(), &net::ApiCall::finished);
    QVERIFY(done.wait(10000));
    const auto response = done.at(0).at(0).value<net::ApiResponse>();
    QCOMPARE(response.status, 401);
    QCOMPARE(response.error.kind, net::ApiError::Kind::Unauthorized);
    QCOMPARE(matching(server, "/a").size(), 2);
    QCOMPARE(matching(server, "/token").size(), 1);
    QTest::qWait(200);
    QCOMPARE(done.size(), 1); // finished exactly once
}

void TestAuthReplay::failedRefreshEndsCallWithItsReason_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("keepsSignIn");
    QTest::newRow("refresh token refused") << 400 << QByteArray(R"({"error":"invalid_grant"})")
                                           << int(net::ApiError::Kind::Unauthorized) << false;
    QTest::newRow("provider down")
        << 503 << QByteArray("{}") << int(net::ApiError::Kind::Server) << true;
}

void TestAuthReplay::failedRefreshEndsCallWithItsReason()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(bool, keepsSignIn);
    RoutedServer server(platform("at2", {status, body, 0}));
    signIn(server);
    std::unique_ptr<net::ApiCall> call(m_client->send(net::ApiRequest::get(QStringLiteral("/a"))));
    QSignalSpy done(call.get(), &net::ApiCall::finished);
    QVERIFY(done.wait(10000));
    const auto error = done.at(0).at(0).value<net::ApiResponse>().error;
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.requestId, call->requestId());
    QCOMPARE(matching(server, "/a").size(), 1);
    // A provider outage is not a sign-out: the tokens stay for the next attempt.
    QCOMPARE(m_life->canRefresh(), keepsSignIn);
    QCOMPARE(m_client->bearerToken(), keepsSignIn ? QStringLiteral("at1") : QString());
}

void TestAuthReplay::cancelWhileWaiting()
{
    RoutedServer server(platform("at2", {200, tokens("at2", "rt2"), 500}));
    signIn(server);
    QSignalSpy refreshed(m_life->refresh(this), &TokenRefreshJob::finished);
    std::unique_ptr<net::ApiCall> call(m_client->send(net::ApiRequest::get(QStringLiteral("/a"))));
    QSignalSpy done(call.get(), &net::ApiCall::finished);
    call->cancel();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).value<net::ApiResponse>().error.kind, net::ApiError::Kind::Cancelled);
    QVERIFY(refreshed.wait(5000)); // the refresh itself goes on for everyone else
    QTest::qWait(100);
    QVERIFY(matching(server, "/a").isEmpty()); // the cancelled call never went out
    QCOMPARE(done.size(), 1);
}

void TestAuthReplay::signOutWhileWaitingSendsNothing()
{
    RoutedServer server(platform("at2", {200, tokens("at2", "rt2"), 500}));
    signIn(server);
    QSignalSpy refreshed(m_life->refresh(this), &TokenRefreshJob::finished);
    std::unique_ptr<net::ApiCall> call(m_client->send(net::ApiRequest::get(QStringLiteral("/a"))));
    QSignalSpy done(call.get(), &net::ApiCall::finished);
    m_life->clear(); // signing out: the token about to be revoked must not go out any more
    QCOMPARE(done.size(), 1); // ended at once
    QCOMPARE(done.at(0).at(0).value<net::ApiResponse>().error.kind, net::ApiError::Kind::Cancelled);
    QTest::qWait(700);
    QVERIFY(matching(server, "/a").isEmpty());
    QCOMPARE(done.size(), 1);
}

void TestAuthReplay::withoutRenewalTheRefusalStands()
{
    RoutedServer server(platform("at2", {200, tokens("at2", "rt2"), 0}));
    net::HttpClient client(server.url());
    client.setBearerToken(QStringLiteral("pasted-api-token")); // nothing to refresh it with
    std::unique_ptr<net::ApiCall> call(client.send(net::ApiRequest::get(QStringLiteral("/a"))));
    QSignalSpy done(call.get(), &net::ApiCall::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.at(0).at(0).value<net::ApiResponse>().status, 401);
    QCOMPARE(server.requests().size(), 1);
}

QTEST_MAIN(TestAuthReplay)
#include "tst_authreplay.moc"
