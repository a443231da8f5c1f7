#include "proxysettings.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>

namespace wharf::net {

namespace {

bool isLoopback(const QString &host)
{
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString ProxySettings::validationError() const
{
    if (mode != Mode::Manual)
        return {};
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the proxy server's host name.");
    if (trimmed.contains(u"://"))
        return tr("Enter only the host name of the proxy, without \"http://\" or \"socks5://\".");
    QUrl probe;
    probe.setHost(trimmed, QUrl::StrictMode);
    if (!probe.isValid() || probe.host().isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return tr("\"%1\" is not a valid host name.").arg(trimmed.left(64));
    if (port < 1 || port > 65535)
        return tr("The proxy port must be a number from 1 to 65535.");
    return {};
}

bool ProxySettings::bypasses(const QUrl &target) const
{
    const QString targetHost = target.host().toLower();
    if (targetHost.isEmpty())
        return false;
    if (isLoopback(targetHost))
        return true; // local services and the sign-in callback listener never go via a proxy
    for (const QString &raw : noProxyHosts) {
        const QString entry = raw.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        // Like curl's NO_PROXY: "example.org" and ".example.org" both cover the subdomains.
        const QString domain = entry.startsWith(QLatin1Char('.')) ? entry.mid(1) : entry;
        if (targetHost == domain || targetHost.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    return false;
}

QNetworkProxy ProxySettings::toQNetworkProxy(const QString &password, const QUrl &target) const
{
    switch (mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual:
        break;
    }
    if (target.isValid() && bypasses(target))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(type == Type::Socks5 ? QNetworkProxy::Socks5Proxy
                                              : QNetworkProxy::HttpProxy,
                         host.trimmed(),
                         quint16(port),
                         user,
                         password);
}

ProxySettings::CurlProxy ProxySettings::forCurl(const QUrl &target, const QString &password) const
{
    switch (mode) {
    case Mode::None:
        return {};
    case Mode::System: {
        const QList<QNetworkProxy> proxies
            = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
        // libcurl takes one proxy; the system's list ends with a direct fallback anyway.
        return proxies.isEmpty() ? CurlProxy() : curlProxyFrom(proxies.first());
    }
    case Mode::Manual:
        break;
    }
    if (bypasses(target))
        return {};
    return curlProxyFrom(toQNetworkProxy(password));
}

ProxySettings::CurlProxy ProxySettings::curlProxyFrom(const QNetworkProxy &proxy)
{
    QUrl url;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        url.setScheme(QStringLiteral("http"));
        break;
    case QNetworkProxy::Socks5Proxy:
        // socks5h: the proxy resolves host names, as Qt's SOCKS5 client does by default.
        url.setScheme(QStringLiteral("socks5h"));
        break;
    default:
        return {};
    }
    if (proxy.hostName().isEmpty())
        return {};
    url.setHost(proxy.hostName());
    url.setPort(proxy.port() > 0 ? proxy.port() : -1);
    return {url.toEncoded(), proxy.user().toUtf8(), proxy.password().toUtf8()};
}

QString ProxySettings::modeId(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromId(const QString &id, Mode fallback)
{
    for (Mode mode : {Mode::System, Mode::None, Mode::Manual}) {
        if (id == modeId(mode))
            return mode;
    }
    return fallback;
}

QString ProxySettings::typeId(Type type)
{
    return type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
}

ProxySettings::Type ProxySettings::typeFromId(const QString &id, Type fallback)
{
    if (id == typeId(Type::Http))
        return Type::Http;
    if (id == typeId(Type::Socks5))
        return Type::Socks5;
    return fallback;
}

} // namespace wharf::net
