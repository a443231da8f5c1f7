#include "net/proxysettings.h"

#include <QNetworkProxy>
#include <QTest>

using wharf::net::ProxySettings;

// The proxy value type: validation, the QNetworkProxy for QNAM and the URL for libcurl.
class TestProxySettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validation_data();
    void validation();
    void toQNetworkProxy();
    void curlManual_data();
    void curlManual();
    void bypass_data();
    void bypass();
    void curlSystemFollowsEnvironment();
    void ids();
};

namespace {

ProxySettings manual(ProxySettings::Type type, const QString &host, int port)
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.type = type;
    proxy.host = host;
    proxy.port = port;
    return proxy;
}

} // namespace

void TestProxySettings::initTestCase()
{
    // libproxy reads the desktop's proxy settings in a desktop session; the System test wants
    // the environment variables alone.
    for (const char *name : {"XDG_CURRENT_DESKTOP",
                             "DESKTOP_SESSION",
                             "GNOME_DESKTOP_SESSION_ID",
                             "KDE_FULL_SESSION",
                             "all_proxy",
                             "ALL_PROXY",
                             "HTTPS_PROXY"})
        qunsetenv(name);
}

void TestProxySettings::validation_data()
{
    QTest::addColumn<ProxySettings>("proxy");
    QTest::addColumn<bool>("valid");
    const auto http = ProxySettings::Type::Http;
    QTest::newRow("system needs nothing") << ProxySettings() << true;
    QTest::newRow("http") << manual(http, QStringLiteral("proxy.example"), 3128) << true;
    QTest::newRow("ipv6") << manual(http, QStringLiteral("::1"), 3128) << true;
    QTest::newRow("empty host") << manual(http, QStringLiteral("  "), 3128) << false;
    QTest::newRow("scheme") << manual(http, QStringLiteral("http://p.example"), 80) << false;
    QTest::newRow("space") << manual(http, QStringLiteral("p example"), 80) << false;
    QTest::newRow("port 0") << manual(http, QStringLiteral("p.example"), 0) << false;
    QTest::newRow("port 65536") << manual(http, QStringLiteral("p.example"), 65536) << false;
    QTest::newRow("port 65535") << manual(http, QStringLiteral("p.example"), 65535) << true;
}

void TestProxySettings::validation()
{
    QFETCH(ProxySettings, proxy);
    QFETCH(bool, valid);
    QCOMPARE(proxy.isValid(), valid);
    QCOMPARE(proxy.validationError().isEmpty(), valid);
}

void TestProxySettings::toQNetworkProxy()
{
    ProxySettings system;
    QCOMPARE(system.toQNetworkProxy().type(), QNetworkProxy::DefaultProxy);
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QCOMPARE(none.toQNetworkProxy().type(), QNetworkProxy::NoProxy);

    ProxySettings socks = manual(ProxySettings::Type::Socks5, QStringLiteral("s.example"), 1080);
    socks.user = QStringLiteral("alice");
    socks.noProxyHosts = {QStringLiteral(".intranet.example")};
    const QNetworkProxy proxy = socks.toQNetworkProxy(QStringLiteral("pw"));
    QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("s.example"));
    QCOMPARE(proxy.port(), quint16(1080));
    QCOMPARE(proxy.user(), QStringLiteral("alice"));
    QCOMPARE(proxy.password(), QStringLiteral("pw"));
    const QUrl inside(QStringLiteral("https://git.intranet.example/api"));
    QCOMPARE(socks.toQNetworkProxy(QStringLiteral("pw"), inside).type(), QNetworkProxy::NoProxy);
    const QUrl outside(QStringLiteral("https://contaxy.example.org/api"));
    QCOMPARE(socks.toQNetworkProxy(QStringLiteral("pw"), outside).type(),
             QNetworkProxy::Socks5Proxy);
}

