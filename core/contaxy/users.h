#pragma once

#include "net/apirequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace wharf::net {
class HttpClient;
}

namespace wharf::contaxy {

// A user as GET /users lists it (contaxy.md §4). System admins get whole `User` objects;
// everyone else only id, username, e-mail and disabled (`UserRead`), and `full` says which.
struct User
{
    QString id;
    QString username;
    QString email;
    bool disabled = false; // saved by the server but never enforced (§4)
    bool full = false; // the reply had the admin-only fields below
    bool technical = false; // made by the system (the first admin is one)
    bool hasPassword = true; // false: signs in through single sign-on only
    QDateTime createdAt {};
    QDateTime lastActivity {};
};

// What POST /users is sent: a UserRegistration (§4).
struct NewUser
{
    QString username;
    QString email;
    QString password;
};

// Every user of the server, for any token (§4). The server cannot search: callers filter.
net::ApiRequest listUsersRequest();
// Creates a user with the account's token: an admin may do so even when self-registration
// is off (§4).
net::ApiRequest createUserRequest(const NewUser &user);
// The same without credentials, for signing up on a server that allows self-registration.
net::ApiRequest registerUserRequest(const NewUser &user);
// Only system admins may delete (§4); the user's home project stays on the server.
net::ApiRequest deleteUserRequest(const QString &userId);

// One user object of a reply, or nullopt when it has no id.
std::optional<User> userFromJson(const QJsonObject &obj);
std::optional<QList<User>> parseUsers(const net::ApiResponse &response, net::ApiError *error);
std::optional<User> parseUser(const net::ApiResponse &response, net::ApiError *error);

using UserReply = std::function<void(const User &user, const net::ApiError &error)>;
// Sends `request` (one of the two above) and reads the new user; `done` runs once unless
// `context` is destroyed first, which cancels the call.
void createUser(net::HttpClient *client,
                const net::ApiRequest &request,
                QObject *context,
                UserReply done);

// What sets the user apart, as stable words: "technical", "disabled", "sso-only" (no
// password; only in whole records), in that order.
QStringList userFlags(const User &user);

// The users matching `text` in name or e-mail (case-insensitive), by name; all for "".
QList<User> matchingUsers(const QList<User> &users, const QString &text);

// Why a field cannot be sent, or "" when it can. The server refuses user names that are
// e-mail addresses (400) and malformed addresses (422); the client also wants a name without
// spaces, an address, and a password typed twice alike.
QString usernameProblem(const QString &username);
QString emailProblem(const QString &email);
QString passwordProblem(const QString &password, const QString &confirmation);
// The first problem of the three, in that order, or "".
QString newUserProblem(const NewUser &user, const QString &confirmation);

// Why a user change was refused, in words: a 403 names the permission it needs (users#admin,
// a system admin's) beside the server's message; a 409 says the name or address is taken.
QString userChangeFailure(const net::ApiError &error);

} // namespace wharf::contaxy
