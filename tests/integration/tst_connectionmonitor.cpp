#include "accounts/platformprobe.h"
#include "emulators.h"
#include "net/connectionmonitor.h"
#include "net/httpclient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;
using State = net::ConnectionMonitor::State;

class TestConnectionMonitor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_stateDir;

private Q_SLOTS:
    void cleanupTestCase() { test::stopAll(m_stateDir.path()); }

    void followsTheServerThroughAnOutage()
    {
        const auto contaxy = test::emulator(QStringLiteral("contaxy"));
        const auto proxy
            = test::startProxy(m_stateDir.path(), QStringLiteral("outage"), contaxy, {});
        QVERIFY(proxy.isValid());
        net::HttpClient client(proxy.url);
        net::ConnectionMonitor monitor(&client, discoveryRequest(PlatformKind::Contaxy));
        monitor.setBackoff(50, 200, 3);
        QSignalSpy changes(&monitor, &net::ConnectionMonitor::stateChanged);
        monitor.start();
        QTRY_COMPARE(monitor.state(), State::Online);

        // The network goes away: reconnecting first, offline after three failed attempts.
        QVERIFY(test::setProxyMode(proxy, R"({"refuse": true})"));
        monitor.retryNow();
        QTRY_COMPARE(monitor.state(), State::Reconnecting);
        QVERIFY(monitor.lastError().kind == net::ApiError::Kind::Network);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Offline, 5000);
        QVERIFY(monitor.secondsUntilRetry() >= 0);

        // Back: the automatic retry finds it without the user doing anything.
        QVERIFY(test::setProxyMode(proxy, "{}"));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, 5000);
        QVERIFY(!monitor.lastError());
        const QList<State> seen = [&] {
            QList<State> states;
            for (const auto &args : changes)
                states << args.at(0).value<State>();
            return states;
        }();
        QCOMPARE(
            seen,
            (QList<State> {State::Online, State::Reconnecting, State::Offline, State::Online}));
    }

    void realCallsReportOutcomes()
    {
        const auto contaxy = test::emulator(QStringLiteral("contaxy"));
        net::HttpClient client(contaxy.url);
        net::ConnectionMonitor monitor(&client, discoveryRequest(PlatformKind::Contaxy));
        monitor.setBackoff(60000, 60000, 1);
        monitor.report(net::ApiError::make(net::ApiError::Kind::Network, QStringLiteral("cut")));
        QCOMPARE(monitor.state(), State::Offline);
        // An HTTP answer, even an error, proves the server is reachable.
        monitor.report(net::ApiError::make(net::ApiError::Kind::Unauthorized, QString(), 401));
        QCOMPARE(monitor.state(), State::Online);
    }
};

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"
