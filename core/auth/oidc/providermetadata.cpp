#include "providermetadata.h"

#include "net/apirequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wharf::auth::oidc {

namespace {

// lupdate files QT_TRANSLATE_NOOP strings under this context; the same one is used here.
QString translated(const char *text)
{
    return QCoreApplication::translate("wharf::auth::oidc", text);
}

// Endpoints must be absolute http(s) URLs; plain http only on loopback (test providers).
std::optional<QUrl> endpoint(const QJsonObject &doc, const char *key)
{
    const QUrl url(doc.value(QLatin1String(key)).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    if (url.scheme() == QLatin1String("https"))
        return url;
    const bool loopback = url.host() == QLatin1String("127.0.0.1")
        || url.host() == QLatin1String("::1") || url.host() == QLatin1String("localhost");
    if (url.scheme() == QLatin1String("http") && loopback)
        return url;
    return std::nullopt;
}

} // namespace

std::optional<ProviderMetadata> ProviderMetadata::fromDiscovery(const QJsonObject &doc,
                                                                const QString &expectedIssuer,
                                                                QString *error)
{
    const QString issuer = doc.value(QLatin1String("issuer")).toString();
    if (issuer != expectedIssuer) {
        *error = translated(
                     QT_TRANSLATE_NOOP(
                         "wharf::auth::oidc",
                         "The provider's configuration names the issuer \"%1\" instead of \"%2\"."))
                     .arg(issuer, expectedIssuer);
        return std::nullopt;
    }
    ProviderMetadata m;
    m.issuer = issuer;
    const auto token = endpoint(doc, "token_endpoint");
    if (!token) {
        *error = translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc", "The provider's configuration has no usable token endpoint."));
        return std::nullopt;
    }
    m.tokenEndpoint = *token;
    m.authorizationEndpoint = endpoint(doc, "authorization_endpoint").value_or(QUrl());
    m.deviceAuthorizationEndpoint = endpoint(doc, "device_authorization_endpoint").value_or(QUrl());
    m.revocationEndpoint = endpoint(doc, "revocation_endpoint").value_or(QUrl());
    m.jwksUri = endpoint(doc, "jwks_uri").value_or(QUrl());
    m.issParameterSupported
        = doc.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool();
    // PKCE S256 is all we send; a provider that lists methods without it would reject us.
    const QJsonArray methods
        = doc.value(QLatin1String("code_challenge_methods_supported")).toArray();
    if (!methods.isEmpty() && !methods.contains(QJsonValue(QStringLiteral("S256"))))
        m.authorizationEndpoint = QUrl();
    if (m.authorizationEndpoint.isEmpty() && m.deviceAuthorizationEndpoint.isEmpty()) {
        *error = translated(
            QT_TRANSLATE_NOOP("wharf::auth::oidc",
                              "The provider offers no sign-in method this application supports."));
        return std::nullopt;
    }
    return m;
}

net::ApiRequest discoveryRequest(const QString &issuer)
{
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    net::ApiRequest request;
    request.url = QUrl(base + QStringLiteral("/.well-known/openid-configuration"));
    request.authenticated = false;
    return request;
}

net::ApiRequest jwksRequest(const QUrl &jwksUri)
{
    net::ApiRequest request;
    request.url = jwksUri;
    request.authenticated = false;
    return request;
}

} // namespace wharf::auth::oidc
