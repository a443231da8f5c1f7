#include "auth/memorycredentialstore.h"
#include "settings/appsettings.h"
#include "shell/settingsdialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;
using wharf::auth::CredentialError;
using wharf::auth::CredentialResult;
using wharf::auth::MemoryCredentialStore;
using wharf::net::ProxySettings;
using wharf::ui::SettingsDialog;

namespace {
const QString kSecret = QStringLiteral("PLANTED-proxy-secret-42");
}

// The settings dialog over real settings in a temporary file and an in-memory keychain.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void badPortDisablesOk();
    void validProxySavedWithPasswordInKeychain();
    void cancelKeepsEverything();
    void noKeychain();
    void keychainWriteFailureKeepsDialogOpen();
    void badDownloadFolder();
    void startPagesAndLanguages();
    void everyControlHasAnAccessibleName();
    void keyboardOnly();

private:
    // Shows a dialog over the current settings and waits for the keychain read.
    SettingsDialog *open(auth::CredentialStore *credentials);
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QPushButton *ok() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    void fillManualProxy(const QString &port);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_file;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("wharf.ini")),
                                         QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_file.get());
    QVERIFY(m_settings->setDownloadFolder(m_dir->path()));
    m_store = std::make_unique<MemoryCredentialStore>();
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_file.reset();
    m_store.reset();
}

SettingsDialog *TestSettingsDialog::open(auth::CredentialStore *credentials)
{
    const QList<SettingsDialog::Page> pages {
        {QStringLiteral("welcome"), QStringLiteral("Welcome")},
        {QStringLiteral("transfers"), QStringLiteral("Transfers")}};
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get(), credentials, pages);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    m_dialog->findChild<QTabWidget *>()->setCurrentIndex(1); // Network
    return m_dialog.get();
}

void TestSettingsDialog::fillManualProxy(const QString &port)
{
    child<QRadioButton>("proxyManual")->click();
    QTest::keyClicks(child<QLineEdit>("proxyHost"), QStringLiteral("proxy.example"));
    QLineEdit *portEdit = child<QLineEdit>("proxyPort");
    portEdit->selectAll();
    QTest::keyClicks(portEdit, port);
}

void TestSettingsDialog::badPortDisablesOk()
{
    open(m_store.get());
    QVERIFY(ok()->isEnabled());
    fillManualProxy(QStringLiteral("99999"));
    QVERIFY(!ok()->isEnabled());
    auto *error = child<QLabel>("proxyError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"65535"), qPrintable(error->text()));
    QVERIFY(!m_dialog->findChild<QTabWidget *>()->tabIcon(1).isNull());

    // OK is disabled, but Enter must not save either.
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_settings->proxy().mode, ProxySettings::Mode::System);

    QLineEdit *port = child<QLineEdit>("proxyPort");
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("abc"));
    QVERIFY(!ok()->isEnabled());
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("3128"));
    QVERIFY(ok()->isEnabled());
    QVERIFY(!error->isVisible());
    QVERIFY(m_dialog->findChild<QTabWidget *>()->tabIcon(1).isNull());
}

void TestSettingsDialog::validProxySavedWithPasswordInKeychain()
{
    open(m_store.get());
    auto *password = child<QLineEdit>("proxyPassword");
    fillManualProxy(QStringLiteral("3128"));
    QTRY_VERIFY(password->isEnabled()); // the keychain answered (nothing stored yet)
    child<QRadioButton>("proxyManual")->click();
    QTest::keyClicks(child<QLineEdit>("proxyUser"), QStringLiteral("alice"));
    QTest::keyClicks(password, kSecret);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(ok(), Qt::LeftButton);
    QVERIFY(accepted.wait());

    const ProxySettings proxy = m_settings->proxy();
    QCOMPARE(proxy.mode, ProxySettings::Mode::Manual);
    QCOMPARE(proxy.host, QStringLiteral("proxy.example"));
    QCOMPARE(proxy.port, 3128);
    QCOMPARE(proxy.user, QStringLiteral("alice"));

    auto *job = m_store->read(AppSettings::proxyCredentialId());
    QSignalSpy read(job, &auth::CredentialJob::finished);
    QVERIFY(read.wait());
    QCOMPARE(job->result().secrets.value(AppSettings::proxyPasswordKey()), kSecret);
    delete job;

    m_file->sync();
    QFile ini(m_file->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("proxy.example"));
    QVERIFY2(!text.contains(kSecret.toUtf8()), text.constData());

    // Opening again shows the stored password, read back from the keychain.
    open(m_store.get());
    QTRY_COMPARE(child<QLineEdit>("proxyPassword")->text(), kSecret);

    // A new password alone still tells listeners to re-apply the proxy.
    QSignalSpy changed(m_settings.get(), &AppSettings::changed);
    QLineEdit *again = child<QLineEdit>("proxyPassword");
    again->selectAll();
    QTest::keyClicks(again, QStringLiteral("other"));
    QSignalSpy acceptedAgain(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(ok(), Qt::LeftButton);
    QVERIFY(acceptedAgain.wait());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<AppSettings::Key>(), AppSettings::Key::Proxy);
}

