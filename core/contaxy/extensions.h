#pragma once

#include "contaxy/deployinput.h"
#include "contaxy/deployments.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace wharf::contaxy {

// An installed extension (contaxy.md §10): a service of type "extension" with the API
// operations it takes over (capabilities) and, where it has one, a web UI.
struct Extension
{
    Deployment service;
    QStringList capabilities;
    QString apiEndpoint; // "8080/extension/api"
    QString uiEndpoint; // "8080/webapp/ui"; empty: no UI
    QString type; // "project-extension" or "user-extension"
};

// What installing one takes: a service's input plus the extension's own fields.
struct ExtensionInput
{
    DeploymentInput service; // kind Service
    QStringList capabilities;
    QString apiEndpoint;
    QString uiEndpoint;
    QString type = QStringLiteral("project-extension");

    // The service's problems, and endpoints that are not "PORT[b][/path]".
    QList<DeploymentInput::Problem> validate() const;
    QJsonObject toJson() const;
};

net::ApiRequest listExtensionsRequest(const QString &projectId);
std::optional<QList<Extension>> parseExtensions(const net::ApiResponse &response,
                                                net::ApiError *error);
net::ApiRequest installExtensionRequest(const QString &projectId, const ExtensionInput &input);
std::optional<Extension> parseExtension(const net::ApiResponse &response, net::ApiError *error);
// Upstream does not implement these two yet and answers 500 (§10, §12); they are sent all
// the same, so that a server that has them works and one that has not says so.
net::ApiRequest removeExtensionRequest(const QString &projectId, const QString &extensionId);
net::ApiRequest suggestExtensionConfigRequest(const QString &projectId, const QString &image);
std::optional<ExtensionInput> parseSuggestedExtension(const net::ApiResponse &response,
                                                      net::ApiError *error);

// The extension's web UI through the platform's proxy, with ?project= as the web app opens
// it (§10); empty when it has none.
QUrl extensionUiUrl(const QUrl &serverUrl, const QString &projectId, const Extension &extension);

} // namespace wharf::contaxy
