#include "idtokencheck.h"

#include "auth/platformauth.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/redact.h"
#include "net/then.h"
#include "providermetadata.h"

#include <QTimer>

namespace wharf::auth::oidc {

IdTokenCheck::IdTokenCheck(net::HttpClient *client,
                           const QString &idToken,
                           IdTokenExpectations expected,
                           const QUrl &jwksUri,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_idToken(idToken)
    , m_expected(std::move(expected))
    , m_jwksUri(jwksUri)
{ }

void IdTokenCheck::start()
{
    QString problem;
    m_jwt = Jwt::decode(m_idToken, &problem);
    if (!m_jwt) {
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }
    if (m_jwksUri.isEmpty()) {
        // Nothing to verify against; the token came straight from the token endpoint over
        // the verified connection (OIDC Core §3.1.3.7 allows TLS server validation instead).
        qCInfo(lcNet) << "ID token signature not checked: provider names no JWKS";
        QTimer::singleShot(0, this, [this] { verify(QJsonObject()); });
        return;
    }
    net::send(m_client, jwksRequest(m_jwksUri), this, [this](const net::ApiResponse &response) {
        net::ApiError error = response.error;
        std::optional<QJsonObject> jwks;
        if (!error)
            jwks = response.jsonObject(&error);
        if (!jwks) {
            error.message
                = tr("Could not fetch the identity provider's keys: %1").arg(error.toString());
            Q_EMIT finished(QJsonObject(), error);
            return;
        }
        verify(*jwks);
    });
}

void IdTokenCheck::verify(const QJsonObject &jwks)
{
    QString problem = m_jwksUri.isEmpty() ? QString() : verifyJwtSignature(*m_jwt, jwks);
    if (problem.isEmpty())
        problem = checkIdTokenClaims(m_jwt->payload, m_expected);
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    Q_EMIT finished(m_jwt->payload, net::ApiError());
}

void IdTokenCheck::fail(const QString &message)
{
    Q_EMIT finished(QJsonObject(), net::ApiError::make(net::ApiError::Kind::BadResponse, message));
}

} // namespace wharf::auth::oidc
