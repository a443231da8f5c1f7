#pragma once

#include "contaxy/deployments.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace wharf::contaxy {

// What a new service or job is made of: the ServiceInput / JobInput of contaxy.md §8.1 as far
// as Wharf offers it. validate() says everything that is wrong before anything is sent.
struct DeploymentInput
{
    enum class Field {
        Image,
        DisplayName,
        Description,
        Parameters,
        Endpoints,
        MaxCpus,
        MaxMemory,
        MaxGpus,
        VolumePath,
        Command,
        Args
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    Deployment::Kind kind = Deployment::Kind::Service;
    QString image;
    QString displayName;
    QString description;
    QList<QPair<QString, QString>> parameters; // environment variables, in the user's order
    QStringList endpoints; // services only
    double maxCpus = 0; // 0: the server's default
    int maxMemoryMb = 0;
    int maxGpus = 0;
    QString volumePath;
    QStringList command; // replaces the image's ENTRYPOINT
    QStringList args; // replaces its CMD

    QList<Problem> validate() const;
    QJsonObject toJson() const;
    // A suggested configuration (or any ServiceInput) as input for `kind`.
    static DeploymentInput fromJson(const QJsonObject &obj, Deployment::Kind kind);
};

// "8080", "9001/webapp/ui", "9002b": a port 1–65535, optionally "b" and/or a path.
bool isValidEndpoint(const QString &endpoint);
// Splits a command line as a POSIX shell would for plain words: blanks separate, single and
// double quotes group, a backslash escapes the next character. nullopt on an open quote.
std::optional<QStringList> splitCommandLine(const QString &line);
// The reverse, quoting words that need it, for showing a list in one line edit.
QString joinCommandLine(const QStringList &words);

net::ApiRequest deployRequest(const QString &projectId, const DeploymentInput &input);
net::ApiRequest
suggestConfigRequest(const QString &projectId, Deployment::Kind kind, const QString &image);
std::optional<DeploymentInput>
parseSuggestedConfig(const net::ApiResponse &response, Deployment::Kind kind, net::ApiError *error);

// One of a deployment's actions (§8.4). An action with a `newTab` URL is not run by the server:
// the client opens the URL.
struct DeploymentAction
{
    QString id;
    QString displayName;
    QUrl newTab; // resolved against the site root; empty for actions the server runs
};

net::ApiRequest actionsRequest(const QString &projectId, const Deployment &deployment);
std::optional<QList<DeploymentAction>>
parseActions(const net::ApiResponse &response, const QUrl &serverUrl, net::ApiError *error);
// Runs an action. start and restart wait for the container upstream, so the timeout is long.
net::ApiRequest
runActionRequest(const QString &projectId, const Deployment &deployment, const QString &actionId);
// The server's text/plain answer ("Action stop successfully executed.").
QString actionResult(const net::ApiResponse &response);

} // namespace wharf::contaxy
