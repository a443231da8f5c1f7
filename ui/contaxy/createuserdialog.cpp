#include "contaxy/createuserdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

CreateUserDialog::CreateUserDialog(Purpose purpose, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_submit(std::move(submit))
    , m_username(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool signUp = purpose == Purpose::SignUp;
    setWindowTitle(signUp ? tr("Create Account") : tr("New User"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    auto *intro = new QLabel(signUp ? tr("The account is created on the server; Wharf then "
                                         "signs in with it.")
                                    : tr("The new user can sign in with this name or e-mail "
                                         "address and gets a home project of their own."),
                             this);
    intro->setWordWrap(true);
    m_username->setAccessibleName(tr("User name"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setPlaceholderText(tr("name@example.org"));
    for (QLineEdit *edit : {m_password, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(signUp ? tr("&Create Account") : tr("&Create"));
    // Return means Create, also after focus passed over Cancel while a request ran.
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Con&firm:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_username, m_email, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

contaxy::NewUser CreateUserDialog::typed() const
{
    return {m_username->text().trimmed(), m_email->text().trimmed(), m_password->text()};
}

void CreateUserDialog::validate()
{
    const QString name = m_username->text(), mail = m_email->text();
    const QString password = m_password->text(), confirmation = m_confirm->text();
    // A field's problem shows once it or a field after it has text: an empty field the user
    // has not reached yet is no error worth showing, nor a confirmation not yet typed.
    const bool passwordTyped = !password.isEmpty() || !confirmation.isEmpty();
    QString shown;
    if (!name.isEmpty() || !mail.isEmpty() || passwordTyped)
        shown = contaxy::usernameProblem(name);
    if (shown.isEmpty() && (!mail.isEmpty() || passwordTyped))
        shown = contaxy::emailProblem(mail);
    if (shown.isEmpty() && !confirmation.isEmpty())
        shown = contaxy::passwordProblem(password, confirmation);
    m_error->setText(shown);
    m_error->setVisible(!shown.isEmpty());
    const bool ready = contaxy::newUserProblem(typed(), confirmation).isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready && !m_asking);
}

void CreateUserDialog::accept()
{
    const contaxy::NewUser user = typed();
    if (!contaxy::newUserProblem(user, m_confirm->text()).isEmpty() || m_asking)
        return;
    m_asking = new QObject(this);
    validate();
    m_submit(user, m_asking, [this, user](const contaxy::User &created, const net::ApiError &e) {
        m_asking->deleteLater(); // its call is still delivering this answer
        m_asking.clear();
        validate();
        if (e) {
            QString text = contaxy::userChangeFailure(e);
            if (m_purpose == Purpose::SignUp && e.kind == net::ApiError::Kind::Forbidden)
                text = tr("This server does not let people create their own accounts; ask "
                          "its administrator for one. (%1)")
                           .arg(e.message);
            m_error->setText(text);
            m_error->setVisible(true);
            (e.kind == net::ApiError::Kind::Conflict ? m_username : m_email)->setFocus();
            return;
        }
        m_created = created;
        m_sentPassword = user.password;
        QDialog::accept();
    });
}

} // namespace wharf::ui
