#include "users.h"

#include "net/then.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("ContaxyUsers", text);
}

QDateTime timeOf(const QJsonObject &obj, const char *key)
{
    return QDateTime::fromString(obj.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

} // namespace

std::optional<User> userFromJson(const QJsonObject &obj)
{
    User user;
    user.id = obj.value(QLatin1String("id")).toString();
    if (user.id.isEmpty())
        return std::nullopt;
    user.username = obj.value(QLatin1String("username")).toString();
    user.email = obj.value(QLatin1String("email")).toString(); // null for the first admin
    user.disabled = obj.value(QLatin1String("disabled")).toBool();
    // UserRead stops here; these come only to system admins (§4).
    user.full = obj.contains(QLatin1String("technical_user"))
        || obj.contains(QLatin1String("created_at"));
    user.technical = obj.value(QLatin1String("technical_user")).toBool();
    user.hasPassword = obj.value(QLatin1String("has_password")).toBool(true);
    user.createdAt = timeOf(obj, "created_at");
    user.lastActivity = timeOf(obj, "last_activity");
    return user;
}

namespace {

QString withoutId()
{
    return say(QT_TRANSLATE_NOOP("ContaxyUsers", "a user without an id"));
}

QJsonObject registration(const NewUser &user)
{
    QJsonObject body {{QStringLiteral("username"), user.username.trimmed()},
                      {QStringLiteral("password"), user.password}};
    if (!user.email.trimmed().isEmpty())
        body.insert(QStringLiteral("email"), user.email.trimmed());
    return body;
}

} // namespace

ApiRequest listUsersRequest()
{
    return ApiRequest::get(QStringLiteral("/users"));
}

ApiRequest createUserRequest(const NewUser &user)
{
    return ApiRequest::postJson(QStringLiteral("/users"), registration(user));
}

ApiRequest registerUserRequest(const NewUser &user)
{
    ApiRequest request = createUserRequest(user);
    request.authenticated = false; // nobody is signed in yet
    return request;
}

ApiRequest deleteUserRequest(const QString &userId)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/users/")
                                         + QString::fromLatin1(QUrl::toPercentEncoding(userId)));
    request.method = "DELETE";
    return request;
}

std::optional<QList<User>> parseUsers(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<User> users;
    users.reserve(list->size());
    for (const QJsonValue &value : *list) {
        const auto user = userFromJson(value.toObject());
        if (!user) {
            *error = response.unexpected(withoutId());
            return std::nullopt;
        }
        users << *user;
    }
    return users;
}

std::optional<User> parseUser(const net::ApiResponse &response, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    const auto user = userFromJson(*obj);
    if (!user)
        *error = response.unexpected(withoutId());
    return user;
}

void createUser(net::HttpClient *client,
                const ApiRequest &request,
                QObject *context,
                UserReply done)
{
    net::send(client, request, context, [done](const net::ApiResponse &response) {
        ApiError error = response.error;
        const auto user = error ? std::nullopt : parseUser(response, &error);
        done(user.value_or(User()), error);
    });
}

QStringList userFlags(const User &user)
{
    QStringList flags;
    if (user.technical)
        flags << QStringLiteral("technical");
    if (user.disabled)
        flags << QStringLiteral("disabled");
    if (user.full && !user.hasPassword)
        flags << QStringLiteral("sso-only");
    return flags;
}

QList<User> matchingUsers(const QList<User> &users, const QString &text)
{
    const QString wanted = text.trimmed();
    QList<User> found;
    for (const User &user : users) {
        if (user.username.contains(wanted, Qt::CaseInsensitive)
            || user.email.contains(wanted, Qt::CaseInsensitive))
            found << user;
    }
    std::sort(found.begin(), found.end(), [](const User &a, const User &b) {
        return QString::localeAwareCompare(a.username, b.username) < 0;
    });
    return found;
}

QString usernameProblem(const QString &username)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return say(QT_TRANSLATE_NOOP("ContaxyUsers", "Enter a user name."));
    if (name.contains(QLatin1Char('@')))
        return say(
            QT_TRANSLATE_NOOP("ContaxyUsers", "A user name must not be an e-mail address (no @)."));
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (name.contains(space))
        return say(QT_TRANSLATE_NOOP("ContaxyUsers", "A user name has no spaces."));
    return QString();
}

QString emailProblem(const QString &email)
{
    // The shape the server's e-mail check accepts: one @, a dot in the domain, no spaces.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.trimmed().isEmpty())
        return say(QT_TRANSLATE_NOOP("ContaxyUsers", "Enter an e-mail address."));
    if (!shape.match(email.trimmed()).hasMatch())
        return say(
            QT_TRANSLATE_NOOP("ContaxyUsers", "This is not an e-mail address (name@example.org)."));
    return QString();
}

QString passwordProblem(const QString &password, const QString &confirmation)
{
    if (password.isEmpty())
        return say(QT_TRANSLATE_NOOP("ContaxyUsers", "Enter a password."));
    if (password != confirmation)
        return say(QT_TRANSLATE_NOOP("ContaxyUsers", "The two passwords differ."));
    return QString();
}

QString newUserProblem(const NewUser &user, const QString &confirmation)
{
    QString problem = usernameProblem(user.username);
    if (problem.isEmpty())
        problem = emailProblem(user.email);
    if (problem.isEmpty())
        problem = passwordProblem(user.password, confirmation);
    return problem;
}

QString userChangeFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Forbidden)
        return say(QT_TRANSLATE_NOOP("ContaxyUsers",
                                     "managing users needs the permission users#admin of a "
                                     "system admin (%1)"))
            .arg(error.message);
    if (error.kind == ApiError::Kind::Conflict)
        return say(QT_TRANSLATE_NOOP("ContaxyUsers",
                                     "the user name or e-mail address is taken (%1)"))
            .arg(error.message);
    return error.toString();
}

} // namespace wharf::contaxy
