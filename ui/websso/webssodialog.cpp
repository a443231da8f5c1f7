#include "webssodialog.h"

#include "auth/accountsession.h"
#include "auth/websessionexchange.h"
#include "embeddedbrowser.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWebSso, "wharf.ui.websso")

namespace wharf::ui {

QString webSsoButtonText(const auth::WebSsoProvider &provider)
{
    return provider.name.isEmpty()
        ? QCoreApplication::translate("WebSsoDialog", "Sign in with single sign-on (browser)")
        : QCoreApplication::translate("WebSsoDialog", "Sign in with %1 (browser)")
              .arg(provider.name);
}

WebSsoDialog::WebSsoDialog(auth::AccountSession *session,
                           const auth::WebSsoProvider &provider,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_provider(provider)
    , m_status(new QLabel(this))
    , m_paste(new QWidget(this))
    , m_link(new QLabel(m_paste))
    , m_token(new QLineEdit(m_paste))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const Account &account = session->account();
    if (const auto platform = auth::WebSsoPlatform::create(account.kind))
        m_tokenPage = platform->tokenPageUrl(account.serverUrl);
    const QString via = provider.name.isEmpty() ? tr("single sign-on") : provider.name;
    setWindowTitle(tr("Sign in to %1 with %2").arg(account.displayName, via));
    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_paste);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebSsoDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(session,
            &auth::AccountSession::signedIn,
            this,
            [this](const net::ApiError &error, const auth::CredentialError &store) {
                if (!m_busy)
                    return;
                m_busy = false;
                if (error) {
                    showError(error.toString());
                    return;
                }
                if (store) // signed in for this run only; the keychain said why
                    m_note = store.message;
                if (!m_note.isEmpty())
                    qCInfo(lcWebSso) << "signed in:" << m_note;
                QDialog::accept();
            });

    m_browser = createEmbeddedBrowser(account.serverUrl, provider.cookieName, this);
    if (!m_browser) {
        setUpPaste(embeddedBrowserUnavailableReason());
        return;
    }
    m_paste->setVisible(false);
    m_status->setText(tr("Sign in on the page below. Wharf takes over once the server has "
                         "signed you in."));
    layout->insertWidget(1, m_browser, 1);
    resize(900, 720);
    connect(m_browser, &EmbeddedBrowser::sessionCookie, this, &WebSsoDialog::onSessionCookie);
    connect(m_browser, &EmbeddedBrowser::failed, this, [this](const QString &reason) {
        m_browser->hide();
        m_browser->deleteLater();
        m_browser = nullptr;
        m_paste->setVisible(true);
        setUpPaste(reason);
    });
    // Queued, so that whoever opens the dialog can still adjust the browser first.
    QMetaObject::invokeMethod(
        this, [this] { m_browser->load(m_provider.startUrl); }, Qt::QueuedConnection);
}

WebSsoDialog::~WebSsoDialog() = default;

void WebSsoDialog::setUpPaste(const QString &why)
{
    m_pasteMode = true;
    QString text = why + QLatin1Char(' ')
        + tr("Sign in on the web instead, make an API token there and paste it here.");
    if (!m_provider.canCreateApiToken)
        text += QLatin1Char(' ')
            + tr("Note: this server does not let accounts of this sign-in make API tokens; ask "
                 "its administrators.");
    m_status->setText(text);
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString url = m_tokenPage.toString();
    m_link->setText(tr("API tokens are made at <a href=\"%1\">%2</a>.")
                        .arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_token->setPlaceholderText(tr("API token"));
    auto *layout = new QVBoxLayout(m_paste);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_link);
    layout->addWidget(m_token);
    QPushButton *ok = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    ok->setEnabled(false);
    connect(m_token, &QLineEdit::textChanged, this, [this, ok](const QString &typed) {
        ok->setEnabled(!typed.trimmed().isEmpty() && !m_busy);
    });
    m_token->setFocus();
}

void WebSsoDialog::accept()
{
    if (!isPasteMode() || m_busy || m_token->text().trimmed().isEmpty())
        return;
    m_error->setVisible(false);
    const QString token = m_token->text().trimmed();
    m_token->clear(); // from here on the secret lives in the keychain, not in the widget
    signIn(token);
}

void WebSsoDialog::onSessionCookie(const QString &value)
{
    // The browser has done its part; its web pages and cookies go with it.
    m_browser->hide();
    m_browser->deleteLater();
    m_browser = nullptr;
    m_status->setText(tr("Signed in on the web. Making an API token for Wharf…"));
    resize(minimumSizeHint().expandedTo(QSize(480, 0)));
    m_busy = true;
    m_exchange = new auth::WebSessionExchange(m_session->account(), m_provider, this);
    connect(m_exchange,
            &auth::WebSessionExchange::finished,
            this,
            [this](const QString &token, bool, const QString &note, const net::ApiError &error) {
                m_exchange->deleteLater();
                m_exchange = nullptr;
                m_busy = false;
                if (error) {
                    showError(error.toString());
                    return;
                }
                m_note = note;
                signIn(token);
            });
    m_exchange->start(value);
}

void WebSsoDialog::signIn(const QString &token)
{
    m_busy = true;
    m_status->setText(tr("Checking the token and storing it…"));
    // Checked with "who am I", written to the keychain, then used.
    m_session->signInWithToken(token);
}

void WebSsoDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    if (!m_pasteMode)
        m_status->setText(tr("The sign-in did not finish."));
}

} // namespace wharf::ui
