#include "shell/transferspanel.h"

#include "common/transfermodel.h"
#include "transfer/transferqueue.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wharf::ui {

TransfersPanel::TransfersPanel(transfer::TransferQueue *queue,
                               TransferModel *model,
                               QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(model)
    , m_view(new QTableView(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(models::SortRole);
    m_view->setModel(proxy);
    m_view->setAccessibleName(tr("Transfers"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QToolBar(this);
    bar->setAccessibleName(tr("Transfer actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause = bar->addAction(tr("&Pause"), this, [this] { m_queue->pause(currentId()); });
    m_resume = bar->addAction(tr("Res&ume"), this, [this] { m_queue->resume(currentId()); });
    m_retry = bar->addAction(tr("Re&try"), this, [this] { m_queue->retry(currentId()); });
    m_cancel = bar->addAction(tr("&Cancel"), this, [this] { m_queue->cancel(currentId()); });
    bar->addSeparator();
    m_clear
        = bar->addAction(tr("C&lear Finished"), m_queue, &transfer::TransferQueue::clearFinished);
    m_pauseAll = bar->addAction(tr("Pause &All"));
    m_pauseAll->setCheckable(true);
    m_pauseAll->setChecked(queue->isPaused());
    connect(m_pauseAll, &QAction::toggled, m_queue, &transfer::TransferQueue::setPaused);
    for (auto [action, icon] : {std::pair {m_pause, "media-playback-pause"},
                                {m_resume, "media-playback-start"},
                                {m_retry, "view-refresh"},
                                {m_cancel, "process-stop"},
                                {m_clear, "edit-clear"},
                                {m_pauseAll, "media-playback-pause"}})
        action->setIcon(QIcon::fromTheme(QLatin1String(icon)));
    // The same actions on a transfer's row.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_pause, m_resume, m_retry, m_cancel});
    connect(m_queue, &transfer::TransferQueue::pausedChanged, m_pauseAll, &QAction::setChecked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &TransfersPanel::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TransfersPanel::updateActions);
    updateActions();
}

QString TransfersPanel::currentId() const
{
    return m_view->currentIndex().data(models::IdRole).toString();
}

void TransfersPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    m_pause->setEnabled(current.data(TransferModel::CanPauseRole).toBool());
    m_resume->setEnabled(current.data(TransferModel::CanResumeRole).toBool());
    m_retry->setEnabled(current.data(TransferModel::CanRetryRole).toBool());
    m_cancel->setEnabled(current.data(TransferModel::CanCancelRole).toBool());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

} // namespace wharf::ui
