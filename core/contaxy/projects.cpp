#include "projects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

std::optional<Project> projectFrom(const QJsonObject &obj)
{
    Project project;
    project.id = obj.value(QLatin1String("id")).toString();
    if (project.id.isEmpty())
        return std::nullopt;
    project.displayName = obj.value(QLatin1String("display_name")).toString();
    if (project.displayName.isEmpty())
        project.displayName = project.id;
    project.description = obj.value(QLatin1String("description")).toString();
    project.createdAt = QDateTime::fromString(obj.value(QLatin1String("created_at")).toString(),
                                              Qt::ISODateWithMs);
    project.updatedAt = QDateTime::fromString(obj.value(QLatin1String("updated_at")).toString(),
                                              Qt::ISODateWithMs);
    project.technical = obj.value(QLatin1String("technical_project")).toBool();
    return project;
}

} // namespace

ApiRequest listProjectsRequest()
{
    return ApiRequest::get(QStringLiteral("/projects"));
}

ApiRequest getProjectRequest(const QString &projectId)
{
    return ApiRequest::get(QStringLiteral("/projects/")
                           + QString::fromLatin1(QUrl::toPercentEncoding(projectId)));
}

ApiRequest deleteProjectRequest(const QString &projectId)
{
    ApiRequest request = getProjectRequest(projectId);
    request.method = "DELETE";
    return request;
}

ApiRequest suggestProjectIdRequest(const QString &displayName)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/projects:suggest-id"));
    request.query.addQueryItem(QStringLiteral("display_name"), displayName);
    return request;
}

ApiRequest createProjectRequest(const Project &project)
{
    QJsonObject body {{QStringLiteral("id"), project.id},
                      {QStringLiteral("display_name"), project.displayName}};
    if (!project.description.isEmpty())
        body.insert(QStringLiteral("description"), project.description);
    return ApiRequest::postJson(QStringLiteral("/projects"), body);
}

ApiRequest updateProjectRequest(const QString &projectId,
                                const QString &displayName,
                                const QString &description)
{
    // An empty description is sent too: the merge patch then clears the old one.
    ApiRequest request
        = ApiRequest::postJson(getProjectRequest(projectId).path,
                               QJsonObject {{QStringLiteral("display_name"), displayName},
                                            {QStringLiteral("description"), description}});
    request.method = "PATCH";
    return request;
}

std::optional<QList<Project>> parseProjects(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<Project> projects;
    for (const QJsonValue &value : *list) {
        const auto project = projectFrom(value.toObject());
        if (!project) {
            *error = response.unexpected(
                QCoreApplication::translate("ContaxyProjects", "a project without an id"));
            return std::nullopt;
        }
        projects << *project;
    }
    return projects;
}

std::optional<Project> parseProject(const net::ApiResponse &response, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    auto project = projectFrom(*obj);
    if (!project)
        *error = response.unexpected(
            QCoreApplication::translate("ContaxyProjects", "a project without an id"));
    return project;
}

QString projectIdProblem(const QString &id)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (id.size() < 4 || id.size() > 25)
        return QCoreApplication::translate("ContaxyProjects",
                                           "A project ID has 4 to 25 characters.");
    if (!slug.match(id).hasMatch())
        return QCoreApplication::translate(
            "ContaxyProjects", "Use lower-case letters, digits and single hyphens between them.");
    if (id == QLatin1String("system") || id == QLatin1String("ctxy-global"))
        return QCoreApplication::translate("ContaxyProjects", "This ID is reserved by the server.");
    return QString();
}

QString displayNameProblem(const QString &name)
{
    const qsizetype length = name.trimmed().size();
    if (length < 4 || length > 128)
        return QCoreApplication::translate("ContaxyProjects", "A name has 4 to 128 characters.");
    return QString();
}

} // namespace wharf::contaxy
