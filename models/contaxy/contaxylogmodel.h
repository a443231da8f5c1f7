#pragma once

#include "common/logmodel.h"
#include "contaxy/deployments.h"
#include "contaxy/logfollower.h"

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// A Contaxy deployment's log, loaded on demand and, in follow mode, polled for new lines.
class ContaxyLogModel : public LogModel
{
    Q_OBJECT
public:
    ContaxyLogModel(auth::AccountSession *session,
                    const QString &projectId,
                    const contaxy::Deployment &deployment,
                    QObject *parent = nullptr);

    contaxy::LogFollower *follower() const { return m_follower; }
    const contaxy::Deployment &deployment() const { return m_deployment; }

private:
    contaxy::Deployment m_deployment;
    contaxy::LogFollower *m_follower;
};

} // namespace wharf
