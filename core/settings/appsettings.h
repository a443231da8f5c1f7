#pragma once

#include "net/proxysettings.h"

#include <QObject>
#include <QString>

class QSettings;

namespace wharf {

// Typed, validated access to the application's preferences in QSettings. Never holds a
// secret: the proxy password lives in the CredentialStore under proxyCredentialId().
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Appearance { System, Light, Dark };
    Q_ENUM(Appearance)
    // What changed() reports, so listeners can ignore what they don't follow.
    enum class Key { Proxy, Language, Appearance, StartPage, DownloadFolder, Notifications };
    Q_ENUM(Key)

    // settings is not owned; nullptr = the application's default QSettings.
    explicit AppSettings(QSettings *settings = nullptr, QObject *parent = nullptr);

    // The CredentialStore entry holding the proxy password, as Secrets{{"password", ...}}.
    static QString proxyCredentialId() { return QStringLiteral("proxy"); }
    static QString proxyPasswordKey() { return QStringLiteral("password"); }

    // Setters validate first: on failure nothing is stored, `error` gets a translated reason
    // and false is returned. changed() is emitted only when a value really changes.
    net::ProxySettings proxy() const;
    bool setProxy(const net::ProxySettings &proxy, QString *error = nullptr);

    // The proxy password in the keychain changed while proxy() stayed the same: emits
    // changed(Key::Proxy) so the new password is read and applied.
    void notifyProxyCredentialsChanged() { Q_EMIT changed(Key::Proxy); }

    // "" follows the system; otherwise a locale name such as "de" or "pt_BR".
    QString language() const;
    bool setLanguage(const QString &language, QString *error = nullptr);

    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // Id of the page shown at start; "" = the main window's default.
    QString startPage() const;
    void setStartPage(const QString &pageId);

    QString downloadFolder() const;
    bool setDownloadFolder(const QString &folder, QString *error = nullptr);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Validation shared with the settings dialog; each returns "" when valid.
    static QString languageError(const QString &language);
    static QString downloadFolderError(const QString &folder);
    static QString defaultDownloadFolder();

    static QString appearanceId(Appearance appearance); // "system", "light", "dark"
    static Appearance appearanceFromId(const QString &id);

Q_SIGNALS:
    void changed(wharf::AppSettings::Key key);

private:
    net::ProxySettings storedProxy() const; // as written, before falling back from a bad one
    void store(Key key, const char *name, const QVariant &value);

    QSettings *m_settings;
};

} // namespace wharf
