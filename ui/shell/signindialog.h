#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace wharf::auth {
class AccountSession;
struct WebSsoProvider;
} // namespace wharf::auth

namespace wharf::ui {

class ContaxySignUpPanel;

// Signs an account in with the methods its platform offers here: user name and password
// (Contaxy, Project-W) or a pasted API token (all three), plus "Sign in with <provider>
// (browser)" for each web single sign-on the server offers (Contaxy, Project-W).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(auth::AccountSession *session, QWidget *parent = nullptr);

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *errorLabel() const { return m_error; }
    // Contaxy only: setting up a fresh server, creating an account (nullptr elsewhere).
    ContaxySignUpPanel *signUpPanel() const { return m_signUp; }
    // One per web single sign-on the server offers; filled once the server has answered.
    QList<QPushButton *> webSsoButtons() const { return m_ssoButtons; }
    void accept() override;

Q_SIGNALS:
    void webSsoDiscovered(); // the server answered which web sign-ins it offers

private:
    void discoverWebSso();
    void openWebSso(const auth::WebSsoProvider &provider);
    void updateMode();
    void validate();
    void setBusy(bool busy);

    auth::AccountSession *m_session;
    QRadioButton *m_usePassword;
    QRadioButton *m_useToken;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLabel *m_error;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QVBoxLayout *m_ssoRow;
    QList<QPushButton *> m_ssoButtons;
    ContaxySignUpPanel *m_signUp = nullptr;
    bool m_busy = false;
};

} // namespace wharf::ui
