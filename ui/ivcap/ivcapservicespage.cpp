#include "ivcap/ivcapservicespage.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "common/resourcetable.h"
#include "ivcap/ivcapservicemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wharf::ui {

IvcapServicesPage::IvcapServicesPage(const AppContext &context,
                                     const QString &accountId,
                                     QWidget *parent)
    : Page(QStringLiteral("account/%1/services").arg(accountId), parent)
    , m_context(context)
    , m_accountId(accountId)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    auth::AccountSession *session = context.sessions->session(accountId);
    m_model = new IvcapServiceModel(session->client(), this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IvcapServiceModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter loaded services"));
    m_filter->setAccessibleName(tr("Filter services"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Services"));
    setUpResourceTable(m_view, IvcapServiceModel::DescriptionColumn);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    m_status->setAccessibleName(tr("Services status"));
    m_reload->setAccessibleName(tr("Reload services"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_reload, &QPushButton::clicked, m_model, &IvcapServiceModel::reload);
    connect(m_model, &IvcapServiceModel::loadingChanged, this, &IvcapServicesPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        for (int column : {int(IvcapServiceModel::NameColumn),
                           int(IvcapServiceModel::TagsColumn),
                           int(IvcapServiceModel::IdColumn)})
            m_view->resizeColumnToContents(column);
        updateStatus();
    });
    connect(m_model, &IvcapServiceModel::errorOccurred, this, [this](const net::ApiError &error) {
        if (auto *monitor = m_context.sessions->monitor(m_accountId))
            monitor->report(error);
        updateStatus();
    });
    updateStatus();
}

QString IvcapServicesPage::title() const
{
    const auto account = m_context.accounts->findById(m_accountId);
    return tr("Services — %1").arg(account ? account->displayName : QString());
}

QByteArray IvcapServicesPage::rawReply() const
{
    return m_model->lastReply();
}

void IvcapServicesPage::activate()
{
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->reload();
}

void IvcapServicesPage::updateStatus()
{
    QString text;
    if (m_model->isLoading())
        text = tr("Loading…");
    else if (m_model->lastError())
        text = tr("Could not load services: %1").arg(m_model->lastError().toString());
    else if (m_model->atEnd())
        text = tr("%n service(s)", nullptr, m_model->rowCount());
    else
        text = tr("%n service(s) loaded; scroll for more", nullptr, m_model->rowCount());
    m_status->setText(text);
}

} // namespace wharf::ui
