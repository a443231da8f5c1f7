#pragma once

#include "net/apirequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wharf::contaxy {

// One stored token as GET /auth/tokens lists it (contaxy.md §3.2, §3.3). The server includes
// the secret value; callers keep it out of anything shown unless the user asks for it.
struct ApiToken
{
    QString token; // the secret value
    QString type; // "api-token" (stored) or "session-token" (a JWT, never listed)
    QString subject; // "users/<id>" or "projects/<id>"
    QStringList scopes; // "resource#level"
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires (API tokens)
    QString description;
    QString createdBy;
    QString purpose; // "login-token", "project-api-token", "custom-token-purpose", ...
};

// What POST /auth/tokens is asked for. Without scopes the server copies the calling token's.
struct TokenRequest
{
    bool session = false; // a 15-minute JWT instead of a stored API token
    QString description;
    QStringList scopes;
};

// The subject of a project's tokens: the project itself (GET /projects/{id}/token).
QString projectSubject(const QString &projectId);

// Tokens of `subject` ("" = the caller); the server wants admin on the subject.
net::ApiRequest listTokensRequest(const QString &subject = QString());
net::ApiRequest createTokenRequest(const TokenRequest &request);
// The project's API token at `level`; the server re-uses the one it made before (§6).
net::ApiRequest projectTokenRequest(const QString &projectId, const QString &level);
// OAuth revocation (RFC 7009): form `token=`, no credentials needed (§3.3).
net::ApiRequest revokeTokenRequest(const QString &token);

std::optional<QList<ApiToken>> parseTokens(const net::ApiResponse &response, net::ApiError *error);
// New tokens come as a bare JSON string (§3.3, §6).
std::optional<QString> parseNewToken(const net::ApiResponse &response, net::ApiError *error);
// The reply of GET /auth/tokens with every secret value replaced, for the raw-reply view.
QByteArray withoutTokenValues(const QByteArray &reply);
// Why a revocation failed, in words: session tokens (JWTs) cannot be revoked at all.
QString revokeFailure(const net::ApiError &error);

// The levels of §2.4, lowest first; each includes the ones before it.
QStringList accessLevels();
// "resource#level" with the resource's outer '/' and ':' trimmed as the server does.
QString scopeFor(const QString &resource, const QString &level);
// Why resource and level make no scope, or "" when they do.
QString scopeProblem(const QString &resource, const QString &level);
// Why a typed "resource#level" is no scope, or "" (the CLI's --scope).
QString scopeTextProblem(const QString &scope);
// Descriptions have at most 240 characters (§2.2).
QString tokenDescriptionProblem(const QString &description);
// The time a revoked token may keep working, because the server caches lookups (§3.2).
constexpr int kRevokeCacheMinutes = 5;

} // namespace wharf::contaxy
