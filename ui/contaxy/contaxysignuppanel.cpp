#include "contaxy/contaxysignuppanel.h"

#include "contaxy/contaxyserverstatus.h"
#include "contaxy/createuserdialog.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

ContaxySignUpPanel::ContaxySignUpPanel(auth::AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_status(new ContaxyServerStatus(session, this))
    , m_message(new QLabel(this))
    , m_setUp(new QPushButton(
          QIcon::fromTheme(QStringLiteral("system-run")), tr("Set &Up Server…"), this))
    , m_createAccount(new QPushButton(
          QIcon::fromTheme(QStringLiteral("list-add-user")), tr("Create &Account…"), this))
{
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Server set-up"));
    m_message->setVisible(false);
    for (QPushButton *button : {m_setUp, m_createAccount}) {
        button->setAutoDefault(false); // Return stays Sign In
        button->setVisible(false);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setUp);
    buttons->addWidget(m_createAccount);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_status, &ContaxyServerStatus::changed, this, &ContaxySignUpPanel::update);
    connect(m_setUp, &QPushButton::clicked, this, &ContaxySignUpPanel::confirmSetUp);
    connect(m_createAccount, &QPushButton::clicked, this, &ContaxySignUpPanel::createAccount);
    m_status->refresh();
}

void ContaxySignUpPanel::update()
{
    if (!m_status->hasInfo() && m_status->isLoading())
        return;
    // Without an answer (an old server, a proxy in the way) the account button stays: the
    // server's refusal will say what it thinks.
    const bool fresh = m_status->hasInfo() && m_status->info()->isUninitialized();
    m_setUp->setVisible(fresh);
    m_setUp->setEnabled(!m_busy);
    m_createAccount->setVisible(!fresh);
    QString message = m_outcome;
    if (m_busy)
        message = tr("Setting up the server…");
    else if (message.isEmpty() && fresh)
        message = tr("This server has not been set up yet: nobody can sign in or create an "
                     "account until it has its first administrator.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!m_checked && !m_status->isLoading()) {
        m_checked = true;
        Q_EMIT checked();
    }
}

void ContaxySignUpPanel::confirmSetUp()
{
    auto *box = new QMessageBox(
        QMessageBox::Question,
        tr("Set Up Server"),
        tr("Set up this server? It creates the administrator \"%1\" with the password \"%2\", "
           "which anyone who can reach the server could use: change it right after signing "
           "in.")
            .arg(contaxy::initialAdminName(), contaxy::initialAdminPassword()),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Set &Up"));
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            setUp();
    });
    box->open();
}

void ContaxySignUpPanel::setUp()
{
    m_busy = true;
    update();
    m_status->initialize(this, [this](const net::ApiError &error) {
        m_busy = false;
        if (error) {
            m_outcome = error.kind == net::ApiError::Kind::Conflict
                ? tr("The server has been set up already; sign in.")
                : tr("The server was not set up: %1").arg(error.toString());
            update();
            return;
        }
        m_outcome = tr("The server is set up. Sign in as \"%1\" with the password \"%2\" and "
                       "change that password straight away.")
                        .arg(contaxy::initialAdminName(), contaxy::initialAdminPassword());
        update();
        Q_EMIT credentialsReady(
            contaxy::initialAdminName(), contaxy::initialAdminPassword(), false);
    });
}

void ContaxySignUpPanel::createAccount()
{
    auto *dialog = new CreateUserDialog(
        CreateUserDialog::Purpose::SignUp,
        [status
         = m_status](const contaxy::NewUser &user, QObject *context, contaxy::UserReply reply) {
            status->signUp(user, context, std::move(reply));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT credentialsReady(dialog->createdUser().username, dialog->password(), true);
    });
    dialog->open();
}

} // namespace wharf::ui
