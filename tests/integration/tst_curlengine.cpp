// The libcurl engine's traps, each with a test that fails if the trap is sprung: socket
// notifiers outliving CURL_POLL_REMOVE, re-entering libcurl from its callbacks, verbose output
// leaking Authorization, public-key pinning instead of the certificate pin core/net uses, and
// proxy variables from the environment overriding the account's proxy setting.
#include "emulators.h"
#include "forwardproxy.h"
#include "transfertestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <curl/curl.h>

using namespace wharf::transfer;
using namespace transfertest;
using wharf::net::ApiError;
using wharf::test::ServerInfo;

class TestCurlEngine : public QObject
{
    Q_OBJECT
    ServerInfo m_emu;
    ServerInfo m_tls;
    QTemporaryDir m_stateDir;
    QTemporaryDir m_files;

    QUrl url(const QString &path, const ServerInfo &server) const
    {
        return QUrl(server.url.toString() + path);
    }
    QUrl url(const QString &path) const { return url(path, m_emu); }

    Transfer *download(CurlEngine &engine, const QUrl &source, const ConnectionSettings &settings)
    {
        TransferSpec spec;
        spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        spec.url = source;
        spec.localPath = m_files.path();
        spec.fileName = spec.id + QStringLiteral(".bin");
        auto *transfer = new Transfer(&engine, spec, &engine);
        transfer->setRetryPolicy(fastRetries(0));
        transfer->setConnectionProvider([settings] { return settings; });
        return transfer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emu = wharf::test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_emu.isValid());
        m_tls = wharf::test::launch(m_stateDir.path(),
                                    {QStringLiteral("start"),
                                     QStringLiteral("--state-dir"),
                                     m_stateDir.path(),
                                     QStringLiteral("--tls"),
                                     QStringLiteral("contaxy")},
                                    QStringLiteral("contaxy"));
        QVERIFY(m_tls.isValid());
        QVERIFY(!m_tls.fingerprintSha256.isEmpty());
    }
    void cleanupTestCase() { wharf::test::stopAll(m_stateDir.path()); }

    // Trap 1: a notifier left behind after CURL_POLL_REMOVE watches whatever socket gets
    // that descriptor number next. "Connection: close" makes every request open a new socket,
    // so descriptors are reused all the time; the event dispatcher (the UNIX one, see main())
    // warns about duplicate notifiers, and the engine's books must be empty between requests.
    void socketNotifiersDroppedOnRemove()
    {
        MessageCapture messages;
        CurlEngine engine;
        for (int i = 0; i < 25; ++i) {
            CurlRequest request;
            request.setUrl(url(QStringLiteral("/__wharf__/bytes?n=%1").arg(1000 + i)));
            request.addHeader("Connection", "close");
            request.setConnection(directSettings(), CurlRequest::TlsMode::Verify);
            CurlResult result;
            QVERIFY(run(engine, request, &result));
            QCOMPARE(result.curlCode, 0);
            QCOMPARE(result.body, pattern(0, 1000 + i));
            QCOMPARE(engine.watchedSockets(), 0);
        }
        std::vector<std::unique_ptr<CurlRequest>> parallel;
        int done = 0;
        for (int i = 0; i < 6; ++i) {
            auto request = std::make_unique<CurlRequest>();
            request->setUrl(url(QStringLiteral("/__wharf__/bytes?n=200000")));
            request->addHeader("Connection", "close");
            request->setConnection(directSettings(), CurlRequest::TlsMode::Verify);
            request->setFinishedCallback([&done](const CurlResult &r) {
                done += r.curlCode == 0 && r.httpStatus == 200 ? 1 : 100;
            });
            engine.start(request.get());
            parallel.push_back(std::move(request));
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 20000);
        QCOMPARE(engine.watchedSockets(), 0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(engine.findChildren<QSocketNotifier *>().size(), 0);
        for (const QString &message : messages.messages())
            QVERIFY2(!message.contains(QLatin1String("QSocketNotifier")), qPrintable(message));
        QCOMPARE(engine.recursiveCalls(), 0);
    }

    // Trap 2: curl_multi_* must not run inside a libcurl callback. Starting and aborting from
    // inside the write callback has to be deferred, and the 0 ms timeouts libcurl asks for
    // must go through the event loop.
    void noReentryFromCallbacks()
    {
        CurlEngine engine;
        CurlRequest first, second, third;
        first.setUrl(url(QStringLiteral("/__wharf__/bytes?n=4000000")));
        second.setUrl(url(QStringLiteral("/__wharf__/bytes?n=1000")));
        third.setUrl(url(QStringLiteral("/__wharf__/bytes?n=500")));
        for (CurlRequest *r : {&first, &second, &third})
            r->setConnection(directSettings(), CurlRequest::TlsMode::Verify);
        bool firstFinished = false;
        bool hookSawLibcurl = false;
        int hookCalls = 0;
        first.setFinishedCallback([&](const CurlResult &) { firstFinished = true; });
        first.setWriteHook([&] {
            if (hookCalls++ > 0)
                return;
            hookSawLibcurl = engine.insideLibcurl();
            engine.start(&second);
            engine.abort(&first);
        });
        CurlResult secondResult, thirdResult;
        bool secondDone = false, thirdDone = false;
        second.setFinishedCallback([&](const CurlResult &r) {
            secondResult = r;
            secondDone = true;
            engine.start(&third); // from completion delivery: outside libcurl, runs at once
        });
        third.setFinishedCallback([&](const CurlResult &r) {
            thirdResult = r;
            thirdDone = true;
        });
        engine.start(&first);
        QTRY_VERIFY_WITH_TIMEOUT(thirdDone, 20000);
        QVERIFY(hookSawLibcurl);
        QVERIFY(secondDone);
        QCOMPARE(secondResult.body, pattern(0, 1000));
        QCOMPARE(thirdResult.body, pattern(0, 500));
        QVERIFY(!firstFinished);
        QCOMPARE(engine.runningRequests(), 0);
        QCOMPARE(engine.recursiveCalls(), 0);
    }

    void destroyingRunningRequestAborts()
    {
        CurlEngine engine;
        auto request = std::make_unique<CurlRequest>();
        request->setUrl(url(QStringLiteral("/__wharf__/sleep?seconds=30")));
        request->setConnection(directSettings(), CurlRequest::TlsMode::Verify);
        engine.start(request.get());
        QTRY_COMPARE(engine.runningRequests(), 1);
        QTRY_VERIFY(engine.watchedSockets() > 0);
        request.reset();
        QCOMPARE(engine.runningRequests(), 0);
        QCOMPARE(engine.watchedSockets(), 0);
    }

    // Trap 3: verbose output prints request headers, Authorization included.
    void verboseOutputNeverCarriesTheToken()
    {
        const QByteArray token = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QLoggingCategory::setFilterRules(QStringLiteral("wharf.*.debug=true"));
        MessageCapture messages;
        StderrCapture capture;
        CurlEngine engine;
        CurlRequest request;
        request.setUrl(url(QStringLiteral("/__wharf__/echo")));
        request.setConnection(directSettings(QString::fromLatin1(token)),
                              CurlRequest::TlsMode::Verify);
        CurlResult result;
        const bool ran = run(engine, request, &result);
        const QByteArray err = capture.finish();
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ran);
        const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(echo.value("headers").toObject().value("authorization").toString(),
                 QString::fromLatin1("Bearer " + token)); // it was sent...
        QVERIFY2(!err.contains(token), err.constData()); // ...and never written out
        for (const QString &message : messages.messages())
            QVERIFY2(!message.contains(QString::fromLatin1(token)), qPrintable(message));
    }

    // The policy resets CURLOPT_VERBOSE even if something switched it on, and the control
    // run shows that without it libcurl really does print the token to stderr.
    void loggingPolicyOverridesVerbose()
    {
        const QByteArray token = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray target = url(QStringLiteral("/__wharf__/echo")).toEncoded();
        const QByteArray header = "Authorization: Bearer " + token;
        auto perform = [&](bool policy) {
            CURL *easy = curl_easy_init();
            curl_slist *headers = curl_slist_append(nullptr, header.constData());
            curl_easy_setopt(easy, CURLOPT_URL, target.constData());
            curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
            curl_easy_setopt(easy, CURLOPT_PROXY, "");
            curl_easy_setopt(
                easy, CURLOPT_WRITEFUNCTION, +[](char *, size_t s, size_t n, void *) {
                    return s * n;
                });
            curl_easy_setopt(easy, CURLOPT_VERBOSE, 1L);
            if (policy)
                CurlRequest::applyLoggingPolicy(easy);
            StderrCapture capture;
            const CURLcode code = curl_easy_perform(easy); // blocking is fine in a test
            const QByteArray err = capture.finish();
            curl_easy_cleanup(easy);
            curl_slist_free_all(headers);
            return code == CURLE_OK ? err : QByteArray("perform failed");
        };
        QLoggingCategory::setFilterRules(QStringLiteral("wharf.*.debug=true"));
        MessageCapture messages;
        const QByteArray withPolicy = perform(true);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(!withPolicy.contains(token), withPolicy.constData());
        QVERIFY(!withPolicy.contains("perform failed"));
        for (const QString &message : messages.messages())
            QVERIFY2(!message.startsWith(QLatin1String("curl:")), qPrintable(message));
        const QByteArray control = perform(false);
        QVERIFY2(control.contains(token), "control: verbose libcurl prints the header");
    }

    // Trap 4: the pin is the certificate's SHA-256, as in core/net, checked before sending.
    void tlsWithoutPinFailsAndShowsFingerprint()
    {
        CurlEngine engine;
        Transfer *t = download(
            engine, url(QStringLiteral("/__wharf__/bytes?n=100"), m_tls), directSettings());
        t->start();
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().kind, ApiError::Kind::Tls);
        QCOMPARE(t->error().tlsFingerprint, m_tls.fingerprintSha256);
    }

    void tlsWrongPinFails()
    {
        CurlEngine engine;
        ConnectionSettings settings = directSettings();
        settings.pinnedCertificateSha256 = QString(64, QLatin1Char('a'));
        Transfer *t
            = download(engine, url(QStringLiteral("/__wharf__/bytes?n=100"), m_tls), settings);
        t->start();
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().kind, ApiError::Kind::Tls);
        QCOMPARE(t->error().tlsFingerprint, m_tls.fingerprintSha256);
        QVERIFY2(t->error().message.contains(QLatin1String("not the one trusted")),
                 qPrintable(t->error().message));
    }

    void tlsRightPinWorks()
    {
        CurlEngine engine;
        ConnectionSettings settings = directSettings();
        // Any spelling HttpClient accepts: here lower case without colons.
        settings.pinnedCertificateSha256
            = m_tls.fingerprintSha256.toLower().remove(QLatin1Char(':'));
        Transfer *t
            = download(engine, url(QStringLiteral("/__wharf__/bytes?n=300000"), m_tls), settings);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY2(t->state() == Transfer::State::Completed, qPrintable(t->error().toString()));
        QFile file(t->spec().finalPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pattern(0, 300000));

        const QString source = m_files.filePath(QStringLiteral("pinned-upload.bin"));
        const QByteArray sha = writeRandomFile(source, 1500000);
        TransferSpec spec;
        spec.id = QStringLiteral("pinned-upload");
        spec.kind = TransferSpec::Kind::Upload;
        spec.url = url(QStringLiteral("/__wharf__/sink"), m_tls);
        spec.localPath = source;
        Transfer upload(&engine, spec);
        upload.setConnectionProvider([settings] { return settings; });
        upload.start();
        QVERIFY(waitFinished(&upload));
        QVERIFY2(upload.state() == Transfer::State::Completed,
                 qPrintable(upload.error().toString()));
        const QJsonObject reply = QJsonDocument::fromJson(upload.responseBody()).object();
        QCOMPARE(reply.value("sha256").toString().toLatin1(), sha);
    }

    // Nothing of a request (token included) reaches a server whose certificate is not pinned.
    void wrongPinSendsNothing()
    {
        const QString marker = QUuid::createUuid().toString(QUuid::Id128);
        CurlEngine engine;
        ConnectionSettings settings = directSettings(QStringLiteral("secret-pin-test"));
        settings.pinnedCertificateSha256 = QString(64, QLatin1Char('b'));
        CurlRequest wrong;
        wrong.setUrl(url(QStringLiteral("/__wharf__/echo?marker=wrong-") + marker, m_tls));
        wrong.setConnection(settings, CurlRequest::TlsMode::Pinned);
        CurlResult result;
        QVERIFY(run(engine, wrong, &result));
        QVERIFY(result.pinMismatch);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.peerFingerprint, m_tls.fingerprintSha256);

        settings.pinnedCertificateSha256 = m_tls.fingerprintSha256;
        CurlRequest right;
        right.setUrl(url(QStringLiteral("/__wharf__/echo?marker=right-") + marker, m_tls));
        right.setConnection(settings, CurlRequest::TlsMode::Pinned);
        QVERIFY(run(engine, right, &result));
        QCOMPARE(result.httpStatus, 200);
        const QString logPath = QDir(m_stateDir.path()).filePath(QStringLiteral("contaxy.log"));
        auto logHas = [&logPath](const QByteArray &needle) {
            QFile log(logPath);
            return log.open(QIODevice::ReadOnly) && log.readAll().contains(needle);
        };
        QTRY_VERIFY(logHas("right-" + marker.toLatin1()));
        QVERIFY(!logHas("wrong-" + marker.toLatin1()));
    }

    // Trap 5: libcurl reads http_proxy from the environment unless CURLOPT_PROXY is set.
    void environmentProxyIgnoredForNoProxy()
    {
        ForwardProxy proxy;
        QVERIFY(proxy.isListening());
        const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.port());
        const QByteArray oldProxy = qgetenv("http_proxy");
        const QByteArray oldNoProxy = qgetenv("no_proxy");
        const QByteArray oldNoProxyUpper = qgetenv("NO_PROXY");
        qputenv("http_proxy", proxyUrl);
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        auto restore = qScopeGuard([&] {
            if (oldProxy.isNull())
                qunsetenv("http_proxy");
            else
                qputenv("http_proxy", oldProxy);
            if (!oldNoProxy.isNull())
                qputenv("no_proxy", oldNoProxy);
            if (!oldNoProxyUpper.isNull())
                qputenv("NO_PROXY", oldNoProxyUpper);
        });

        CurlEngine engine;
        CurlRequest request;
        request.setUrl(url(QStringLiteral("/__wharf__/echo")));
        request.setConnection(directSettings(), CurlRequest::TlsMode::Verify);
        CurlResult result;
        QVERIFY(run(engine, request, &result));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(proxy.requestCount(), 0);

        // Control: libcurl left to itself (the curl tool) does go through that variable.
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"),
                    QStringLiteral("-o"),
                    QStringLiteral("/dev/null"),
                    url(QStringLiteral("/__wharf__/echo")).toString()});
        QVERIFY(curl.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 20000);
        QCOMPARE(proxy.requestCount(), 1);
    }

    void configuredProxyIsUsedWithCredentials()
    {
        ForwardProxy proxy;
        proxy.requireCredentials("proxyuser", "proxy-pass");
        CurlEngine engine;
        ConnectionSettings settings = directSettings();
        settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy,
                                       QStringLiteral("127.0.0.1"),
                                       proxy.port(),
                                       QStringLiteral("proxyuser"),
                                       QStringLiteral("proxy-pass"));
        CurlRequest request;
        request.setUrl(url(QStringLiteral("/__wharf__/echo")));
        request.setConnection(settings, CurlRequest::TlsMode::Verify);
        CurlResult result;
        QVERIFY(run(engine, request, &result));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(proxy.requestCount(), 1);
        QCOMPARE(proxy.rejectedCount(), 0);
        QVERIFY(proxy.requestLines().first().startsWith(
            "GET " + url(QStringLiteral("/__wharf__/echo")).toEncoded()));
        const QJsonObject headers
            = QJsonDocument::fromJson(result.body).object().value("headers").toObject();
        QCOMPARE(headers.value("authorization").toString(), QStringLiteral("Bearer test-token"));

        settings.proxy.setPassword(QStringLiteral("wrong"));
        Transfer *t = download(engine, url(QStringLiteral("/__wharf__/bytes?n=10")), settings);
        t->start();
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().code, QStringLiteral("proxy-auth"));
        QCOMPARE(proxy.rejectedCount(), 1);
    }

    void httpsThroughProxyTunnelWithPin()
    {
        ForwardProxy proxy;
        CurlEngine engine;
        ConnectionSettings settings = directSettings();
        settings.proxy
            = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
        settings.pinnedCertificateSha256 = m_tls.fingerprintSha256;
        Transfer *t
            = download(engine, url(QStringLiteral("/__wharf__/bytes?n=5000"), m_tls), settings);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY2(t->state() == Transfer::State::Completed, qPrintable(t->error().toString()));
        QCOMPARE(proxy.requestCount(), 1);
        QVERIFY(proxy.requestLines().first().startsWith("CONNECT 127.0.0.1:"));
    }
};

int main(int argc, char **argv)
{
    // The UNIX event dispatcher warns about two notifiers on one descriptor; glib's does not.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    TestCurlEngine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_curlengine.moc"
