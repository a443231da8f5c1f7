#pragma once

#include "common/resourcepage.h"

class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace wharf {
class ContaxyDeploymentModel;
class ContaxyLogModel;
} // namespace wharf

namespace wharf::ui {

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
};

} // namespace wharf::ui
