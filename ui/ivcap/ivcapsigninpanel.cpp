#include "ivcap/ivcapsigninpanel.h"

#include "auth/accountsession.h"
#include "auth/oidc/systembrowser.h"
#include "ivcap/ivcapsignin.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

using ivcap::IvcapSignIn;

IvcapSignInPanel::IvcapSignInPanel(auth::AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_signIn(new IvcapSignIn(session, this))
    , m_browser(new QPushButton(tr("Sign in with &browser"), this))
    , m_device(new QPushButton(tr("Sign in with a &code on another device"), this))
    , m_cancel(new QPushButton(tr("Cancel sign-in"), this))
    , m_status(new QLabel(this))
    , m_code(new QLabel(this))
    , m_link(new QLabel(this))
    , m_open(new QPushButton(tr("&Open link"), this))
    , m_copyLink(new QPushButton(tr("Copy &link"), this))
    , m_copyCode(new QPushButton(tr("Copy co&de"), this))
    , m_linkRow(new QWidget(this))
{
    // The browser opens through the desktop's handler (core has no GUI of its own).
    auth::oidc::setSystemBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); });

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setAccessibleName(tr("Sign-in code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setVisible(false);
    m_link->setWordWrap(true);
    m_link->setAccessibleName(tr("Sign-in link"));
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setOpenExternalLinks(true);

    auto *linkButtons = new QHBoxLayout(m_linkRow);
    linkButtons->setContentsMargins(0, 0, 0, 0);
    linkButtons->addWidget(m_open);
    linkButtons->addWidget(m_copyLink);
    linkButtons->addWidget(m_copyCode);
    linkButtons->addStretch();
    m_linkRow->setVisible(false);

    auto *methods = new QHBoxLayout;
    methods->addWidget(m_browser);
    methods->addWidget(m_device);
    methods->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(methods);
    layout->addWidget(m_status);
    layout->addWidget(m_code);
    layout->addWidget(m_link);
    layout->addWidget(m_linkRow);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    m_cancel->setVisible(false);
    m_browser->setEnabled(false);
    m_device->setEnabled(false);

    connect(m_browser, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_signIn->start(IvcapSignIn::Method::Browser);
    });
    connect(m_device, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_signIn->start(IvcapSignIn::Method::Device);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        cancel();
        m_status->setText(tr("Sign-in cancelled."));
    });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link->property("url").toString());
        m_status->setText(tr("Link copied. Paste it into a browser to continue."));
    });
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_code->text());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl(m_link->property("url").toString()));
    });
    connect(m_signIn, &IvcapSignIn::ready, this, [this](const net::ApiError &error) {
        onReady(error ? error.toString() : QString());
    });
    connect(m_signIn, &IvcapSignIn::progress, m_status, &QLabel::setText);
    connect(m_signIn, &IvcapSignIn::browserOpened, this, [this](const QUrl &url, bool opened) {
        showLink(url,
                 opened ? tr("If your browser did not open, open this link:")
                        : tr("Your browser could not be opened. Open this link in a browser "
                             "to sign in:"));
    });
    connect(m_signIn, &IvcapSignIn::deviceCodeReady, this, &IvcapSignInPanel::showCode);
    connect(m_signIn,
            &IvcapSignIn::finished,
            this,
            [this](const net::ApiError &error, const auth::CredentialError &store) {
                if (!m_busy)
                    return;
                setBusy(false);
                if (error) {
                    m_status->setText(tr("Sign-in failed: %1").arg(error.message));
                    return;
                }
                m_status->setText(tr("Signed in."));
                Q_EMIT signedIn(store);
            });
    m_status->setText(tr("Looking up how this server signs users in…"));
    m_signIn->prepare();
}

void IvcapSignInPanel::onReady(const QString &problem)
{
    m_ready = problem.isEmpty();
    if (!m_ready) {
        m_status->setText(tr("Browser sign-in is not available: %1").arg(problem));
    } else if (!m_busy) {
        m_status->setText(tr("Sign in with your organisation's account."));
    }
    setBusy(m_busy); // enables the methods the server offers
}

void IvcapSignInPanel::showLink(const QUrl &url, const QString &intro)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    m_link->setProperty("url", text);
    m_link->setText(QStringLiteral("%1<br><a href=\"%2\">%3</a>")
                        .arg(intro.toHtmlEscaped(),
                             text.toHtmlEscaped(),
                             url.adjusted(QUrl::RemoveQuery).toString().toHtmlEscaped()));
    m_link->setVisible(true);
    m_linkRow->setVisible(true);
    m_copyCode->setVisible(false);
    m_copyLink->setFocus();
}

void IvcapSignInPanel::showCode(const auth::oidc::DeviceCode &code)
{
    m_code->setText(code.userCode);
    m_code->setVisible(true);
    const QUrl target = code.verificationUriComplete.isEmpty() ? code.verificationUri
                                                               : code.verificationUriComplete;
    showLink(
        target,
        tr("On any device, open %1 and confirm the code below. The code expires at %2.")
            .arg(code.verificationUri.toString(),
                 QLocale().toString(code.expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    m_copyCode->setVisible(true);
    m_open->setFocus();
}

void IvcapSignInPanel::cancel()
{
    m_signIn->cancel();
    setBusy(false);
}

void IvcapSignInPanel::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_browser->setEnabled(!busy && m_signIn->supports(IvcapSignIn::Method::Browser));
    m_device->setEnabled(!busy && m_signIn->supports(IvcapSignIn::Method::Device));
    m_browser->setVisible(!m_ready || m_signIn->supports(IvcapSignIn::Method::Browser));
    m_device->setVisible(!m_ready || m_signIn->supports(IvcapSignIn::Method::Device));
    m_cancel->setVisible(busy);
    if (busy)
        m_cancel->setFocus();
    if (!busy) {
        m_code->setVisible(false);
        m_link->setVisible(false);
        m_linkRow->setVisible(false);
    }
    if (changed)
        Q_EMIT busyChanged(busy);
}

} // namespace wharf::ui
