#pragma once

#include "projects.h"

#include <functional>

class QObject;

namespace wharf::net {
class HttpClient;
}

namespace wharf::contaxy {

// Every project the signed-in user can open, the home project included.
struct ProjectList
{
    QList<Project> projects; // the home project first, then by display name
    QString homeId; // the user's id, which is the home project's id (§2.2)
    QByteArray raw; // the GET /projects reply, as received
};
using ProjectListDone = std::function<void(const ProjectList &list, const net::ApiError &error)>;

// GET /projects hides the user's home project from non-admins (§12.3), so this asks who the
// user is (once: pass the id when known), lists the projects and adds the home project.
// Calls are owned by `context`; `done` runs once.
void fetchProjects(net::HttpClient *client,
                   const QString &knownUserId,
                   QObject *context,
                   ProjectListDone done);

// Home first, then by display name (locale-aware).
bool projectOrder(const Project &a, const Project &b, const QString &homeId);

} // namespace wharf::contaxy
