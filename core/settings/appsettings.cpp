#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace wharf {

namespace {

Q_LOGGING_CATEGORY(lcSettings, "wharf.settings", QtInfoMsg)

// Stable keys: the GUI and wharf-cli share the file, and so do older and newer versions.
constexpr const char *kProxyMode = "network/proxy/mode";
constexpr const char *kProxyType = "network/proxy/type";
constexpr const char *kProxyHost = "network/proxy/host";
constexpr const char *kProxyPort = "network/proxy/port";
constexpr const char *kProxyUser = "network/proxy/user";
constexpr const char *kProxyNoProxy = "network/proxy/noProxyHosts";
constexpr const char *kLanguage = "interface/language";
constexpr const char *kAppearance = "interface/appearance";
constexpr const char *kStartPage = "interface/startPage";
constexpr const char *kNotifications = "interface/notifications";
constexpr const char *kDownloadFolder = "transfers/downloadFolder";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings(this))
{ }

// Callers compare with the current value first: a default that was never written must not
// count as a change.
void AppSettings::store(Key changedKey, const char *name, const QVariant &value)
{
    m_settings->setValue(key(name), value);
    m_settings->sync(); // the GUI and wharf-cli may share the file
    Q_EMIT changed(changedKey);
}

net::ProxySettings AppSettings::storedProxy() const
{
    using net::ProxySettings;
    ProxySettings proxy;
    proxy.mode = ProxySettings::modeFromId(m_settings->value(key(kProxyMode)).toString());
    proxy.type = ProxySettings::typeFromId(m_settings->value(key(kProxyType)).toString());
    proxy.host = m_settings->value(key(kProxyHost)).toString();
    proxy.port = m_settings->value(key(kProxyPort), 0).toInt();
    proxy.user = m_settings->value(key(kProxyUser)).toString();
    proxy.noProxyHosts = m_settings->value(key(kProxyNoProxy)).toStringList();
    return proxy;
}

net::ProxySettings AppSettings::proxy() const
{
    net::ProxySettings proxy = storedProxy();
    // A hand-edited, unusable manual proxy would fail every request: use the system's instead,
    // keeping the fields so the settings dialog shows what was there.
    if (const QString error = proxy.validationError(); !error.isEmpty()) {
        qCWarning(lcSettings).noquote() << "ignoring the saved manual proxy:" << error;
        proxy.mode = net::ProxySettings::Mode::System;
    }
    return proxy;
}

bool AppSettings::setProxy(const net::ProxySettings &proxy, QString *error)
{
    using net::ProxySettings;
    if (const QString reason = proxy.validationError(); !reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    ProxySettings clean = proxy;
    clean.host = proxy.host.trimmed();
    clean.noProxyHosts.clear();
    for (const QString &host : proxy.noProxyHosts) {
        if (!host.trimmed().isEmpty())
            clean.noProxyHosts.append(host.trimmed());
    }
    if (clean == storedProxy())
        return true;
    m_settings->setValue(key(kProxyMode), ProxySettings::modeId(clean.mode));
    m_settings->setValue(key(kProxyType), ProxySettings::typeId(clean.type));
    m_settings->setValue(key(kProxyHost), clean.host);
    m_settings->setValue(key(kProxyPort), clean.port);
    m_settings->setValue(key(kProxyUser), clean.user);
    store(Key::Proxy, kProxyNoProxy, clean.noProxyHosts);
    return true;
}

QString AppSettings::language() const
{
    const QString language = m_settings->value(key(kLanguage)).toString();
    return languageError(language).isEmpty() ? language : QString();
}

bool AppSettings::setLanguage(const QString &language, QString *error)
{
    const QString trimmed = language.trimmed();
    if (const QString reason = languageError(trimmed); !reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    if (trimmed != this->language())
        store(Key::Language, kLanguage, trimmed);
    return true;
}

QString AppSettings::languageError(const QString &language)
{
    if (language.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,3}(_[A-Za-z0-9]{2,8})*$"));
    if (!shape.match(language).hasMatch() || QLocale(language).language() == QLocale::C)
        return tr("\"%1\" is not a known language.").arg(language.left(32));
    return {};
}

AppSettings::Appearance AppSettings::appearance() const
{
    return appearanceFromId(m_settings->value(key(kAppearance)).toString());
}

void AppSettings::setAppearance(Appearance appearance)
{
    if (appearance != this->appearance())
        store(Key::Appearance, kAppearance, appearanceId(appearance));
}

QString AppSettings::startPage() const
{
    return m_settings->value(key(kStartPage)).toString();
}

void AppSettings::setStartPage(const QString &pageId)
{
    if (pageId != startPage())
        store(Key::StartPage, kStartPage, pageId);
}

QString AppSettings::downloadFolder() const
{
    const QString folder = m_settings->value(key(kDownloadFolder)).toString();
    return folder.isEmpty() ? defaultDownloadFolder() : folder;
}

bool AppSettings::setDownloadFolder(const QString &folder, QString *error)
{
    if (const QString reason = downloadFolderError(folder); !reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    if (clean != downloadFolder())
        store(Key::DownloadFolder, kDownloadFolder, clean);
    return true;
}

QString AppSettings::downloadFolderError(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return tr("Choose a download folder.");
    const QFileInfo info(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (!info.exists())
        return tr("The folder \"%1\" does not exist.").arg(shown);
    if (!info.isDir())
        return tr("\"%1\" is not a folder.").arg(shown);
    if (!info.isWritable())
        return tr("You cannot save files in \"%1\".").arg(shown);
    return {};
}

QString AppSettings::defaultDownloadFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return folder;
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(key(kNotifications), true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    if (enabled != notificationsEnabled())
        store(Key::Notifications, kNotifications, enabled);
}

QString AppSettings::appearanceId(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Appearance AppSettings::appearanceFromId(const QString &id)
{
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        if (id == appearanceId(appearance))
            return appearance;
    }
    return Appearance::System;
}

} // namespace wharf
