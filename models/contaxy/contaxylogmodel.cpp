#include "contaxy/contaxylogmodel.h"

#include "auth/accountsession.h"

namespace wharf {

ContaxyLogModel::ContaxyLogModel(auth::AccountSession *session,
                                 const QString &projectId,
                                 const contaxy::Deployment &deployment,
                                 QObject *parent)
    : LogModel(parent)
    , m_deployment(deployment)
    , m_follower(new contaxy::LogFollower(
          session->client(), projectId, deployment.kind, deployment.id, this))
{
    setText(&m_follower->text());
    connect(m_follower, &contaxy::LogFollower::reset, this, &ContaxyLogModel::clearRows);
    connect(m_follower, &contaxy::LogFollower::grew, this, &ContaxyLogModel::sync);
}

} // namespace wharf
