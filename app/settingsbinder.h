#pragma once

#include "settings/appsettings.h"

#include <QObject>
#include <QPointer>

namespace wharf {
class LanguageManager;
namespace auth {
class CredentialStore;
}
namespace notify {
class Notifier;
}
namespace ui {
class Appearance;
}

// Applies the user's settings to the running app, at start and whenever they change:
// appearance, language, notifications, and the proxy policy every connection follows.
class SettingsBinder : public QObject
{
    Q_OBJECT
public:
    SettingsBinder(AppSettings *settings,
                   auth::CredentialStore *credentials,
                   LanguageManager *languages,
                   QObject *parent = nullptr);

    void setNotifier(notify::Notifier *notifier);
    void applyAll();
    // For this run only, without changing the stored setting (--appearance).
    void overrideAppearance(AppSettings::Appearance appearance);
    // The proxy password as last read from the keychain (for the transfer engine).
    QString proxyPassword() const { return m_proxyPassword; }

Q_SIGNALS:
    void proxyApplied();

private:
    void applyProxy();

    AppSettings *m_settings;
    auth::CredentialStore *m_credentials;
    LanguageManager *m_languages;
    ui::Appearance *m_appearance;
    QPointer<notify::Notifier> m_notifier;
    QString m_proxyPassword;
};

} // namespace wharf
