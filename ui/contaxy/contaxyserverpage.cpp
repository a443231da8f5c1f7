#include "contaxy/contaxyserverpage.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "contaxy/contaxyserverstatus.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

ContaxyServerPage::ContaxyServerPage(const PageContext &context, QWidget *parent)
    : Page(context.id.toString(), parent)
    , m_context(context)
    , m_version(new QLabel(this))
    , m_namespace(new QLabel(this))
    , m_state(new QLabel(this))
    , m_health(new QLabel(this))
    , m_metadata(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_refresh(
          new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this))
{
    const std::initializer_list<std::pair<QLabel *, QString>> labels {
        {m_version, tr("Server version")},
        {m_namespace, tr("Namespace")},
        {m_state, tr("System state")},
        {m_health, tr("Health")},
        {m_metadata, tr("Metadata")},
        {m_problem, tr("Problem")}};
    for (const auto &[label, name] : labels) {
        label->setAccessibleName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_problem->setVisible(false);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setAccessibleName(tr("Refresh server information"));
    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Namespace:"), m_namespace);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Health:"), m_health);
    form->addRow(tr("Metadata:"), m_metadata);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_status)
            m_status->refresh();
    });
    update();
}

QString ContaxyServerPage::title() const
{
    const auto account = m_context.app.accounts->findById(m_context.id.accountId);
    return tr("Server — %1").arg(account ? account->displayName : QString());
}

QByteArray ContaxyServerPage::rawReply() const
{
    return m_status ? m_status->rawReply() : QByteArray();
}

void ContaxyServerPage::activate()
{
    // Sessions appear shortly after start-up; the page may have been made before.
    if (!m_status) {
        auth::AccountSession *session = m_context.app.sessions->session(m_context.id.accountId);
        if (!session)
            return;
        m_status = new ContaxyServerStatus(session, this);
        connect(m_status, &ContaxyServerStatus::changed, this, &ContaxyServerPage::update);
    }
    if (!m_status->hasInfo() && !m_status->isLoading())
        m_status->refresh();
}

void ContaxyServerPage::update()
{
    using Health = ContaxyServerStatus::HealthState;
    const bool known = m_status && m_status->hasInfo();
    const QString pending = m_status && m_status->isLoading() ? tr("checking…") : tr("unknown");
    const auto &info = known ? *m_status->info() : contaxy::SystemInfo();
    m_version->setText(known ? info.version : pending);
    m_namespace->setText(known ? info.ns : pending);
    if (!known)
        m_state->setText(pending);
    else if (info.isUninitialized())
        m_state->setText(tr("not set up yet: sign in to set it up and create its first "
                            "administrator"));
    else if (info.state == QLatin1String("running"))
        m_state->setText(tr("running"));
    else
        m_state->setText(info.state);
    QStringList metadata;
    for (auto it = info.metadata.cbegin(); it != info.metadata.cend(); ++it)
        metadata << tr("%1: %2").arg(it.key(), it.value());
    m_metadata->setText(metadata.isEmpty() ? tr("none") : metadata.join(QLatin1Char('\n')));
    switch (m_status ? m_status->health() : Health::Unknown) {
    case Health::Unknown:
        m_health->setText(tr("unknown"));
        break;
    case Health::Checking:
        m_health->setText(tr("checking…"));
        break;
    case Health::Healthy:
        m_health->setText(tr("healthy"));
        break;
    case Health::Unhealthy:
        m_health->setText(tr("unhealthy: %1").arg(m_status->healthMessage()));
        break;
    }
    const net::ApiError error = m_status ? m_status->infoError() : net::ApiError();
    m_problem->setText(error ? tr("Could not load the server information: %1").arg(error.toString())
                             : QString());
    m_problem->setVisible(bool(error));
    m_refresh->setEnabled(m_status && !m_status->isLoading());
}

} // namespace wharf::ui
