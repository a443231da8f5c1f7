#include "contaxy/contaxydeploymentspage.h"

#include "auth/accountsession.h"
#include "common/logview.h"
#include "common/resourcetable.h"
#include "contaxy/contaxydeploymentmodel.h"
#include "contaxy/contaxylogmodel.h"
#include "contaxy/deploydialog.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <utility>

namespace wharf::ui {

using contaxy::Deployment;

namespace {
// Where the page keeps which log was open, so that it opens again with the page. Inside the
// account's own group, so removing the account forgets it.
QString openLogKey(const QString &accountId, const QString &projectId)
{
    return QStringLiteral("accounts/%1/contaxy/openLog/%2")
        .arg(accountId, QString::fromLatin1(QUrl::toPercentEncoding(projectId)));
}
} // namespace

ContaxyDeploymentsPage::ContaxyDeploymentsPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyDeploymentModel(session(), context.id.projectId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_log(new LogView(this))
    , m_actionsMenu(new QMenu(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Deployments"));
    setUpResourceTable(m_view, ContaxyDeploymentModel::ImageColumn);
    m_view->sortByColumn(ContaxyDeploymentModel::NameColumn, Qt::AscendingOrder);

    m_deploy = addAction(QStringLiteral("document-new"),
                         tr("De&ploy…"),
                         QKeySequence(Qt::CTRL | Qt::Key_N),
                         false,
                         [this] { openDeployDialog(); });
    m_actions
        = addAction(QStringLiteral("system-run"), tr("&Actions"), QKeySequence(), true, [] {});
    m_actions->setMenu(m_actionsMenu);
    if (auto *button = qobject_cast<QToolButton *>(toolBar()->widgetForAction(m_actions)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_showLog = addAction(QStringLiteral("text-x-log"),
                          tr("Show &Log"),
                          QKeySequence(Qt::CTRL | Qt::Key_L),
                          true,
                          [this] { showLog(selectedRow()); });
    m_open = addAction(QStringLiteral("internet-services"),
                       tr("&Open in Browser"),
                       QKeySequence(Qt::CTRL | Qt::Key_O),
                       true,
                       [this] { openEndpoint(); });
    m_copyId = addAction(QStringLiteral("edit-copy"), tr("Copy &ID"), QKeySequence(), true, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        QGuiApplication::clipboard()->setText(m_model->deployment(row).id);
        setNotice(tr("Id copied."));
    });
    m_closeLog = addAction(QStringLiteral("window-close"),
                           tr("&Close Log"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                           false,
                           [this] { closeLog(); });
    m_delete = addAction(
        QStringLiteral("edit-delete"), tr("&Delete…"), QKeySequence::Delete, true, [this] {
            confirmDelete();
        });
    addAction(QStringLiteral("view-refresh"), tr("&Reload"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    QLineEdit *filter = addFilter(tr("Filter deployments"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_split->addWidget(m_view);
    m_split->addWidget(m_log);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 2);
    m_log->hide();
    setList(m_model, m_split, m_view);
    connect(m_model->loader(), &ListLoader::pageLoaded, this, [this](bool first) {
        if (first && openPendingItem())
            m_restored = true; // asked for explicitly: that wins over the log left open
        if (first && !m_restored) {
            m_restored = true;
            const QString open
                = QSettings()
                      .value(openLogKey(ResourcePage::context().id.accountId, m_model->project()))
                      .toString();
            const int row = open.isEmpty() ? -1 : m_model->rowOfId(open);
            if (row >= 0) {
                m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
                showLog(row);
            }
        }
        if (!m_selectWhenLoaded.isEmpty() && m_model->rowOfId(m_selectWhenLoaded) >= 0)
            selectId(std::exchange(m_selectWhenLoaded, QString()));
        loadActionsIfChanged();
        for (int column : {int(ContaxyDeploymentModel::NameColumn),
                           int(ContaxyDeploymentModel::KindColumn),
                           int(ContaxyDeploymentModel::StatusColumn),
                           int(ContaxyDeploymentModel::ComputeColumn)})
            m_view->resizeColumnToContents(column);
    });
    connect(m_model, &ContaxyDeploymentModel::deployed, this, [this](const QString &id) {
        m_selectWhenLoaded = id;
    });
    connect(m_model,
            &ContaxyDeploymentModel::actionsLoaded,
            this,
            &ContaxyDeploymentsPage::fillActionsMenu);
    connect(m_log->followAction(), &QAction::toggled, this, [this](bool on) {
        if (m_logModel)
            m_logModel->follower()->setFollowing(on);
    });
    updateActions();
}

QString ContaxyDeploymentsPage::pageName() const
{
    return tr("Deployments");
}

QString ContaxyDeploymentsPage::countText() const
{
    return tr("%n deployment(s)", nullptr, m_model->rowCount());
}

int ContaxyDeploymentsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ContaxyDeploymentsPage::openRow(const QModelIndex &index)
{
    showLog(m_proxy->mapToSource(index).row());
}

void ContaxyDeploymentsPage::showLog(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Deployment &d = m_model->deployment(row);
    m_log->setModel(nullptr);
    delete m_logModel;
    m_logModel = new ContaxyLogModel(session(), m_model->project(), d, this);
    m_log->setModel(m_logModel);
    contaxy::LogFollower *follower = m_logModel->follower();
    connect(follower,
            &contaxy::LogFollower::stateChanged,
            this,
            &ContaxyDeploymentsPage::updateLogStatus);
    connect(follower, &contaxy::LogFollower::grew, this, &ContaxyDeploymentsPage::updateLogStatus);
    m_log->show();
    QSettings().setValue(openLogKey(ResourcePage::context().id.accountId, m_model->project()),
                         d.kind == Deployment::Kind::Service ? QStringLiteral("services/") + d.id
                                                             : QStringLiteral("jobs/") + d.id);
    // A running deployment is followed from the start: that is what people open it for.
    const bool follow = d.isRunning() || d.isStarting();
    {
        const QSignalBlocker block(m_log->followAction());
        m_log->followAction()->setChecked(follow);
    }
    follower->setFollowing(follow);
    follower->reload();
    m_log->list()->setFocus();
    updateLogStatus();
    updateActions();
}

void ContaxyDeploymentsPage::openItem(const QString &name)
{
    m_pendingItem = name;
    openPendingItem();
}

bool ContaxyDeploymentsPage::openPendingItem()
{
    if (m_pendingItem.isEmpty())
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Deployment &d = m_model->deployment(row);
        if (d.id == m_pendingItem || d.displayName == m_pendingItem) {
            m_pendingItem.clear();
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            showLog(row);
            return true;
        }
    }
    return false;
}

void ContaxyDeploymentsPage::updateLogStatus()
{
    if (!m_logModel)
        return;
    const contaxy::LogFollower *f = m_logModel->follower();
    const QString name = m_logModel->deployment().displayName;
    QString status;
    switch (f->state()) {
    case contaxy::LogFollower::State::Loading:
        status = tr("Loading the log of %1…").arg(name);
        break;
    case contaxy::LogFollower::State::Retrying:
        status = tr("Log of %1: %2 Trying again…").arg(name, f->lastError().message);
        break;
    case contaxy::LogFollower::State::Following:
        status
            = tr("Following the log of %1: %n line(s)", nullptr, m_logModel->rowCount()).arg(name);
        break;
    case contaxy::LogFollower::State::Idle:
        status = f->lastError()
            ? tr("The log of %1 could not be loaded: %2").arg(name, f->lastError().message)
            : f->empty() ? tr("%1 has not logged anything yet.").arg(name)
                         : tr("Log of %1: %n line(s)", nullptr, m_logModel->rowCount()).arg(name);
        break;
    }
    setNotice(status);
}

void ContaxyDeploymentsPage::openEndpoint()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Deployment &d = m_model->deployment(row);
    if (d.kind != Deployment::Kind::Service || d.endpoints.isEmpty())
        return;
    QDesktopServices::openUrl(contaxy::endpointUrl(
        session()->account().serverUrl, m_model->project(), d.id, d.endpoints.first()));
}

void ContaxyDeploymentsPage::confirmDelete()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Deployment d = m_model->deployment(row);
    askToConfirm(
        tr("Delete Deployment"),
        d.kind == Deployment::Kind::Service
            ? tr("Delete the service %1? Its container stops and its log is gone.")
                  .arg(d.displayName)
            : tr("Delete the job %1? Its container stops and its log is gone.").arg(d.displayName),
        tr("&Delete"),
        [this, d] {
            if (m_logModel && m_logModel->deployment().id == d.id) {
                m_log->setModel(nullptr);
                delete m_logModel;
                m_logModel = nullptr;
                m_log->hide();
            }
            m_model->remove(d);
        });
}

void ContaxyDeploymentsPage::closeLog()
{
    m_log->setModel(nullptr);
    delete m_logModel;
    m_logModel = nullptr;
    m_log->hide();
    QSettings().remove(openLogKey(ResourcePage::context().id.accountId, m_model->project()));
    setNotice(QString());
    updateActions();
}

DeployDialog *ContaxyDeploymentsPage::openDeployDialog()
{
    auto *dialog = new DeployDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void ContaxyDeploymentsPage::selectId(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
}

void ContaxyDeploymentsPage::loadActionsIfChanged()
{
    const int row = selectedRow();
    if (row < 0) {
        m_actionsFor.clear();
        m_actionsMenu->clear();
        return;
    }
    const Deployment &d = m_model->deployment(row);
    // The actions follow the status (start when stopped, stop otherwise): ask again when it
    // changes, not on every reload.
    const QString key = ContaxyDeploymentModel::idOf(d) + QLatin1Char('\n') + d.status;
    if (key == m_actionsFor)
        return;
    m_actionsFor = key;
    m_actionsMenu->clear();
    m_actionsMenu->addAction(tr("Loading actions…"))->setEnabled(false);
    m_model->loadActions(d);
}

void ContaxyDeploymentsPage::fillActionsMenu(const QString &id,
                                             const QList<contaxy::DeploymentAction> &actions,
                                             const net::ApiError &error)
{
    const int row = selectedRow();
    if (row < 0 || ContaxyDeploymentModel::idOf(m_model->deployment(row)) != id)
        return; // the selection moved on meanwhile
    const Deployment d = m_model->deployment(row);
    m_actionsMenu->clear();
    if (error) {
        m_actionsMenu->addAction(tr("Actions not available: %1").arg(error.message))
            ->setEnabled(false);
        m_actionsFor.clear(); // ask again next time
        return;
    }
    if (actions.isEmpty()) {
        m_actionsMenu->addAction(tr("No actions"))->setEnabled(false);
        return;
    }
    for (const contaxy::DeploymentAction &a : actions) {
        QString icon = QStringLiteral("system-run");
        if (!a.newTab.isEmpty())
            icon = QStringLiteral("internet-services");
        else if (a.id == QLatin1String("start"))
            icon = QStringLiteral("media-playback-start");
        else if (a.id == QLatin1String("stop"))
            icon = QStringLiteral("media-playback-stop");
        else if (a.id == QLatin1String("restart"))
            icon = QStringLiteral("view-refresh");
        QAction *item = m_actionsMenu->addAction(QIcon::fromTheme(icon), a.displayName);
        item->setData(a.id);
        connect(item, &QAction::triggered, this, [this, d, a] {
            if (!a.newTab.isEmpty()) {
                QDesktopServices::openUrl(a.newTab);
                return;
            }
            setNotice(tr("Running %1 on %2…").arg(a.displayName, d.displayName));
            m_model->runAction(d, a);
        });
    }
}

void ContaxyDeploymentsPage::updateActions()
{
    const int row = selectedRow();
    const bool selected = row >= 0;
    m_showLog->setEnabled(selected);
    m_closeLog->setEnabled(m_logModel != nullptr);
    m_copyId->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_actions->setEnabled(selected);
    loadActionsIfChanged();
    m_open->setEnabled(selected && m_model->deployment(row).kind == Deployment::Kind::Service
                       && !m_model->deployment(row).endpoints.isEmpty());
}

} // namespace wharf::ui
