#include "shell/signindialog.h"

#include "auth/accountsession.h"
#include "auth/websso.h"
#include "auth/webssodiscovery.h"
#include "contaxy/contaxysignuppanel.h"
#include "ivcap/ivcapsigninpanel.h"
#include "websso/webssodialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wharf::ui {

SignInDialog::SignInDialog(auth::AccountSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_usePassword(new QRadioButton(tr("With user name and &password"), this))
    , m_useToken(new QRadioButton(tr("With an API &token"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ssoRow(new QVBoxLayout)
{
    const Account &account = session->account();
    setWindowTitle(tr("Sign in to %1").arg(account.displayName));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *intro = new QLabel(
        tr("%1 at %2").arg(platformKindDisplayName(account.kind), account.serverUrl.toString()),
        this);
    intro->setWordWrap(true);
    m_user->setText(account.username);
    m_user->setAccessibleName(tr("User name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem"));
    m_progress->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(m_usePassword);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_useToken);
    form->addRow(tr("T&oken:"), m_token);
    const bool password = session->supportsPassword();
    // Only the methods the platform has: IVCAP has no password sign-in at all.
    for (QWidget *row : std::initializer_list<QWidget *> {m_usePassword, m_user, m_password})
        form->setRowVisible(row, password);
    if (const auto sso = auth::WebSsoPlatform::create(account.kind)) {
        // Where a token can be made by hand, for users who prefer pasting one.
        auto *where = new QLabel(
            tr("Create one on <a href=\"%1\">the server's token page</a>.")
                .arg(sso->tokenPageUrl(account.serverUrl).toString(QUrl::FullyEncoded)),
            this);
        where->setOpenExternalLinks(true);
        where->setTextInteractionFlags(Qt::TextBrowserInteraction);
        where->setAccessibleName(tr("Token page link"));
        form->addRow(QString(), where);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_ssoRow);
    if (account.kind == PlatformKind::Ivcap) {
        // IVCAP signs in through its identity provider; a pasted token stays the fallback.
        auto *ivcap = new IvcapSignInPanel(session, this);
        layout->addWidget(ivcap);
        connect(ivcap, &IvcapSignInPanel::signedIn, this, [this] { QDialog::accept(); });
        connect(ivcap, &IvcapSignInPanel::busyChanged, this, [this](bool busy) {
            if (busy)
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            else
                validate();
        });
    }
    layout->addLayout(form);
    if (account.kind == PlatformKind::Contaxy) {
        m_signUp = new ContaxySignUpPanel(session, this);
        layout->addWidget(m_signUp);
        connect(m_signUp,
                &ContaxySignUpPanel::credentialsReady,
                this,
                [this](const QString &user, const QString &secret, bool signInNow) {
                    m_usePassword->setChecked(true);
                    m_user->setText(user);
                    m_password->setText(secret);
                    if (signInNow && !m_busy)
                        accept();
                });
    }
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    // Return means Sign In even after focus passed over Cancel while the form was busy.
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    m_usePassword->setEnabled(password);
    (password ? m_usePassword : m_useToken)->setChecked(true);
    connect(m_usePassword, &QRadioButton::toggled, this, &SignInDialog::updateMode);
    for (QLineEdit *edit : {m_user, m_password, m_token})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(session,
            &auth::AccountSession::signedIn,
            this,
            [this](const net::ApiError &error, const auth::CredentialError &store) {
                if (!m_busy)
                    return;
                setBusy(false);
                if (error) {
                    m_error->setText(error.toString());
                    m_error->setVisible(true);
                    return;
                }
                if (store) // signed in for this run; tell the user why it will not persist
                    m_error->setText(store.message);
                QDialog::accept();
            });
    updateMode();
    discoverWebSso();
}

void SignInDialog::discoverWebSso()
{
    auto *discovery = new auth::WebSsoDiscovery(m_session, this);
    connect(discovery,
            &auth::WebSsoDiscovery::finished,
            this,
            [this, discovery](const QList<auth::WebSsoProvider> &providers) {
                discovery->deleteLater();
                // No answer means no button: the other ways to sign in still work.
                for (const auth::WebSsoProvider &provider : providers) {
                    auto *button = new QPushButton(webSsoButtonText(provider), this);
                    connect(button, &QPushButton::clicked, this, [this, provider] {
                        openWebSso(provider);
                    });
                    m_ssoRow->addWidget(button);
                    button->show();
                    m_ssoButtons << button;
                }
                if (!providers.isEmpty())
                    adjustSize(); // grow to fit the new buttons rather than squeeze the form
                Q_EMIT webSsoDiscovered();
            });
    discovery->start();
}

void SignInDialog::openWebSso(const auth::WebSsoProvider &provider)
{
    auto *dialog = new WebSsoDialog(m_session, provider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { QDialog::accept(); });
    dialog->open();
}

void SignInDialog::updateMode()
{
    const bool password = m_usePassword->isChecked();
    m_user->setEnabled(password);
    m_password->setEnabled(password);
    m_token->setEnabled(!password);
    (password ? (m_user->text().isEmpty() ? m_user : m_password) : m_token)->setFocus();
    validate();
}

void SignInDialog::validate()
{
    const bool ready = m_usePassword->isChecked()
        ? !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty()
        : !m_token->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready && !m_busy);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setText(busy ? tr("Signing in…") : QString());
    m_progress->setVisible(busy);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_usePassword, m_useToken, m_user, m_password, m_token})
        w->setEnabled(!busy);
    m_usePassword->setEnabled(!busy && m_session->supportsPassword());
    for (QPushButton *button : std::as_const(m_ssoButtons))
        button->setEnabled(!busy);
    if (!busy)
        updateMode();
    validate();
}

void SignInDialog::accept()
{
    m_error->setVisible(false);
    setBusy(true);
    if (m_usePassword->isChecked())
        m_session->signInWithPassword(m_user->text().trimmed(), m_password->text());
    else
        m_session->signInWithToken(m_token->text().trimmed());
    m_password->clear(); // the secret lives in the keychain from here on, not in the widget
}

} // namespace wharf::ui
