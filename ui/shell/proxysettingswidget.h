#pragma once

#include "net/proxysettings.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace wharf::ui {

// The proxy part of the settings dialog: system / none / manual, the manual proxy's fields and
// its password, with an inline error. The password is only shown and edited here; the dialog
// reads and writes it through the CredentialStore.
class ProxySettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProxySettingsWidget(QWidget *parent = nullptr);

    void setValue(const net::ProxySettings &proxy);
    // A port that is not a number comes back as -1, so validation names it.
    net::ProxySettings value() const;
    QString validationError() const; // "" when the proxy can be saved
    void showValidation(); // shows validationError() under the fields

    // The password field is disabled until the keychain has answered.
    void setPasswordLoading();
    void setPassword(const QString &password);
    void setPasswordUnavailable(const QString &reason);
    bool isPasswordEdited() const { return m_passwordEdited; }
    QString password() const;

Q_SIGNALS:
    void edited();

private:
    void updateEnabled();

    QButtonGroup *m_mode;
    QComboBox *m_type;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_noProxy;
    QLabel *m_passwordNote;
    QLabel *m_error;
    QList<QWidget *> m_manualFields;
    bool m_passwordAvailable = false;
    bool m_passwordEdited = false;
};

} // namespace wharf::ui
