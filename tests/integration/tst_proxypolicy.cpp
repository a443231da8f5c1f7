#include "emulators.h"
#include "forwardproxy.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/proxypolicy.h"

#include <QNetworkProxyFactory>
#include <QtTest>

using namespace wharf;

namespace {
net::ApiResponse run(net::HttpClient &client, const QString &path)
{
    std::unique_ptr<net::ApiCall> call(client.send(net::ApiRequest::get(path)));
    QSignalSpy spy(call.get(), &net::ApiCall::finished);
    if (!spy.wait(20000))
        return {};
    return spy.at(0).at(0).value<net::ApiResponse>();
}

QList<QNetworkProxy> proxiesFor(const QString &url)
{
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(url)));
}
} // namespace

// The proxy settings reach QNetworkAccessManager: the policy every connection follows, and a
// real request through a loopback proxy that demands credentials and counts requests.
class TestProxyPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void policyChoosesPerMode()
    {
        net::ProxySettings manual;
        manual.mode = net::ProxySettings::Mode::Manual;
        manual.host = QStringLiteral("proxy.example.test");
        manual.port = 3128;
        manual.user = QStringLiteral("pat");
        manual.noProxyHosts = {QStringLiteral(".intranet.test")};
        net::installProxyPolicy(manual, QStringLiteral("s3cret"));
        QVERIFY(net::isProxyPolicyInstalled());
        const QNetworkProxy used
            = proxiesFor(QStringLiteral("https://contaxy.example.org/")).value(0);
        QCOMPARE(used.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(used.hostName(), QStringLiteral("proxy.example.test"));
        QCOMPARE(used.port(), quint16(3128));
        QCOMPARE(used.user(), QStringLiteral("pat"));
        QCOMPARE(used.password(), QStringLiteral("s3cret"));
        QCOMPARE(proxiesFor(QStringLiteral("https://wiki.intranet.test/")).value(0).type(),
                 QNetworkProxy::NoProxy);
        QCOMPARE(proxiesFor(QStringLiteral("http://127.0.0.1:8080/")).value(0).type(),
                 QNetworkProxy::NoProxy);

        net::ProxySettings none;
        none.mode = net::ProxySettings::Mode::None;
        net::installProxyPolicy(none, QString());
        QCOMPARE(proxiesFor(QStringLiteral("https://contaxy.example.org/")).value(0).type(),
                 QNetworkProxy::NoProxy);
    }

    void requestsGoThroughAnAuthenticatingProxy()
    {
        const auto contaxy = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(contaxy.isValid());
        ForwardProxy proxy;
        proxy.requireCredentials("pat", "s3cret");
        QVERIFY(proxy.port() > 0);

        net::HttpClient client(contaxy.url);
        client.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy,
                                      QStringLiteral("127.0.0.1"),
                                      proxy.port(),
                                      QStringLiteral("pat"),
                                      QStringLiteral("s3cret")));
        net::ApiResponse response = run(client, QStringLiteral("/system/info"));
        QVERIFY2(response.ok(), qPrintable(response.error.toString()));
        // Qt first asks without credentials; after the 407 it sends them: one request accepted.
        QCOMPARE(proxy.requestCount() - proxy.rejectedCount(), 1);
        QVERIFY(proxy.requestLines().constLast().contains("/system/info"));

        // Wrong password: the proxy refuses (407) and the call fails with a message.
        net::HttpClient wrong(contaxy.url);
        wrong.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy,
                                     QStringLiteral("127.0.0.1"),
                                     proxy.port(),
                                     QStringLiteral("pat"),
                                     QStringLiteral("nope")));
        response = run(wrong, QStringLiteral("/system/info"));
        QVERIFY(!response.ok());
        QVERIFY(!response.error.message.isEmpty());
        QVERIFY(proxy.rejectedCount() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestProxyPolicy)
#include "tst_proxypolicy.moc"
