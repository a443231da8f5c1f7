#include "shell/settingsdialog.h"

#include "auth/credentialstore.h"
#include "i18n/languagemanager.h"
#include "shell/proxysettingswidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wharf::ui {

using auth::CredentialError;
using auth::CredentialResult;

SettingsDialog::SettingsDialog(AppSettings *settings,
                               auth::CredentialStore *credentials,
                               const QList<Page> &startPages,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_tabs(new QTabWidget(this))
    , m_proxy(new ProxySettingsWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(m_proxy, tr("N&etwork"));

    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    for (const Page &page : startPages)
        m_startPage->addItem(page.name, page.id);
    const int pageIndex = m_startPage->findData(m_settings->startPage());
    if (pageIndex >= 0) {
        m_startPage->setCurrentIndex(pageIndex);
    } else if (!m_settings->startPage().isEmpty()) {
        // A page the caller no longer lists (an account removed?): keep it rather than lose it.
        m_startPage->addItem(m_settings->startPage(), m_settings->startPage());
        m_startPage->setCurrentIndex(m_startPage->count() - 1);
    }
    setAvailableLanguages(LanguageManager::availableLanguages());
    m_appearance->setCurrentIndex(m_appearance->findData(int(m_settings->appearance())));
    m_downloadFolder->setText(QDir::toNativeSeparators(m_settings->downloadFolder()));
    m_notifications->setChecked(m_settings->notificationsEnabled());
    m_proxy->setValue(m_settings->proxy());
    connect(m_proxy, &ProxySettingsWidget::edited, this, &SettingsDialog::validate);

    readPassword();
    validate();
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_appearance = new QComboBox(page);
    m_startPage = new QComboBox(page);
    m_downloadFolder = new QLineEdit(page);
    m_downloadError = new QLabel(page);
    m_notifications = new QCheckBox(tr("Show desktop &notifications when work finishes"), page);
    auto *browse = new QPushButton(tr("B&rowse…"), page);

    m_appearance->addItem(tr("System"), int(AppSettings::Appearance::System));
    m_appearance->addItem(tr("Light"), int(AppSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(AppSettings::Appearance::Dark));
    m_startPage->addItem(tr("Last page shown"), QString());

    struct Named
    {
        QWidget *widget;
        const char *objectName;
        QString accessibleName;
    };
    for (const Named &n :
         {Named {m_language, "language", tr("Language")},
          Named {m_appearance, "appearance", tr("Appearance")},
          Named {m_startPage, "startPage", tr("Start page")},
          Named {m_downloadFolder, "downloadFolder", tr("Download folder")},
          Named {m_downloadError, "downloadFolderError", tr("Download folder error")},
          Named {m_notifications, "notifications", tr("Show desktop notifications")},
          Named {browse, "browseDownloadFolder", tr("Choose the download folder")}}) {
        n.widget->setObjectName(QLatin1String(n.objectName));
        n.widget->setAccessibleName(n.accessibleName);
    }
    m_downloadError->setWordWrap(true);
    m_downloadError->hide();

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_downloadFolder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout(page);
    const auto addRow = [&](const QString &text, QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(text, page);
        label->setBuddy(buddy);
        if (field)
            form->addRow(label, field);
        else
            form->addRow(label, buddy);
    };
    addRow(tr("&Language:"), m_language, nullptr);
    addRow(tr("&Appearance:"), m_appearance, nullptr);
    addRow(tr("&Start page:"), m_startPage, nullptr);
    addRow(tr("&Download folder:"), m_downloadFolder, folderRow);
    form->addRow(QString(), m_downloadError);
    form->addRow(QString(), m_notifications);

    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDownloadFolder);
    connect(m_downloadFolder, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    return page;
}

void SettingsDialog::setAvailableLanguages(const QStringList &locales)
{
    const QString current
        = m_language->count() > 0 ? m_language->currentData().toString() : m_settings->language();
    QList<std::pair<QString, QString>> entries;
    for (const QString &locale : locales) {
        const QLocale l(locale);
        // Each language in its own name, so a user can find theirs in any interface language.
        // CLDR calls plain "en" "American English"; the catalogue is simply English.
        QString name = l.language() == QLocale::English && !locale.contains(QLatin1Char('_'))
            ? QStringLiteral("English")
            : l.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        if (locale.contains(QLatin1Char('_')) && !l.nativeTerritoryName().isEmpty())
            name += QStringLiteral(" (%1)").arg(l.nativeTerritoryName());
        entries.append({locale, name.isEmpty() ? locale : name});
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.second.localeAwareCompare(b.second) < 0;
    });
    m_language->clear();
    m_language->addItem(tr("System"), QString());
    for (const auto &[locale, name] : entries)
        m_language->addItem(name, locale);
    selectLanguage(current);
}

void SettingsDialog::selectLanguage(const QString &locale)
{
    int index = m_language->findData(locale);
    if (index < 0) {
        // Saved, but no translation listed for it: keep showing it so OK does not drop it.
        m_language->addItem(locale, locale);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

void SettingsDialog::browseDownloadFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Download Folder"), QDir::fromNativeSeparators(m_downloadFolder->text()));
    if (!folder.isEmpty())
        m_downloadFolder->setText(QDir::toNativeSeparators(folder));
}

QString SettingsDialog::validationError() const
{
    if (const QString error = m_proxy->validationError(); !error.isEmpty())
        return error;
    if (const QString error = AppSettings::languageError(m_language->currentData().toString());
        !error.isEmpty())
        return error;
    return AppSettings::downloadFolderError(QDir::fromNativeSeparators(m_downloadFolder->text()));
}

void SettingsDialog::validate()
{
    const QString folderError
        = AppSettings::downloadFolderError(QDir::fromNativeSeparators(m_downloadFolder->text()));
    m_downloadError->setText(folderError);
    m_downloadError->setVisible(!folderError.isEmpty());
    m_proxy->showValidation();
    // A warning icon on a tab with an error, so the reason for a disabled OK can be found.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tabs->setTabIcon(0, folderError.isEmpty() ? QIcon() : warning);
    m_tabs->setTabIcon(1, m_proxy->validationError().isEmpty() ? QIcon() : warning);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && validationError().isEmpty());
}

void SettingsDialog::readPassword()
{
    if (!m_credentials) {
        CredentialResult none;
        none.error = CredentialError::make(CredentialError::Kind::NoKeychain, QString());
        onPasswordRead(none);
        return;
    }
    m_proxy->setPasswordLoading();
    auth::CredentialJob *job = m_credentials->read(AppSettings::proxyCredentialId(), this);
    connect(job, &auth::CredentialJob::finished, this, [this, job](const CredentialResult &result) {
        job->deleteLater();
        onPasswordRead(result);
    });
}

void SettingsDialog::onPasswordRead(const CredentialResult &result)
{
    switch (result.error.kind) {
    case CredentialError::Kind::None:
        m_proxy->setPassword(result.secrets.value(AppSettings::proxyPasswordKey()));
        return;
    case CredentialError::Kind::NotFound:
        m_proxy->setPassword(QString());
        return;
    case CredentialError::Kind::NoKeychain:
        m_proxy->setPasswordUnavailable(
            tr("No keychain is available, so a proxy password cannot be saved. Wharf never "
               "writes passwords to disk.")
            + (result.error.message.isEmpty() ? QString() : u'\n' + result.error.message));
        return;
    case CredentialError::Kind::Denied:
    case CredentialError::Kind::Other:
        break;
    }
    m_proxy->setPasswordUnavailable(
        tr("The keychain did not give access to the proxy password: %1").arg(result.error.message));
}

void SettingsDialog::accept()
{
    validate();
    if (m_busy || !validationError().isEmpty())
        return;
    if (!m_proxy->isPasswordEdited() || !m_credentials) {
        if (save())
            QDialog::accept();
        return;
    }
    // The password first: if the keychain refuses it, nothing else has changed either.
    setBusy(true);
    m_status->setText(tr("Saving the proxy password in the keychain…"));
    m_status->show();
    const QString password = m_proxy->password();
    const QString id = AppSettings::proxyCredentialId();
    auth::CredentialJob *job = password.isEmpty()
        ? m_credentials->remove(id, this)
        : m_credentials->write(id, {{AppSettings::proxyPasswordKey(), password}}, this);
    connect(job, &auth::CredentialJob::finished, this, [this, job](const CredentialResult &result) {
        job->deleteLater();
        onPasswordWritten(result);
    });
}

void SettingsDialog::onPasswordWritten(const CredentialResult &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_status->setText(tr("The proxy password could not be saved: %1\nTry again, or cancel to "
                             "keep the previous settings.")
                              .arg(result.error.message));
        return;
    }
    m_proxy->setPassword(m_proxy->password()); // stored now: a second OK need not write it again
    m_passwordWritten = true;
    m_status->hide();
    if (save())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    // Closing while the keychain writes would leave the password and the settings out of step.
    if (!m_busy)
        QDialog::reject();
}

bool SettingsDialog::save()
{
    QString error;
    const net::ProxySettings proxyBefore = m_settings->proxy();
    const bool saved = m_settings->setProxy(m_proxy->value(), &error)
        && m_settings->setLanguage(m_language->currentData().toString(), &error)
        && m_settings->setDownloadFolder(QDir::fromNativeSeparators(m_downloadFolder->text()),
                                         &error);
    if (!saved) {
        m_status->setText(error);
        m_status->show();
        return false;
    }
    // Listeners re-read the password on changed(Proxy); a new password alone must say so too.
    if (m_passwordWritten && m_settings->proxy() == proxyBefore)
        m_settings->notifyProxyCredentialsChanged();
    m_passwordWritten = false;
    m_settings->setAppearance(AppSettings::Appearance(m_appearance->currentData().toInt()));
    m_settings->setStartPage(m_startPage->currentData().toString());
    m_settings->setNotificationsEnabled(m_notifications->isChecked());
    return true;
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    validate();
}

} // namespace wharf::ui
