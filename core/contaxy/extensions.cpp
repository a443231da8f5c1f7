#include "extensions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

QString extensionsPath(const QString &projectId)
{
    return QStringLiteral("/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(projectId))
        + QStringLiteral("/extensions");
}

std::optional<Extension> extensionFrom(const QJsonObject &obj)
{
    auto service = deploymentFromJson(obj, Deployment::Kind::Service);
    if (!service)
        return std::nullopt;
    Extension e;
    e.service = *service;
    for (const QJsonValue &c : obj.value(QLatin1String("capabilities")).toArray())
        e.capabilities << c.toString();
    e.apiEndpoint = obj.value(QLatin1String("api_extension_endpoint")).toString();
    e.uiEndpoint = obj.value(QLatin1String("ui_extension_endpoint")).toString();
    e.type = obj.value(QLatin1String("extension_type")).toString();
    return e;
}

void readExtensionFields(const QJsonObject &obj, ExtensionInput &in)
{
    for (const QJsonValue &c : obj.value(QLatin1String("capabilities")).toArray())
        in.capabilities << c.toString();
    in.apiEndpoint = obj.value(QLatin1String("api_extension_endpoint")).toString();
    in.uiEndpoint = obj.value(QLatin1String("ui_extension_endpoint")).toString();
    in.type = obj.value(QLatin1String("extension_type")).toString(in.type);
}

} // namespace

QList<DeploymentInput::Problem> ExtensionInput::validate() const
{
    QList<DeploymentInput::Problem> problems = service.validate();
    for (const QString &endpoint : {uiEndpoint, apiEndpoint}) {
        if (!endpoint.isEmpty() && !isValidEndpoint(endpoint))
            problems.append({DeploymentInput::Field::Endpoints,
                             QCoreApplication::translate(
                                 "ContaxyExtensions",
                                 "%1 is no endpoint: write a port, optionally followed by b and a "
                                 "path, like 8080/webapp/ui.")
                                 .arg(endpoint)});
    }
    if (type != QLatin1String("project-extension") && type != QLatin1String("user-extension"))
        problems.append({DeploymentInput::Field::Description,
                         QCoreApplication::translate("ContaxyExtensions",
                                                     "The type is project-extension or "
                                                     "user-extension.")});
    return problems;
}

QJsonObject ExtensionInput::toJson() const
{
    QJsonObject obj = service.toJson();
    if (!capabilities.isEmpty())
        obj.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities));
    if (!apiEndpoint.isEmpty())
        obj.insert(QStringLiteral("api_extension_endpoint"), apiEndpoint);
    if (!uiEndpoint.isEmpty())
        obj.insert(QStringLiteral("ui_extension_endpoint"), uiEndpoint);
    obj.insert(QStringLiteral("extension_type"), type);
    return obj;
}

ApiRequest listExtensionsRequest(const QString &projectId)
{
    return ApiRequest::get(extensionsPath(projectId));
}

std::optional<QList<Extension>> parseExtensions(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<Extension> out;
    for (const QJsonValue &value : *list) {
        const auto e = extensionFrom(value.toObject());
        if (!e) {
            *error = response.unexpected(
                QCoreApplication::translate("ContaxyExtensions", "an extension without an id"));
            return std::nullopt;
        }
        out << *e;
    }
    return out;
}

ApiRequest installExtensionRequest(const QString &projectId, const ExtensionInput &input)
{
    ApiRequest request = ApiRequest::postJson(extensionsPath(projectId), input.toJson());
    request.timeoutMs = 120000; // the image is pulled first when the host lacks it
    return request;
}

std::optional<Extension> parseExtension(const net::ApiResponse &response, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    auto e = extensionFrom(*obj);
    if (!e)
        *error = response.unexpected(
            QCoreApplication::translate("ContaxyExtensions", "an extension without an id"));
    return e;
}

ApiRequest removeExtensionRequest(const QString &projectId, const QString &extensionId)
{
    ApiRequest request
        = ApiRequest::get(extensionsPath(projectId) + QLatin1Char('/')
                          + QString::fromLatin1(QUrl::toPercentEncoding(extensionId)));
    request.method = "DELETE";
    return request;
}

ApiRequest suggestExtensionConfigRequest(const QString &projectId, const QString &image)
{
    ApiRequest request
        = ApiRequest::get(extensionsPath(projectId) + QStringLiteral(":suggest-config"));
    request.query.addQueryItem(QStringLiteral("container_image"),
                               QString::fromLatin1(QUrl::toPercentEncoding(image.trimmed())));
    return request;
}

std::optional<ExtensionInput> parseSuggestedExtension(const net::ApiResponse &response,
                                                      ApiError *error)
{
    const auto service = parseSuggestedConfig(response, Deployment::Kind::Service, error);
    if (!service)
        return std::nullopt;
    ExtensionInput in;
    in.service = *service;
    readExtensionFields(response.jsonObject(error).value_or(QJsonObject()), in);
    return in;
}

QUrl extensionUiUrl(const QUrl &serverUrl, const QString &projectId, const Extension &extension)
{
    if (extension.uiEndpoint.isEmpty())
        return QUrl();
    QUrl url = endpointUrl(serverUrl, projectId, extension.service.id, extension.uiEndpoint);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("project"), projectId);
    url.setQuery(query);
    return url;
}

} // namespace wharf::contaxy
