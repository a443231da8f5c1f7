#include "settings/appsettings.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using wharf::AppSettings;
using wharf::net::ProxySettings;

// Application settings: defaults, validation, persistence in a real file and change signals.
class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void defaults();
    void roundTrip();
    void invalidValuesAreRefused();
    void changedOnlyOnRealChange();
    void handEditedValuesFallBack();
    void downloadFolderValidation();
    void readOnlyDownloadFolder();

private:
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("wharf.ini")),
                                           QSettings::IniFormat);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

ProxySettings sampleProxy()
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode::Manual;
    proxy.type = ProxySettings::Type::Socks5;
    proxy.host = QStringLiteral("proxy.example");
    proxy.port = 1080;
    proxy.user = QStringLiteral("alice");
    proxy.noProxyHosts = {QStringLiteral("intranet.example"), QStringLiteral(".lab")};
    return proxy;
}

} // namespace

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppSettings::defaults()
{
    auto file = openSettings();
    AppSettings settings(file.get());
    QCOMPARE(settings.proxy(), ProxySettings());
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.appearance(), AppSettings::Appearance::System);
    QCOMPARE(settings.startPage(), QString());
    QCOMPARE(settings.notificationsEnabled(), true);
    QCOMPARE(settings.downloadFolder(),
             QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
}

void TestAppSettings::roundTrip()
{
    {
        auto file = openSettings();
        AppSettings settings(file.get());
        QString error;
        QVERIFY2(settings.setProxy(sampleProxy(), &error), qPrintable(error));
        QVERIFY(settings.setLanguage(QStringLiteral("de"), &error));
        settings.setAppearance(AppSettings::Appearance::Dark);
        settings.setStartPage(QStringLiteral("transfers"));
        QVERIFY(settings.setDownloadFolder(m_dir->path(), &error));
        settings.setNotificationsEnabled(false);
    }
    auto file = openSettings();
    AppSettings settings(file.get());
    QCOMPARE(settings.proxy(), sampleProxy());
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.appearance(), AppSettings::Appearance::Dark);
    QCOMPARE(settings.startPage(), QStringLiteral("transfers"));
    QCOMPARE(settings.downloadFolder(), QDir(m_dir->path()).absolutePath());
    QCOMPARE(settings.notificationsEnabled(), false);
}

void TestAppSettings::invalidValuesAreRefused()
{
    auto file = openSettings();
    AppSettings settings(file.get());
    QSignalSpy changed(&settings, &AppSettings::changed);

    ProxySettings badPort = sampleProxy();
    badPort.port = 70000;
    QString error;
    QVERIFY(!settings.setProxy(badPort, &error));
    QVERIFY(error.contains(u"65535"));
    ProxySettings noHost = sampleProxy();
    noHost.host.clear();
    QVERIFY(!settings.setProxy(noHost, &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(!settings.setLanguage(QStringLiteral("klingon!"), &error));
    QVERIFY(!settings.setLanguage(QStringLiteral("xx"), &error));
    QVERIFY(settings.setLanguage(QStringLiteral("pt_BR"), &error));
    QVERIFY(!settings.setDownloadFolder(m_dir->filePath(QStringLiteral("missing")), &error));
    QVERIFY(error.contains(u"missing"));

    QCOMPARE(changed.count(), 1); // only the valid language
    QCOMPARE(settings.proxy(), ProxySettings());
}

void TestAppSettings::changedOnlyOnRealChange()
{
    auto file = openSettings();
    AppSettings settings(file.get());
    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setNotificationsEnabled(true); // already the default
    settings.setAppearance(AppSettings::Appearance::System);
    QVERIFY(settings.setProxy(ProxySettings()));
    QCOMPARE(changed.count(), 0);

    settings.setAppearance(AppSettings::Appearance::Light);
    QVERIFY(settings.setProxy(sampleProxy()));
    QVERIFY(settings.setProxy(sampleProxy()));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<AppSettings::Key>(), AppSettings::Key::Appearance);
    QCOMPARE(changed.at(1).at(0).value<AppSettings::Key>(), AppSettings::Key::Proxy);
}

void TestAppSettings::handEditedValuesFallBack()
{
    {
        auto file = openSettings();
        file->setValue(QStringLiteral("network/proxy/mode"), QStringLiteral("manual"));
        file->setValue(QStringLiteral("network/proxy/host"), QStringLiteral("p.example"));
        file->setValue(QStringLiteral("network/proxy/port"), 99999);
        file->setValue(QStringLiteral("interface/appearance"), QStringLiteral("purple"));
        file->setValue(QStringLiteral("interface/language"), QStringLiteral("../../etc"));
    }
    auto file = openSettings();
    AppSettings settings(file.get());
    const ProxySettings proxy = settings.proxy();
    QCOMPARE(proxy.mode, ProxySettings::Mode::System);
    QCOMPARE(proxy.host, QStringLiteral("p.example")); // kept for the dialog to show
    QCOMPARE(settings.appearance(), AppSettings::Appearance::System);
    QCOMPARE(settings.language(), QString());
}

void TestAppSettings::downloadFolderValidation()
{
    QVERIFY(!AppSettings::downloadFolderError(QString()).isEmpty());
    QVERIFY(AppSettings::downloadFolderError(m_dir->path()).isEmpty());
    QFile plain(m_dir->filePath(QStringLiteral("file.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(AppSettings::downloadFolderError(plain.fileName()).contains(u"not a folder"));
}

void TestAppSettings::readOnlyDownloadFolder()
{
    // Permission bits mean nothing to root: only check read-only folders as a normal user.
    const QString readOnly = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    if (QFileInfo(readOnly).isWritable())
        QSKIP("running as root: every folder is writable");
    QVERIFY(!AppSettings::downloadFolderError(readOnly).isEmpty());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
