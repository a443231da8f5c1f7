#include "members.h"

#include "tokens.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QString memberPath(const QString &projectId, const QString &userId)
{
    return QStringLiteral("/projects/%1/users/%2").arg(encoded(projectId), encoded(userId));
}

QString withoutId()
{
    return QCoreApplication::translate("ContaxyMembers", "a user without an id");
}

} // namespace

ApiRequest listMembersRequest(const QString &projectId)
{
    return ApiRequest::get(QStringLiteral("/projects/%1/users").arg(encoded(projectId)));
}

ApiRequest addMemberRequest(const QString &projectId, const QString &userId, const QString &level)
{
    ApiRequest request = ApiRequest::get(memberPath(projectId, userId));
    request.method = "PUT";
    request.query.addQueryItem(QStringLiteral("access_level"), level);
    return request;
}

ApiRequest removeMemberRequest(const QString &projectId, const QString &userId)
{
    ApiRequest request = ApiRequest::get(memberPath(projectId, userId));
    request.method = "DELETE";
    return request;
}

std::optional<QList<Member>> parseMembers(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<Member> members;
    const QStringList levels = accessLevels();
    for (const QJsonValue &value : *list) {
        const QJsonObject obj = value.toObject();
        const auto user = userFromJson(obj);
        if (!user) {
            *error = response.unexpected(withoutId());
            return std::nullopt;
        }
        const QString level = obj.value(QLatin1String("permission")).toString();
        if (!levels.contains(level)) {
            *error = response.unexpected(QCoreApplication::translate(
                "ContaxyMembers", "a member without a read, write or admin permission"));
            return std::nullopt;
        }
        members << Member {*user, level};
    }
    return members;
}

QString memberChangeFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Forbidden)
        return QCoreApplication::translate("ContaxyMembers",
                                           "managing members needs admin access to the project "
                                           "(%1)")
            .arg(error.message);
    return error.toString();
}

} // namespace wharf::contaxy
