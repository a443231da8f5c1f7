#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace wharf::auth {
class AccountSession;
}

namespace wharf::ui {

// Signs an account in with the methods its platform offers here: user name and password
// (Contaxy, Project-W) or a pasted API token (all three).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(auth::AccountSession *session, QWidget *parent = nullptr);

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *errorLabel() const { return m_error; }
    void accept() override;

private:
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
    bool m_busy = false;
};

} // namespace wharf::ui
