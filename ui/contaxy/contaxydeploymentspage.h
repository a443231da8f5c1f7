#pragma once

#include "common/resourcepage.h"
#include "contaxy/deployinput.h"

class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace wharf {
class ContaxyDeploymentModel;
class ContaxyLogModel;
} // namespace wharf

namespace wharf::ui {

class DeployDialog;
class LogView;

// A project's services and jobs with their status, image, compute and age; the selected one's
// log opens below the list (Return or double-click), optionally following new lines.
class ContaxyDeploymentsPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyDeploymentsPage(const PageContext &context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ContaxyDeploymentModel *model() const { return m_model; }
    LogView *logView() const { return m_log; }
    ContaxyLogModel *logModel() const { return m_logModel; }
    // Shows the log of the deployment in `row` of the model (not the view).
    void showLog(int row);
    // Opens the log of the deployment with this id or name, now or once the list has it.
    void openItem(const QString &name) override;
    // Opens the deploy dialog (window-modal); on success the new row gets selected.
    DeployDialog *openDeployDialog();
    // The selected deployment's actions, in the toolbar and the rows' context menu.
    QMenu *actionsMenu() const { return m_actionsMenu; }
    QAction *deployAction() const { return m_deploy; }

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;

private:
    int selectedRow() const; // in the model, or -1
    void confirmDelete();
    void openEndpoint();
    void closeLog();
    void updateLogStatus();
    void selectId(const QString &id);
    void loadActionsIfChanged();
    void fillActionsMenu(const QString &id,
                         const QList<contaxy::DeploymentAction> &actions,
                         const net::ApiError &error);

    ContaxyDeploymentModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QSplitter *m_split;
    LogView *m_log;
    ContaxyLogModel *m_logModel = nullptr;
    bool m_restored = false; // the log open last time was opened again
    QString m_pendingItem; // openItem before the list had arrived
    bool openPendingItem();
    QAction *m_showLog;
    QAction *m_closeLog = nullptr;
    QAction *m_open;
    QAction *m_delete;
    QAction *m_copyId;
    QAction *m_deploy;
    QAction *m_actions;
    QMenu *m_actionsMenu;
    QString m_actionsFor; // id and status whose actions the menu holds or awaits
    QString m_selectWhenLoaded; // a just deployed row, selected once the list has it
};

} // namespace wharf::ui
