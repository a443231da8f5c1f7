#pragma once

#include "jwt.h"
#include "net/apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace wharf::net {
class ApiCall;
class HttpClient;
} // namespace wharf::net

namespace wharf::auth::oidc {

// Validates one ID token: its claims (iss, aud, exp, nonce) and, when the provider publishes
// a JWK Set, its signature against the key set fetched through the account's HttpClient.
// A job in the style of net::ApiCall: deleting it cancels it.
class IdTokenCheck : public QObject
{
    Q_OBJECT
public:
    IdTokenCheck(net::HttpClient *client,
                 const QString &idToken,
                 IdTokenExpectations expected,
                 const QUrl &jwksUri,
                 QObject *parent = nullptr);

    // Starts the check; finished() follows from the event loop.
    void start();

Q_SIGNALS:
    // On success `claims` holds the token's payload; otherwise error says why (BadResponse).
    void finished(const QJsonObject &claims, const net::ApiError &error);

private:
    void verify(const QJsonObject &jwks);
    void fail(const QString &message);

    net::HttpClient *m_client;
    QString m_idToken;
    IdTokenExpectations m_expected;
    QUrl m_jwksUri;
    std::optional<Jwt> m_jwt;
};

} // namespace wharf::auth::oidc
