#include "websso.h"

#include "contaxy/contaxysso.h"
#include "projectw/projectwsso.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace wharf::auth {

std::unique_ptr<WebSsoPlatform> WebSsoPlatform::create(PlatformKind kind)
{
    switch (kind) {
    case PlatformKind::Contaxy:
        return std::make_unique<contaxy::ContaxySso>();
    case PlatformKind::ProjectW:
        return std::make_unique<projectw::ProjectWSso>();
    case PlatformKind::Ivcap:
    case PlatformKind::Unknown:
        break;
    }
    return nullptr;
}

std::optional<QString> tokenString(const net::ApiResponse &response, net::ApiError *error)
{
    const auto value = response.json(error);
    if (!value)
        return std::nullopt;
    const QString token = value->toString().trimmed();
    if (!value->isString() || token.isEmpty()) {
        *error = net::ApiError::make(net::ApiError::Kind::BadResponse,
                                     QCoreApplication::translate("WebSso",
                                                                 "The server's reply has an "
                                                                 "unexpected shape (expected "
                                                                 "a token string)."),
                                     response.status);
        return std::nullopt;
    }
    return token;
}

QString apiTokenLabel()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("Wharf") : QStringLiteral("Wharf on ") + host;
}

} // namespace wharf::auth
