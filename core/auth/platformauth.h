#pragma once

#include "accounts/platformkind.h"
#include "net/apirequest.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wharf::auth {

// Who the signed-in token belongs to, as the platform reports it.
struct Identity
{
    QString id;
    QJsonValue idJson; // the id as the server sent it (Project-W: a number), for --json
    QString name;
    QString email;
    QStringList details; // further "key: value" lines worth showing (user type, scopes, ...)
    QByteArray rawReply; // the server's reply as received, for "Show raw reply"
};

// The wire details of signing in and out of one platform. Pure request builders and reply
// readers: AccountSession drives them, so the async flow and token handling exist once.
class PlatformAuth
{
public:
    virtual ~PlatformAuth() = default;

    virtual bool supportsPassword() const = 0;
    virtual net::ApiRequest passwordLogin(const QString &user, const QString &password) const = 0;
    // The token in a successful login reply (Project-W sends it only as a cookie).
    virtual std::optional<QString> tokenFromLogin(const net::ApiResponse &response,
                                                  net::ApiError *error) const = 0;
    virtual net::ApiRequest whoami() const = 0;
    virtual std::optional<Identity> identityFrom(const net::ApiResponse &response,
                                                 const QString &token,
                                                 net::ApiError *error) const = 0;
    // The server-side sign-out, if the platform has one.
    virtual std::optional<net::ApiRequest> logout() const = 0;
    // Name of a cookie that carries a replacement token on any reply ("" = never rotates).
    virtual QByteArray rotatingTokenCookie() const { return QByteArray(); }
    // Completes an identity from the claims of an OpenID Connect ID token (after sign-in with
    // an identity provider): fills what the platform's own reply left empty.
    virtual void addIdTokenClaims(Identity &identity, const QJsonObject &claims) const;

    static std::unique_ptr<PlatformAuth> create(PlatformKind kind);
};

// An OAuth 2 password-grant form POST (both Contaxy and Project-W take this shape); the token
// endpoint is called without the account's credentials.
net::ApiRequest
passwordGrantRequest(const QString &path, const QString &user, const QString &password);

} // namespace wharf::auth