void TestSettingsDialog::cancelKeepsEverything()
{
    open(m_store.get());
    fillManualProxy(QStringLiteral("8080"));
    QTRY_VERIFY(child<QLineEdit>("proxyPassword")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("proxyPassword"), kSecret);
    child<QComboBox>("appearance")->setCurrentIndex(2);
    child<QCheckBox>("notifications")->setChecked(false);
    QSignalSpy changed(m_settings.get(), &AppSettings::changed);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_settings->proxy(), ProxySettings());
    QCOMPARE(m_settings->appearance(), AppSettings::Appearance::System);
    QCOMPARE(m_store->count(), 0);
}

void TestSettingsDialog::noKeychain()
{
    m_store->setSimulatedError(
        CredentialError::make(CredentialError::Kind::NoKeychain, QStringLiteral("no backend")));
    open(m_store.get());
    fillManualProxy(QStringLiteral("3128"));
    auto *note = child<QLabel>("proxyPasswordNote");
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"keychain"));
    QVERIFY(!child<QLineEdit>("proxyPassword")->isEnabled());
    // Everything else still saves.
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(ok(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_settings->proxy().mode, ProxySettings::Mode::Manual);

    open(nullptr); // no credential store at all
    child<QRadioButton>("proxyManual")->click();
    QVERIFY(child<QLabel>("proxyPasswordNote")->isVisible());
    QVERIFY(!child<QLineEdit>("proxyPassword")->isEnabled());
}

void TestSettingsDialog::keychainWriteFailureKeepsDialogOpen()
{
    open(m_store.get());
    fillManualProxy(QStringLiteral("3128"));
    QTRY_VERIFY(child<QLineEdit>("proxyPassword")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("proxyPassword"), kSecret);
    m_store->setSimulatedError(
        CredentialError::make(CredentialError::Kind::Denied, QStringLiteral("locked")));
    QTest::mouseClick(ok(), Qt::LeftButton);
    auto *status = child<QLabel>("settingsStatus");
    QTRY_VERIFY(status->text().contains(u"locked"));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(ok()->isEnabled()); // can try again
    QCOMPARE(m_settings->proxy().mode, ProxySettings::Mode::System);
}

void TestSettingsDialog::badDownloadFolder()
{
    open(m_store.get());
    m_dialog->findChild<QTabWidget *>()->setCurrentIndex(0);
    auto *folder = child<QLineEdit>("downloadFolder");
    folder->selectAll();
    QTest::keyClicks(folder, m_dir->filePath(QStringLiteral("nope")));
    QVERIFY(!ok()->isEnabled());
    QVERIFY(child<QLabel>("downloadFolderError")->isVisible());
    QVERIFY(m_dialog->validationError().contains(u"nope"));
    folder->selectAll();
    QTest::keyClicks(folder, m_dir->path());
    QVERIFY(ok()->isEnabled());
    QVERIFY(!child<QLabel>("downloadFolderError")->isVisible());
}

void TestSettingsDialog::startPagesAndLanguages()
{
    m_settings->setStartPage(QStringLiteral("transfers"));
    QVERIFY(m_settings->setLanguage(QStringLiteral("fr")));
    open(m_store.get());
    auto *languages = child<QComboBox>("language");
    // By default the catalogues LanguageManager finds; English, the source language, always.
    const int english = languages->findData(QStringLiteral("en"));
    QVERIFY(english > 0);
    QCOMPARE(languages->itemText(english), QStringLiteral("English"));
    m_dialog->setAvailableLanguages({QStringLiteral("de"), QStringLiteral("pt_BR")});
    auto *pages = child<QComboBox>("startPage");
    QCOMPARE(pages->currentData().toString(), QStringLiteral("transfers"));
    QCOMPARE(languages->itemData(0).toString(), QString()); // System first
    QVERIFY(languages->findData(QStringLiteral("de")) > 0);
    QVERIFY(languages->itemText(languages->findData(QStringLiteral("de"))).contains(u"Deutsch"));
    QVERIFY(languages->itemText(languages->findData(QStringLiteral("pt_BR"))).contains(u"Brasil"));
    // French has no translation listed but is kept selected, not silently dropped.
    QCOMPARE(languages->currentData().toString(), QStringLiteral("fr"));

    pages->setCurrentIndex(pages->findData(QStringLiteral("welcome")));
    languages->setCurrentIndex(languages->findData(QStringLiteral("de")));
    child<QComboBox>("appearance")->setCurrentIndex(2);
    QTest::mouseClick(ok(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->startPage(), QStringLiteral("welcome"));
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QCOMPARE(m_settings->appearance(), AppSettings::Appearance::Dark);
    QCOMPARE(m_store->count(), 0); // the password was never touched
}

void TestSettingsDialog::everyControlHasAnAccessibleName()
{
    open(m_store.get());
    child<QRadioButton>("proxyManual")->click();
    int checked = 0;
    for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_dialog.get()))
            continue;
        if (widget->focusProxy() || qobject_cast<QTabBar *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className())
                            + QLatin1Char(' ') + widget->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestSettingsDialog::keyboardOnly()
{
    // Mnemonics reach the proxy fields without a mouse: Alt+M picks Manual, Alt+P the port.
    open(m_store.get());
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *manual = child<QRadioButton>("proxyManual");
    QTest::keyClick(m_dialog.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(manual->isChecked());
    QTest::keyClick(m_dialog.get(), Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(child<QLineEdit>("proxyHost")->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("p.example"));
    QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(child<QLineEdit>("proxyPort")->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
    QVERIFY(!ok()->isEnabled());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8")); // "08" is port 8
    QVERIFY(ok()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->proxy().port, 8);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
