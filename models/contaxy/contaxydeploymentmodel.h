#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/deployments.h"

#include <QTimer>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// A Contaxy project's services and jobs in one list (two calls per load). While any of them is
// still starting or stopping the list reloads itself every few seconds.
class ContaxyDeploymentModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        StatusColumn,
        ImageColumn,
        ComputeColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role { StatusRole = models::FirstModelRole, KindRole };

    ContaxyDeploymentModel(auth::AccountSession *session,
                           const QString &projectId,
                           QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString project() const { return m_project; }
    const contaxy::Deployment &deployment(int row) const { return m_rows.at(row); }
    // How often a list with a starting deployment reloads (tests shorten it).
    void setRefreshInterval(int ms) { m_refresh.setInterval(ms); }
    bool isRefreshing() const { return m_refresh.isActive(); }

    // Deletes the deployment; its row goes when the server confirms. Ends with actionFinished.
    void remove(const contaxy::Deployment &deployment);

protected:
    QStringList columnTitles() const override;
    bool canLoad() const override { return ResourceListModel::canLoad() && !m_project.isEmpty(); }
    int rows() const override { return int(m_rows.size()); }

private:
    void apply(QList<contaxy::Deployment> rows);

    auth::AccountSession *m_session;
    QString m_project;
    QList<contaxy::Deployment> m_rows;
    QTimer m_refresh;
};

} // namespace wharf
