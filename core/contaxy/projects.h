#pragma once

#include "net/apirequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wharf::contaxy {

// A Contaxy project (contaxy.md §6).
struct Project
{
    QString id;
    QString displayName;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool technical = false; // a user's home project
};

net::ApiRequest listProjectsRequest();
net::ApiRequest getProjectRequest(const QString &projectId);
// Deletes the project (its files stay on the server, §6).
net::ApiRequest deleteProjectRequest(const QString &projectId);
// Answered with a bare JSON string: a free ID derived from the name (§6).
net::ApiRequest suggestProjectIdRequest(const QString &displayName);
net::ApiRequest createProjectRequest(const Project &project);
// Sets the display name and description (a merge patch, §6; the id cannot change).
net::ApiRequest updateProjectRequest(const QString &projectId,
                                     const QString &displayName,
                                     const QString &description);

std::optional<QList<Project>> parseProjects(const net::ApiResponse &response, net::ApiError *error);
std::optional<Project> parseProject(const net::ApiResponse &response, net::ApiError *error);

// Why an ID cannot be offered, or "" when it can. The server checks only the length, but IDs
// end up in nginx routes and schema names, so the client keeps to lower-case slugs (§2.2).
QString projectIdProblem(const QString &id);
// Display names are 4-128 characters (§2.2).
QString displayNameProblem(const QString &name);

} // namespace wharf::contaxy
