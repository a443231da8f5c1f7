#include "projectlisting.h"

#include "contaxyauth.h"
#include "net/then.h"

namespace wharf::contaxy {

bool projectOrder(const Project &a, const Project &b, const QString &homeId)
{
    if ((a.id == homeId) != (b.id == homeId))
        return a.id == homeId;
    return a.displayName.localeAwareCompare(b.displayName) < 0;
}

namespace {

void listWithHome(net::HttpClient *client,
                  const QString &userId,
                  QObject *context,
                  ProjectListDone done)
{
    net::send(client, listProjectsRequest(), context, [=](const net::ApiResponse &reply) {
        ProjectList list;
        list.homeId = userId;
        list.raw = reply.body;
        net::ApiError error = reply.error;
        auto projects = error ? std::nullopt : parseProjects(reply, &error);
        if (!projects) {
            done(list, error);
            return;
        }
        list.projects = *projects;
        const bool listed = std::any_of(list.projects.cbegin(),
                                        list.projects.cend(),
                                        [&](const Project &p) { return p.id == userId; });
        auto finish = [done](ProjectList result) {
            std::sort(result.projects.begin(),
                      result.projects.end(),
                      [&](const Project &a, const Project &b) {
                          return projectOrder(a, b, result.homeId);
                      });
            done(result, net::ApiError());
        };
        if (listed || userId.isEmpty()) {
            finish(list);
            return;
        }
        net::send(client, getProjectRequest(userId), context, [=](const net::ApiResponse &home) {
            ProjectList withHome = list;
            net::ApiError homeError = home.error;
            // A server without home projects (or one that hides it) is not an error here.
            if (const auto project = homeError ? std::nullopt : parseProject(home, &homeError))
                withHome.projects.prepend(*project);
            finish(withHome);
        });
    });
}

} // namespace

void fetchProjects(net::HttpClient *client,
                   const QString &knownUserId,
                   QObject *context,
                   ProjectListDone done)
{
    if (!knownUserId.isEmpty()) {
        listWithHome(client, knownUserId, context, done);
        return;
    }
    const ContaxyAuth platform;
    net::send(client, platform.whoami(), context, [=](const net::ApiResponse &reply) {
        net::ApiError error = reply.error;
        const auto me = error ? std::nullopt : ContaxyAuth().identityFrom(reply, QString(), &error);
        if (!me) {
            ProjectList list;
            list.raw = reply.body;
            done(list, error);
            return;
        }
        listWithHome(client, me->id, context, done);
    });
}

} // namespace wharf::contaxy
