#include "shell/accountpage.h"

#include "accounts/accountstore.h"
#include "accounts/platformprobe.h"
#include "auth/sessionregistry.h"
#include "auth/signininfo.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

AccountPage::AccountPage(const AppContext &context, const QString &accountId, QWidget *parent)
    : Page(QStringLiteral("account/") + accountId, parent)
    , m_context(context)
    , m_accountId(accountId)
    , m_heading(new QLabel(this))
    , m_server(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_method(new QLabel(this))
    , m_expires(new QLabel(this))
    , m_version(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in…"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
    , m_retry(new QPushButton(tr("&Retry now"), this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Account name"));
    for (QLabel *label : {m_server, m_connection, m_identity, m_method, m_expires, m_version}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    m_server->setAccessibleName(tr("Server"));
    m_connection->setAccessibleName(tr("Connection"));
    m_identity->setAccessibleName(tr("Signed in as"));
    m_method->setAccessibleName(tr("Sign-in method"));
    m_expires->setAccessibleName(tr("Sign-in expires"));
    m_version->setAccessibleName(tr("Server version"));
    m_version->setText(tr("checking…"));
    auto *remove = new QPushButton(tr("Re&move account…"), this);
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_retry->setAccessibleName(tr("Retry the connection now"));
    remove->setAccessibleName(tr("Remove account"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Connection:"), m_connection);
    form->addRow(tr("Signed in as:"), m_identity);
    form->addRow(tr("Sign-in:"), m_method);
    form->addRow(tr("Expires:"), m_expires);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, [this] { Q_EMIT signInRequested(m_accountId); });
    connect(remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(m_accountId); });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (auto *session = m_context.sessions->session(m_accountId))
            session->signOut();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_context.sessions->retryConnection(m_accountId);
    });
    connect(m_context.sessions,
            &auth::SessionRegistry::accountDisplayChanged,
            this,
            [this](const QString &id) {
                if (id == m_accountId)
                    refresh();
            });
    m_signIn->setIcon(QIcon::fromTheme(QStringLiteral("dialog-password")));
    m_signOut->setIcon(QIcon::fromTheme(QStringLiteral("network-disconnect")));
    m_retry->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    refresh();
    probeVersion();
}

// The server's version from its public discovery route (no credentials needed).
void AccountPage::probeVersion()
{
    const auto account = m_context.accounts->findById(m_accountId);
    if (!account)
        return;
    auto *probe = new PlatformProbe(account->serverUrl, this);
    probe->setPinnedCertificateSha256(account->pinnedCertificateSha256);
    connect(probe, &PlatformProbe::finished, this, [this, probe](const ProbeResult &result) {
        probe->deleteLater();
        if (result.error)
            m_version->setText(tr("unknown (%1)").arg(result.error.message));
        else
            m_version->setText(result.version.isEmpty() ? tr("not told") : result.version);
    });
    probe->start();
}

QString AccountPage::title() const
{
    const auto account = m_context.accounts->findById(m_accountId);
    return account ? account->displayName : QString();
}

QByteArray AccountPage::rawReply() const
{
    return m_context.sessions->identity(m_accountId).rawReply;
}

void AccountPage::activate()
{
    refresh();
}

void AccountPage::refresh()
{
    const auto account = m_context.accounts->findById(m_accountId);
    if (!account)
        return;
    m_heading->setText(account->displayName);
    m_server->setText(
        tr("%1 at %2").arg(platformKindDisplayName(account->kind), account->serverUrl.toString()));
    const auto *monitor = m_context.sessions->monitor(m_accountId);
    const auto state = monitor ? monitor->state() : net::ConnectionMonitor::State::Unknown;
    QString connection = net::ConnectionMonitor::stateName(state);
    if (monitor && monitor->lastError())
        connection += QStringLiteral(" — ") + monitor->lastError().message;
    m_connection->setText(connection);
    m_retry->setVisible(state == net::ConnectionMonitor::State::Reconnecting
                        || state == net::ConnectionMonitor::State::Offline);
    const bool signedIn = m_context.sessions->isSignedIn(m_accountId);
    const auth::Identity identity = m_context.sessions->identity(m_accountId);
    QString who = tr("Not signed in");
    if (signedIn) {
        if (identity.rawReply.isEmpty())
            who = tr("Signed in (checking…)");
        else
            who = identity.name.isEmpty() ? tr("Signed in") : identity.name;
        if (!identity.email.isEmpty() && identity.email != identity.name)
            who += QStringLiteral(" <%1>").arg(identity.email);
        for (const QString &line : identity.details)
            who += QLatin1Char('\n') + line;
    }
    m_identity->setText(who);
    const auth::AccountSession *session = m_context.sessions->session(m_accountId);
    const auth::SignInInfo info = session ? auth::signInInfo(*session) : auth::SignInInfo();
    m_method->setText(info.methodText());
    QString expires = info.expires.isValid()
        ? QLocale().toString(info.expires.toLocalTime(), QLocale::LongFormat)
        : (info.method == auth::SignInInfo::Method::None ? QString() : tr("not set by the server"));
    if (info.expires.isValid() && info.renewsItself)
        expires += QLatin1Char(' ') + tr("(renewed before then)");
    m_expires->setText(expires);
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
    Q_EMIT titleChanged();
}

} // namespace wharf::ui
