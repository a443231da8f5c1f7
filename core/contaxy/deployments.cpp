#include "deployments.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

QString projectPath(const QString &projectId)
{
    return QStringLiteral("/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId));
}

QString deploymentPath(const QString &projectId, Deployment::Kind kind, const QString &id)
{
    return projectPath(projectId) + QLatin1Char('/') + kindPath(kind) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QDateTime timeOf(const QJsonObject &obj, QLatin1StringView key)
{
    return QDateTime::fromString(obj.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

std::optional<Deployment> deploymentFromJson(const QJsonObject &obj, Deployment::Kind kind)
{
    Deployment d;
    d.kind = kind;
    d.id = obj.value(QLatin1String("id")).toString();
    if (d.id.isEmpty())
        return std::nullopt;
    d.displayName = obj.value(QLatin1String("display_name")).toString(d.id);
    d.description = obj.value(QLatin1String("description")).toString();
    d.image = obj.value(QLatin1String("container_image")).toString();
    d.status = obj.value(QLatin1String("status")).toString(QStringLiteral("unknown"));
    for (const QJsonValue &e : obj.value(QLatin1String("endpoints")).toArray())
        d.endpoints << e.toString();
    const QJsonObject compute = obj.value(QLatin1String("compute")).toObject();
    d.maxCpus = compute.value(QLatin1String("max_cpus")).toDouble();
    d.maxMemoryMb = compute.value(QLatin1String("max_memory")).toInt();
    d.maxGpus = compute.value(QLatin1String("max_gpus")).toInt();
    d.volumePath = compute.value(QLatin1String("volume_path")).toString();
    d.createdAt = timeOf(obj, QLatin1String("created_at"));
    d.startedAt = timeOf(obj, QLatin1String("started_at"));
    d.stoppedAt = timeOf(obj, QLatin1String("stopped_at"));
    return d;
}

bool Deployment::isStarting() const
{
    return status == QLatin1String("pending") || status == QLatin1String("terminating");
}

QString kindPath(Deployment::Kind kind)
{
    return kind == Deployment::Kind::Service ? QStringLiteral("services") : QStringLiteral("jobs");
}

ApiRequest listDeploymentsRequest(const QString &projectId, Deployment::Kind kind)
{
    return ApiRequest::get(projectPath(projectId) + QLatin1Char('/') + kindPath(kind));
}

std::optional<QList<Deployment>>
parseDeployments(const net::ApiResponse &response, Deployment::Kind kind, ApiError *error)
{
    const auto array = response.jsonArray(error);
    if (!array)
        return std::nullopt;
    QList<Deployment> out;
    out.reserve(array->size());
    for (const QJsonValue &value : *array) {
        const auto d = deploymentFromJson(value.toObject(), kind);
        if (!d) {
            *error = response.unexpected(QStringLiteral("a deployment without an id"));
            return std::nullopt;
        }
        out << *d;
    }
    return out;
}

std::optional<Deployment>
parseDeployment(const net::ApiResponse &response, Deployment::Kind kind, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    auto d = deploymentFromJson(*obj, kind);
    if (!d)
        *error = response.unexpected(QStringLiteral("a deployment without an id"));
    return d;
}

ApiRequest deleteDeploymentRequest(const QString &projectId, const Deployment &deployment)
{
    ApiRequest request = ApiRequest::get(deploymentPath(projectId, deployment.kind, deployment.id));
    request.method = "DELETE";
    return request;
}

ApiRequest logsRequest(const QString &projectId,
                       Deployment::Kind kind,
                       const QString &deploymentId,
                       const QDateTime &since)
{
    ApiRequest request
        = ApiRequest::get(deploymentPath(projectId, kind, deploymentId) + QStringLiteral("/logs"));
    if (since.isValid())
        request.query.addQueryItem(QStringLiteral("since"), since.toUTC().toString(Qt::ISODate));
    return request;
}

QUrl siteRoot(const QUrl &serverUrl)
{
    // The proxy sits at the site root, beside the API's own prefix (usually /api).
    QUrl site = serverUrl;
    QString root = site.path();
    if (root.endsWith(QLatin1String("/api")) || root.endsWith(QLatin1String("/api/")))
        root = root.left(root.lastIndexOf(QLatin1String("/api")));
    site.setPath(root);
    return site;
}

QUrl endpointUrl(const QUrl &serverUrl,
                 const QString &projectId,
                 const QString &serviceId,
                 const QString &endpoint)
{
    return net::appendPath(siteRoot(serverUrl),
                           deploymentPath(projectId, Deployment::Kind::Service, serviceId)
                               + QStringLiteral("/access/") + endpoint);
}

} // namespace wharf::contaxy
