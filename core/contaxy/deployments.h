#pragma once

#include "net/apirequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wharf::contaxy {

// A service or a job of a project (contaxy.md §8). Both come from the same model upstream;
// `kind` says which list it was in and which paths address it.
struct Deployment
{
    enum class Kind { Service, Job };
    Kind kind = Kind::Service;
    QString id;
    QString displayName;
    QString description;
    QString image;
    QString status; // pending|running|succeeded|failed|terminating|stopped|unknown
    QStringList endpoints; // "8080", "9001/webapp/ui", "9002b"
    double maxCpus = 0;
    int maxMemoryMb = 0;
    int maxGpus = 0;
    QString volumePath;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime stoppedAt;

    // Still on its way to a settled state: lists refresh while one is.
    bool isStarting() const;
    bool isRunning() const { return status == QLatin1String("running"); }
};

QString kindPath(Deployment::Kind kind); // "services" or "jobs"
// One Service or Job object of a reply; nullopt without an id.
std::optional<Deployment> deploymentFromJson(const QJsonObject &obj, Deployment::Kind kind);

net::ApiRequest listDeploymentsRequest(const QString &projectId, Deployment::Kind kind);
std::optional<QList<Deployment>>
parseDeployments(const net::ApiResponse &response, Deployment::Kind kind, net::ApiError *error);
// One deployment, as a deploy call answers it.
std::optional<Deployment>
parseDeployment(const net::ApiResponse &response, Deployment::Kind kind, net::ApiError *error);
net::ApiRequest deleteDeploymentRequest(const QString &projectId, const Deployment &deployment);
// The log of a deployment as one JSON string (§8.5); `since` (UTC) limits it to the lines
// logged from that second on. Needs write access on the deployment.
net::ApiRequest logsRequest(const QString &projectId,
                            Deployment::Kind kind,
                            const QString &deploymentId,
                            const QDateTime &since = QDateTime());
// What the server sends instead of an empty log.
inline constexpr QLatin1StringView kNoLogs("No logs available.");

// The site root, where the platform's proxy and relative action URLs live: the server URL
// without its API prefix (usually /api).
QUrl siteRoot(const QUrl &serverUrl);

// The address of one of a service's endpoints through the platform's proxy (§8.6), relative
// to the site root: "{site}/projects/{p}/services/{s}/access/{endpoint}".
QUrl endpointUrl(const QUrl &serverUrl,
                 const QString &projectId,
                 const QString &serviceId,
                 const QString &endpoint);

} // namespace wharf::contaxy
