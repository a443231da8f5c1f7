#pragma once

#include "settings/appsettings.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace wharf::auth {
class CredentialStore;
class CredentialJob;
struct CredentialResult;
} // namespace wharf::auth

namespace wharf::ui {

class ProxySettingsWidget;

// Edits AppSettings. Nothing is stored until OK, and OK stays disabled while any field is
// invalid (the reason is shown next to it). The proxy password goes to the CredentialStore,
// never to the settings file; OK waits for the keychain before saving the rest.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Page
    {
        QString id;
        QString name; // translated
    };

    // Neither settings nor credentials are owned; credentials may be nullptr (no keychain).
    // startPages fill the start page picker in the order given.
    SettingsDialog(AppSettings *settings,
                   auth::CredentialStore *credentials,
                   const QList<Page> &startPages,
                   QWidget *parent = nullptr);

    // Locale names ("de", "pt_BR") offered besides "System"; defaults to
    // LanguageManager::availableLanguages(), the catalogues compiled in.
    void setAvailableLanguages(const QStringList &locales);

    // The first reason OK is disabled, "" when everything is valid.
    QString validationError() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    QWidget *createGeneralPage();
    void selectLanguage(const QString &locale);
    void browseDownloadFolder();
    void readPassword();
    void onPasswordRead(const auth::CredentialResult &result);
    void onPasswordWritten(const auth::CredentialResult &result);
    void validate();
    bool save();
    void setBusy(bool busy);

    AppSettings *m_settings;
    QPointer<auth::CredentialStore> m_credentials;
    QTabWidget *m_tabs;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QComboBox *m_startPage = nullptr;
    QLineEdit *m_downloadFolder = nullptr;
    QLabel *m_downloadError = nullptr;
    QCheckBox *m_notifications = nullptr;
    ProxySettingsWidget *m_proxy;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    bool m_passwordWritten = false; // since the last save()
};

} // namespace wharf::ui