void TestProxySettings::curlManual_data()
{
    QTest::addColumn<ProxySettings>("proxy");
    QTest::addColumn<QByteArray>("url");
    const QUrl target(QStringLiteral("https://server.example/files"));
    QTest::newRow("http") << manual(ProxySettings::Type::Http, QStringLiteral("p.example"), 3128)
                          << QByteArray("http://p.example:3128");
    QTest::newRow("socks5 resolves remotely")
        << manual(ProxySettings::Type::Socks5, QStringLiteral("p.example"), 1080)
        << QByteArray("socks5h://p.example:1080");
    QTest::newRow("ipv6") << manual(ProxySettings::Type::Http, QStringLiteral("fd00::5"), 8080)
                          << QByteArray("http://[fd00::5]:8080");
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QTest::newRow("none") << none << QByteArray();
}

void TestProxySettings::curlManual()
{
    QFETCH(ProxySettings, proxy);
    QFETCH(QByteArray, url);
    proxy.user = QStringLiteral("bob");
    const QUrl target(QStringLiteral("https://server.example/files"));
    const ProxySettings::CurlProxy curl = proxy.forCurl(target, QStringLiteral("sécret"));
    QCOMPARE(curl.url, url);
    QCOMPARE(proxy.curlProxyUrl(target), url);
    const bool used = !url.isEmpty();
    QCOMPARE(curl.userName, used ? QByteArray("bob") : QByteArray());
    QCOMPARE(curl.password, used ? QStringLiteral("sécret").toUtf8() : QByteArray());
    QVERIFY(!curl.url.contains("bob")); // credentials go in their own options, not the URL
}

void TestProxySettings::bypass_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("bypassed");
    QTest::newRow("loopback name") << QStringLiteral("http://localhost:8080/cb") << true;
    QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080/cb") << true;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080/cb") << true;
    QTest::newRow("listed host") << QStringLiteral("https://ivcap.lab/") << true;
    QTest::newRow("listed domain") << QStringLiteral("https://a.b.corp.example/") << true;
    QTest::newRow("domain itself") << QStringLiteral("https://corp.example/") << true;
    QTest::newRow("look-alike") << QStringLiteral("https://evilcorp.example/") << false;
    QTest::newRow("elsewhere") << QStringLiteral("https://contaxy.example.org/") << false;
}

void TestProxySettings::bypass()
{
    QFETCH(QString, target);
    QFETCH(bool, bypassed);
    ProxySettings proxy = manual(ProxySettings::Type::Http, QStringLiteral("p.example"), 3128);
    proxy.noProxyHosts = {QStringLiteral("IVCAP.lab"), QStringLiteral(" .corp.example ")};
    QCOMPARE(proxy.bypasses(QUrl(target)), bypassed);
    QCOMPARE(proxy.curlProxyUrl(QUrl(target)).isEmpty(), bypassed);
}

void TestProxySettings::curlSystemFollowsEnvironment()
{
    // System = whatever QNetworkProxyFactory::systemProxyForQuery says for the target URL; on
    // Linux without a desktop session that is http_proxy/no_proxy.
    qputenv("http_proxy", "http://carol:pw%40x@sysproxy.example:3128");
    qputenv("no_proxy", "direct.example");
    const ProxySettings system;
    const ProxySettings::CurlProxy viaProxy
        = system.forCurl(QUrl(QStringLiteral("http://server.example/x")));
    QCOMPARE(viaProxy.url, QByteArray("http://sysproxy.example:3128"));
    QCOMPARE(viaProxy.userName, QByteArray("carol"));
    QCOMPARE(viaProxy.password, QByteArray("pw@x"));
    QCOMPARE(system.curlProxyUrl(QUrl(QStringLiteral("http://direct.example/x"))), QByteArray());
    qunsetenv("http_proxy");
    qunsetenv("no_proxy");
    QCOMPARE(system.curlProxyUrl(QUrl(QStringLiteral("http://server.example/x"))), QByteArray());
}

void TestProxySettings::ids()
{
    using M = ProxySettings::Mode;
    for (M mode : {M::System, M::None, M::Manual})
        QCOMPARE(ProxySettings::modeFromId(ProxySettings::modeId(mode)), mode);
    QCOMPARE(ProxySettings::modeFromId(QStringLiteral("bogus")), M::System);
    using T = ProxySettings::Type;
    QCOMPARE(ProxySettings::typeFromId(ProxySettings::typeId(T::Socks5)), T::Socks5);
    QCOMPARE(ProxySettings::typeFromId(QStringLiteral("ftp")), T::Http);
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
