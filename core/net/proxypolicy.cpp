#include "proxypolicy.h"

#include <QNetworkProxyFactory>

#include <atomic>

namespace wharf::net {

namespace {

std::atomic_bool g_installed {false};

// Qt asks this for every connection, so per-host bypass rules work for all requests.
class PolicyFactory : public QNetworkProxyFactory
{
public:
    PolicyFactory(ProxySettings settings, QString password)
        : m_settings(std::move(settings))
        , m_password(std::move(password))
    { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        switch (m_settings.mode) {
        case ProxySettings::Mode::System:
            return systemProxyForQuery(query);
        case ProxySettings::Mode::None:
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        case ProxySettings::Mode::Manual:
            break;
        }
        return {m_settings.toQNetworkProxy(m_password, query.url())};
    }

private:
    ProxySettings m_settings;
    QString m_password;
};

} // namespace

void installProxyPolicy(const ProxySettings &settings, const QString &password)
{
    g_installed = true;
    // Takes ownership and deletes the previous factory.
    QNetworkProxyFactory::setApplicationProxyFactory(new PolicyFactory(settings, password));
}

bool isProxyPolicyInstalled()
{
    return g_installed;
}

} // namespace wharf::net
