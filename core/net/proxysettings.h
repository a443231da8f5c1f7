#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wharf::net {

// How Wharf reaches servers: the system's proxy configuration, no proxy, or one proxy the user
// entered. A plain value; the password is never part of it (it lives in the keychain) and is
// passed in where a proxy is built.
class ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)
public:
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    // What libcurl needs: CURLOPT_PROXY, CURLOPT_PROXYUSERNAME, CURLOPT_PROXYPASSWORD.
    struct CurlProxy
    {
        // Empty means "no proxy": libcurl then also ignores http_proxy & co., which is what
        // the user asked for (None) or what the system configuration resolved to.
        QByteArray url;
        QByteArray userName; // empty = none
        QByteArray password; // empty = none
    };

    Mode mode = Mode::System;
    Type type = Type::Http;
    QString host;
    int port = 0;
    QString user;
    // Manual mode: hosts reached directly ("intranet.example", ".example.org" for a domain and
    // its subdomains, "10.0.0.1"). Loopback is always reached directly.
    QStringList noProxyHosts;

    // A translated reason why a Manual proxy cannot be used; empty when usable.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    // For QNetworkAccessManager::setProxy. System gives DefaultProxy, which QNAM resolves through
    // the application proxy factory (the system configuration, see HttpClient). With a target,
    // hosts on the no-proxy list and loopback get NoProxy.
    QNetworkProxy toQNetworkProxy(const QString &password = {}, const QUrl &target = {}) const;

    // For libcurl (the transfer engine). System resolves what the system configuration
    // (QNetworkProxyFactory::systemProxyForQuery) says for `target`, including its credentials.
    CurlProxy forCurl(const QUrl &target, const QString &password = {}) const;
    QByteArray curlProxyUrl(const QUrl &target) const { return forCurl(target).url; }
    // The libcurl form of one proxy ("http://host:port", "socks5h://[::1]:1080").
    static CurlProxy curlProxyFrom(const QNetworkProxy &proxy);

    // Whether a Manual proxy is bypassed for this host.
    bool bypasses(const QUrl &target) const;

    static QString modeId(Mode mode); // stable ids for settings: "system", "none", "manual"
    static Mode modeFromId(const QString &id, Mode fallback = Mode::System);
    static QString typeId(Type type); // "http", "socks5"
    static Type typeFromId(const QString &id, Type fallback = Type::Http);

    bool operator==(const ProxySettings &other) const = default;
};

} // namespace wharf::net
