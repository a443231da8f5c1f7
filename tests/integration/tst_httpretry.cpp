// HttpClient's retries against an emulator's /__wharf__/flaky route (the first N requests for
// a key fail): idempotent calls are tried again after transient failures, with Retry-After
// honoured; POSTs never are; a pause can be cancelled; the last failure is what the caller
// sees when the retries run out.
#include "apicalls.h"
#include "emulators.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "routedserver.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace wharf::net;

namespace {

RetryPolicy quickRetries()
{
    RetryPolicy policy = RetryPolicy::forApiCalls();
    policy.baseDelayMs = 50;
    return policy;
}

// A request for a fresh flaky key whose first `failures` requests answer `status`.
ApiRequest flaky(const QByteArray &method,
                 int failures,
                 int status,
                 const QString &retryAfter = QString(),
                 QString *key = nullptr)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (key)
        *key = name;
    ApiRequest request = ApiRequest::get(QStringLiteral("/__wharf__/flaky/") + name);
    request.method = method;
    request.query.addQueryItem(QStringLiteral("failures"), QString::number(failures));
    request.query.addQueryItem(QStringLiteral("status"), QString::number(status));
    request.query.addQueryItem(QStringLiteral("n"), QStringLiteral("16"));
    if (!retryAfter.isEmpty())
        request.query.addQueryItem(QStringLiteral("retry_after"), retryAfter);
    return request;
}

ApiResponse run(HttpClient &client, const ApiRequest &request)
{
    return wharf::test::runCall(client, request);
}

} // namespace

class TestHttpRetry : public QObject
{
    Q_OBJECT
    wharf::test::ServerInfo m_server;

    int hits(const QString &key)
    {
        HttpClient probe(m_server.url);
        const ApiResponse response
            = run(probe, ApiRequest::get(QStringLiteral("/__wharf__/flaky/%1/hits").arg(key)));
        ApiError error;
        const auto json = response.json(&error);
        return json ? json->toObject().value(QLatin1String("hits")).toInt(-1) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResponse>();
        m_server = wharf::test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
    }

    void idempotentCallsRetryTransientFailures_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("GET 503") << QByteArray("GET") << 503;
        QTest::newRow("GET 502") << QByteArray("GET") << 502;
        QTest::newRow("GET 504") << QByteArray("GET") << 504;
        QTest::newRow("GET 429") << QByteArray("GET") << 429;
        QTest::newRow("PUT 503") << QByteArray("PUT") << 503;
    }

    void idempotentCallsRetryTransientFailures()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        HttpClient client(m_server.url);
        client.setRetryPolicy(quickRetries());
        QString key;
        const ApiResponse response = run(client, flaky(method, 2, status, QString(), &key));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(hits(key), 3);
    }

    void postsAndPermanentErrorsAreNotRetried_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("POST 503") << QByteArray("POST") << 503;
        QTest::newRow("GET 500") << QByteArray("GET") << 500;
        QTest::newRow("GET 404") << QByteArray("GET") << 404;
    }

    void postsAndPermanentErrorsAreNotRetried()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        HttpClient client(m_server.url);
        client.setRetryPolicy(quickRetries());
        QString key;
        const ApiResponse response = run(client, flaky(method, 1, status, QString(), &key));
        QCOMPARE(response.status, status);
        QCOMPARE(hits(key), 1);
    }

    void lastFailureStandsWhenRetriesRunOut()
    {
        HttpClient client(m_server.url);
        client.setRetryPolicy(quickRetries()); // two retries
        QString key;
        const ApiResponse response = run(client, flaky("GET", 10, 503, QString(), &key));
        QCOMPARE(response.error.kind, ApiError::Kind::Server);
        QCOMPARE(response.status, 503);
        QVERIFY(response.error.message.contains(QLatin1String("flaky failure 3")));
        QCOMPARE(hits(key), 3);
    }

    void retryAfterIsHonoured()
    {
        HttpClient client(m_server.url);
        client.setRetryPolicy(quickRetries());
        QString key;
        QElapsedTimer timer;
        timer.start();
        const ApiResponse response = run(client, flaky("GET", 1, 503, QStringLiteral("1"), &key));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QVERIFY2(timer.elapsed() >= 950, "the server asked for a one-second pause");
        QCOMPARE(hits(key), 2);

        // A pause longer than a person should wait is reported instead of waited out.
        const ApiResponse busy = run(client, flaky("GET", 1, 503, QStringLiteral("3600"), &key));
        QCOMPARE(busy.status, 503);
        QCOMPARE(hits(key), 1);
    }

    void cancelDuringPause()
    {
        HttpClient client(m_server.url);
        RetryPolicy slow = RetryPolicy::forApiCalls();
        slow.baseDelayMs = 4000;
        client.setRetryPolicy(slow);
        QString key;
        std::unique_ptr<ApiCall> call(client.send(flaky("GET", 1, 503, QString(), &key)));
        QSignalSpy finished(call.get(), &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(hits(key), 1, 5000);
        QVERIFY(finished.isEmpty()); // pausing, not finished
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
        QTest::qWait(300);
        QCOMPARE(hits(key), 1);
        QCOMPARE(finished.size(), 1);
    }

    void rotatedTokenOfARetriedReplyIsKept()
    {
        // Project-W rotates its session token on any reply, a 503 included: the retry must
        // carry the new token, or the session is lost.
        wharf::test::RoutedServer server(
            [](const wharf::test::RoutedServer::Request &r) -> wharf::test::RoutedServer::Reply {
                if (r.headers.value("authorization") == "Bearer rotated")
                    return {200, "{}"};
                return {503, R"({"detail":"busy"})", 0, "Set-Cookie: token=rotated; Path=/\r\n"};
            });
        HttpClient client(server.url());
        client.setRetryPolicy(quickRetries());
        client.setBearerToken(QStringLiteral("original"));
        connect(&client, &HttpClient::cookiesReceived, &client, [&client](const auto &cookies) {
            for (const QNetworkCookie &cookie : cookies) // what AccountSession does
                client.setBearerToken(QString::fromUtf8(cookie.value()));
        });
        const ApiResponse response = run(client, ApiRequest::get(QStringLiteral("/jobs")));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).headers.value("authorization"),
                 QByteArray("Bearer rotated"));
    }

    void timeoutsAreReportedNotRetried()
    {
        HttpClient client(m_server.url);
        client.setRetryPolicy(quickRetries());
        ApiRequest sleepy = ApiRequest::get(QStringLiteral("/__wharf__/sleep"));
        sleepy.query.addQueryItem(QStringLiteral("seconds"), QStringLiteral("3"));
        sleepy.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run(client, sleepy).error.kind, ApiError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 2000, "a timed-out API call must not wait out more timeouts");
    }
};

QTEST_GUILESS_MAIN(TestHttpRetry)
#include "tst_httpretry.moc"
