#include "settingsbinder.h"

#include "auth/credentialstore.h"
#include "i18n/languagemanager.h"
#include "net/proxypolicy.h"
#include "notify/notifier.h"
#include "settings/appsettings.h"
#include "shell/appearance.h"

namespace wharf {

SettingsBinder::SettingsBinder(AppSettings *settings,
                               auth::CredentialStore *credentials,
                               LanguageManager *languages,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_languages(languages)
    , m_appearance(new ui::Appearance(this))
{
    connect(settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        switch (key) {
        case AppSettings::Key::Appearance:
            m_appearance->setMode(m_settings->appearance());
            break;
        case AppSettings::Key::Language:
            if (m_languages)
                m_languages->setLanguage(m_settings->language());
            break;
        case AppSettings::Key::Notifications:
            if (m_notifier)
                m_notifier->setEnabled(m_settings->notificationsEnabled());
            break;
        case AppSettings::Key::Proxy:
            applyProxy();
            break;
        case AppSettings::Key::StartPage:
        case AppSettings::Key::DownloadFolder:
            break; // read when used
        }
    });
}

void SettingsBinder::setNotifier(notify::Notifier *notifier)
{
    m_notifier = notifier;
    if (notifier)
        notifier->setEnabled(m_settings->notificationsEnabled());
}

void SettingsBinder::applyAll()
{
    m_appearance->setMode(m_settings->appearance());
    applyProxy();
}

void SettingsBinder::overrideAppearance(AppSettings::Appearance appearance)
{
    m_appearance->setMode(appearance);
}

void SettingsBinder::applyProxy()
{
    const net::ProxySettings proxy = m_settings->proxy();
    if (proxy.mode != net::ProxySettings::Mode::Manual || proxy.user.isEmpty() || !m_credentials) {
        m_proxyPassword.clear();
        net::installProxyPolicy(proxy, QString());
        Q_EMIT proxyApplied();
        return;
    }
    // The password comes from the keychain; until it arrives the proxy is used without it.
    net::installProxyPolicy(proxy, QString());
    auto *job = m_credentials->read(AppSettings::proxyCredentialId(), this);
    connect(job,
            &auth::CredentialJob::finished,
            this,
            [this, job, proxy](const auth::CredentialResult &result) {
                job->deleteLater();
                if (!result.ok())
                    qWarning("proxy password unavailable: %s", qPrintable(result.error.message));
                m_proxyPassword = result.secrets.value(AppSettings::proxyPasswordKey());
                net::installProxyPolicy(proxy, m_proxyPassword);
                Q_EMIT proxyApplied();
            });
}

} // namespace wharf
