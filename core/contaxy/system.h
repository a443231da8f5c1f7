#pragma once

#include "net/apirequest.h"

#include <QMap>
#include <QString>

#include <optional>

namespace wharf::contaxy {

// GET /system/info (contaxy.md §1, §5): the only version signal the server gives.
struct SystemInfo
{
    QString version;
    QString ns; // SYSTEM_NAMESPACE, the prefix of deployment ids ("ctxy")
    QString state; // "running", or "uninitialized" before POST /system/initialize
    QMap<QString, QString> metadata;

    bool isUninitialized() const { return state == QLatin1String("uninitialized"); }
};

// What GET /system/health said: 204 is healthy; anything else (upstream answers 503 with an
// empty body) is not, with the reason as the server or the transport gave it.
struct Health
{
    bool healthy = false;
    QString message;
};

// Both need no credentials (§5).
net::ApiRequest systemInfoRequest();
net::ApiRequest healthRequest();
// Creates the `admin` user with the password "admin" on a fresh server: 204 once, then 409
// (§5, §11). Needs no credentials either.
net::ApiRequest initializeRequest();

std::optional<SystemInfo> parseSystemInfo(const net::ApiResponse &response, net::ApiError *error);
Health healthFrom(const net::ApiResponse &response);

// The first administrator POST /system/initialize makes, and its password until changed.
QString initialAdminName();
QString initialAdminPassword();

} // namespace wharf::contaxy
