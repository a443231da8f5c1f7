#include "accounts/platformprobe.h"
#include "cannedserver.h"
#include "emulators.h"

#include <QTcpServer>
#include <QtTest>

using namespace wharf;
using net::ApiError;

namespace {
ProbeResult probe(const QUrl &url)
{
    PlatformProbe probe(url);
    QSignalSpy spy(&probe, &PlatformProbe::finished);
    probe.start();
    if (!spy.wait(30000))
        return ProbeResult {};
    return spy.at(0).at(0).value<ProbeResult>();
}
} // namespace

class TestPlatformProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsEachPlatform_data()
    {
        QTest::addColumn<QString>("emulator");
        QTest::addColumn<int>("kind");
        QTest::newRow("contaxy") << QStringLiteral("contaxy") << int(PlatformKind::Contaxy);
        QTest::newRow("projectw") << QStringLiteral("projectw") << int(PlatformKind::ProjectW);
        QTest::newRow("ivcap") << QStringLiteral("ivcap") << int(PlatformKind::Ivcap);
    }
    void detectsEachPlatform()
    {
        QFETCH(QString, emulator);
        QFETCH(int, kind);
        const auto server = test::emulator(emulator);
        QVERIFY(server.isValid());
        const ProbeResult result = probe(server.url);
        QVERIFY2(!result.error, qPrintable(result.error.toString()));
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.apiRoot, server.url);
        if (result.kind != PlatformKind::Ivcap)
            QVERIFY(!result.version.isEmpty());
    }

    void unreachableHost()
    {
        // A port that was just free: nothing listens there.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        const ProbeResult result = probe(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(result.kind, PlatformKind::Unknown);
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QVERIFY2(result.error.message.contains(QStringLiteral("refused")),
                 qPrintable(result.error.message));
    }

    void serverThatIsNoneOfThem()
    {
        test::CannedServer server(404, R"({"error":"no such route"})", "application/json");
        const ProbeResult result = probe(server.url());
        QCOMPARE(result.kind, PlatformKind::Unknown);
        QCOMPARE(result.error.kind, ApiError::Kind::NotFound);
        QVERIFY2(result.error.message.contains(QStringLiteral("not a Contaxy, Project-W or IVCAP")),
                 qPrintable(result.error.message));
        QCOMPARE(server.requestCount(), 4);
    }

    void htmlInsteadOfJson()
    {
        test::CannedServer server(200, "<!doctype html><title>Welcome</title>", "text/html");
        const ProbeResult result = probe(server.url());
        QCOMPARE(result.kind, PlatformKind::Unknown);
        QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(result.error.message.contains(QStringLiteral("web pages")),
                 qPrintable(result.error.message));
    }

    void brokenAuthInfo()
    {
        test::CannedServer server(200, "version: 7\n", "application/yaml");
        const ProbeResult result = probe(server.url());
        QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(result.error.message.contains(QStringLiteral("authinfo.yaml")),
                 qPrintable(result.error.message));
    }
};

QTEST_GUILESS_MAIN(TestPlatformProbe)
#include "tst_platformprobe.moc"
