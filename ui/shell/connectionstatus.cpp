#include "shell/connectionstatus.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace wharf::ui {

ConnectionStatus::ConnectionStatus(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_identity(new QLabel(this))
    , m_state(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
{
    m_identity->setAccessibleName(tr("Signed-in identity"));
    m_state->setAccessibleName(tr("Connection state"));
    m_retry->setAccessibleName(tr("Retry the connection now"));
    m_retry->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_identity);
    layout->addWidget(m_state);
    layout->addWidget(m_retry);
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
    refresh();
}

void ConnectionStatus::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    refresh();
}

QString ConnectionStatus::text() const
{
    return m_identity->text() + QLatin1Char(' ') + m_state->text();
}

void ConnectionStatus::refresh()
{
    const auto account = m_context.accounts->findById(m_accountId);
    if (!account) {
        m_identity->setText(tr("No account selected"));
        m_state->clear();
        m_retry->hide();
        return;
    }
    const auth::Identity identity = m_context.sessions->identity(m_accountId);
    if (!m_context.sessions->isSignedIn(m_accountId))
        m_identity->setText(tr("%1: not signed in").arg(account->displayName));
    else
        m_identity->setText(tr("%1: %2").arg(
            account->displayName, identity.name.isEmpty() ? tr("signed in") : identity.name));
    const auto *monitor = m_context.sessions->monitor(m_accountId);
    const auto state = monitor ? monitor->state() : net::ConnectionMonitor::State::Unknown;
    QString text = QStringLiteral("· ") + net::ConnectionMonitor::stateName(state);
    const bool retrying = state == net::ConnectionMonitor::State::Reconnecting
        || state == net::ConnectionMonitor::State::Offline;
    if (retrying && monitor->secondsUntilRetry() > 0)
        text += tr(" (next try in %n s)", nullptr, monitor->secondsUntilRetry());
    m_state->setText(text);
    m_state->setToolTip(monitor && monitor->lastError() ? monitor->lastError().message : QString());
    m_retry->setVisible(retrying);
}

} // namespace wharf::ui
