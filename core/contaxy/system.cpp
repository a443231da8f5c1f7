#include "system.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

ApiRequest systemInfoRequest()
{
    return ApiRequest::getPublic(QStringLiteral("/system/info"));
}

ApiRequest healthRequest()
{
    return ApiRequest::getPublic(QStringLiteral("/system/health"));
}

ApiRequest initializeRequest()
{
    ApiRequest request = ApiRequest::getPublic(QStringLiteral("/system/initialize"));
    request.method = "POST";
    return request;
}

std::optional<SystemInfo> parseSystemInfo(const net::ApiResponse &response, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    SystemInfo info;
    info.version = obj->value(QLatin1String("version")).toString();
    info.ns = obj->value(QLatin1String("namespace")).toString();
    info.state = obj->value(QLatin1String("system_state")).toString();
    if (info.state.isEmpty()) {
        *error = response.unexpected(
            QCoreApplication::translate("ContaxySystem", "system info without a system_state"));
        return std::nullopt;
    }
    const QJsonObject metadata = obj->value(QLatin1String("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        info.metadata.insert(it.key(), it.value().toString());
    return info;
}

Health healthFrom(const net::ApiResponse &response)
{
    if (!response.error && response.status == 204)
        return {true, QString()};
    if (response.error)
        return {false, response.error.toString()};
    return {false,
            QCoreApplication::translate("ContaxySystem", "unexpected answer (HTTP %1)")
                .arg(response.status)};
}

QString initialAdminName()
{
    return QStringLiteral("admin");
}

QString initialAdminPassword()
{
    return QStringLiteral("admin"); // SYSTEM_ADMIN_INITIAL_PASSWORD (§5)
}

} // namespace wharf::contaxy
