#pragma once

#include "contaxy/users.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wharf::ui {

// Asks for a new Contaxy user's name, e-mail address and password (typed twice), checks them
// before anything is sent, and hands them to `submit` (an administrator's POST /users, or a
// sign-up without credentials). The server's refusal shows in the dialog, which stays open.
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { AdminCreates, SignUp };
    using Submit = std::function<void(
        const contaxy::NewUser &user, QObject *context, contaxy::UserReply reply)>;

    CreateUserDialog(Purpose purpose, Submit submit, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Once accepted: the user the server created, and the password it was given.
    const contaxy::User &createdUser() const { return m_created; }
    QString password() const { return m_sentPassword; }
    void accept() override;

private:
    contaxy::NewUser typed() const;
    void validate();

    Purpose m_purpose;
    Submit m_submit;
    QLineEdit *m_username;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPointer<QObject> m_asking; // owns the request in flight
    contaxy::User m_created;
    QString m_sentPassword;
};

} // namespace wharf::ui
