#pragma once

#include "net/apirequest.h"
#include "users.h"

#include <QList>
#include <QString>

#include <optional>

namespace wharf::contaxy {

// A project member: a user holding `projects/{id}#level` (§2.4, §6).
struct Member
{
    User user;
    QString level; // "read", "write" or "admin"
};

// The project's members; the server wants write on the project (§6).
net::ApiRequest listMembersRequest(const QString &projectId);
// Grants `level`; the server wants admin. It adds the level beside one the user holds
// already instead of replacing it, so changing a level removes the member first (§6).
net::ApiRequest
addMemberRequest(const QString &projectId, const QString &userId, const QString &level);
net::ApiRequest removeMemberRequest(const QString &projectId, const QString &userId);

std::optional<QList<Member>> parseMembers(const net::ApiResponse &response, net::ApiError *error);

// Why a member change was refused, in words: a 403 names the permission it needs, with the
// server's own message (§6: only project admins manage members).
QString memberChangeFailure(const net::ApiError &error);

} // namespace wharf::contaxy
