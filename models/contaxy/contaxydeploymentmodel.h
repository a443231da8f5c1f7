#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/deployinput.h"
#include "contaxy/deployments.h"

#include <QTimer>

#include <functional>

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

    // Deploys `input` (checked by the caller with validate()). `done` gets the new deployment
    // or the server's error, unless `context` is gone; on success the list reloads and
    // `deployed` names the new row's id (models::IdRole) for views to select.
    using DeployReply = std::function<void(const contaxy::Deployment &, const net::ApiError &)>;
    void deploy(const contaxy::DeploymentInput &input, QObject *context, DeployReply done);
    // The server's suggested configuration for an image (a random name, mostly).
    using SuggestReply
        = std::function<void(const contaxy::DeploymentInput &, const net::ApiError &)>;
    void suggest(contaxy::Deployment::Kind kind,
                 const QString &image,
                 QObject *context,
                 SuggestReply done);
    // Asks for the actions of a deployment; answers with actionsLoaded.
    void loadActions(const contaxy::Deployment &deployment);
    // Runs an action on the server (not for new-tab actions: those are opened by the client).
    // Ends with actionFinished and a reload, since the status has changed.
    void runAction(const contaxy::Deployment &deployment, const contaxy::DeploymentAction &action);
    // The id (models::IdRole) of a deployment, "services/x" or "jobs/y".
    static QString idOf(const contaxy::Deployment &deployment);

Q_SIGNALS:
    void deployed(const QString &id);
    void actionsLoaded(const QString &id,
                       const QList<contaxy::DeploymentAction> &actions,
                       const net::ApiError &error);

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
