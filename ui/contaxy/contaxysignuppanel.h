#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wharf {
class ContaxyServerStatus;
namespace auth {
class AccountSession;
}
} // namespace wharf

namespace wharf::ui {

// The part of signing in to Contaxy that comes before having an account (contaxy.md §4,
// §11): on a server that was never set up, setting it up (its first administrator); on a
// running one, creating an account, which the server allows unless self-registration is off
// (it only says so by refusing). Hands the credentials to the sign-in dialog.
class ContaxySignUpPanel : public QWidget
{
    Q_OBJECT
public:
    ContaxySignUpPanel(auth::AccountSession *session, QWidget *parent = nullptr);

    QPushButton *setUpButton() const { return m_setUp; }
    QPushButton *createAccountButton() const { return m_createAccount; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The server answered whether it has been set up.
    void checked();
    // Sign in with these: the account just created (now) or the new administrator.
    void credentialsReady(const QString &user, const QString &password, bool signInNow);

private:
    void update();
    void confirmSetUp();
    void setUp();
    void createAccount();

    ContaxyServerStatus *m_status;
    QLabel *m_message;
    QPushButton *m_setUp;
    QPushButton *m_createAccount;
    bool m_busy = false;
    bool m_checked = false;
    QString m_outcome; // how setting up ended; shown instead of the server's state
};

} // namespace wharf::ui
