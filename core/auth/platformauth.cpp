#include "platformauth.h"

#include "contaxy/contaxyauth.h"
#include "ivcap/ivcapauth.h"
#include "projectw/projectwauth.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wharf::auth {

std::unique_ptr<PlatformAuth> PlatformAuth::create(PlatformKind kind)
{
    switch (kind) {
    case PlatformKind::Contaxy:
        return std::make_unique<contaxy::ContaxyAuth>();
    case PlatformKind::ProjectW:
        return std::make_unique<projectw::ProjectWAuth>();
    case PlatformKind::Ivcap:
        return std::make_unique<ivcap::IvcapAuth>();
    case PlatformKind::Unknown:
        break;
    }
    return nullptr;
}

void PlatformAuth::addIdTokenClaims(Identity &identity, const QJsonObject &claims) const
{
    auto fill = [&claims](QString &field, const char *claim) {
        if (field.isEmpty())
            field = claims.value(QLatin1String(claim)).toString();
    };
    fill(identity.id, "sub");
    fill(identity.name, "name");
    fill(identity.email, "email");
}

net::ApiRequest
passwordGrantRequest(const QString &path, const QString &user, const QString &password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    net::ApiRequest request = net::ApiRequest::postForm(path, form);
    request.authenticated = false;
    return request;
}

} // namespace wharf::auth
