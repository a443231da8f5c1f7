#include "ivcapsignin.h"

#include "auth/accountsession.h"
#include "auth/oidc/authorizationcodeflow.h"
#include "auth/oidc/jwt.h"
#include "auth/platformauth.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/redact.h"
#include "net/then.h"

namespace wharf::ivcap {

using net::ApiError;
namespace oidc = auth::oidc;

IvcapSignIn::IvcapSignIn(auth::AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

IvcapSignIn::~IvcapSignIn()
{
    cancel();
}

QStringList IvcapSignIn::scopes()
{
    return {QStringLiteral("openid"),
            QStringLiteral("profile"),
            QStringLiteral("email"),
            QStringLiteral("offline_access")};
}

bool IvcapSignIn::supports(Method method) const
{
    if (!m_prepared)
        return false;
    return method == Method::Browser ? !m_metadata.authorizationEndpoint.isEmpty()
                                     : !m_metadata.deviceAuthorizationEndpoint.isEmpty();
}

QUrl IvcapSignIn::authorizationUrl() const
{
    const auto *flow = qobject_cast<oidc::AuthorizationCodeFlow *>(m_step.data());
    return flow ? flow->authorizationUrl() : QUrl();
}

void IvcapSignIn::prepare()
{
    if (m_preparing)
        return;
    if (m_prepared) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT ready(ApiError()); }, Qt::QueuedConnection);
        return;
    }
    m_preparing = true;
    Q_EMIT progress(tr("Asking the server for its identity provider…"));
    // Public, and no stale token must go along.
    net::ApiRequest request = net::ApiRequest::getPublic(QStringLiteral("/1/authinfo.yaml"));
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/yaml, */*")));
    m_step
        = net::send(m_session->client(), request, this, [this](const net::ApiResponse &response) {
              ApiError error = response.error;
              QString problem;
              if (!error) {
                  const auto info = parseAuthInfo(response.body, &problem);
                  const AuthProvider *provider = info ? info->defaultProvider() : nullptr;
                  if (provider)
                      m_provider = *provider;
                  else
                      error = ApiError::make(ApiError::Kind::BadResponse,
                                             tr("The server's sign-in settings (authinfo.yaml) "
                                                "cannot be used: %1")
                                                 .arg(problem));
              }
              if (error) {
                  fail(error);
                  return;
              }
              discover();
          });
}

void IvcapSignIn::discover()
{
    // authinfo.yaml names endpoints but no issuer. Auth0 (IVCAP's default) and other OpenID
    // Providers publish their configuration at the login URL's origin: that gives the issuer
    // for the `iss` checks, the revocation endpoint and the signing keys.
    const QString issuer = oidc::originOf(m_provider->loginUrl.toString());
    m_metadata = oidc::ProviderMetadata();
    m_metadata.authorizationEndpoint = m_provider->loginUrl;
    m_metadata.tokenEndpoint = m_provider->tokenUrl;
    m_metadata.deviceAuthorizationEndpoint = m_provider->codeUrl;
    m_metadata.jwksUri = m_provider->jwksUrl;
    m_step = net::send(m_session->client(),
                       oidc::discoveryRequest(issuer),
                       this,
                       [this, issuer](const auto &response) {
                           ApiError error = response.error;
                           const auto doc = error ? std::nullopt : response.jsonObject(&error);
                           // Auth0's issuer ends with '/', others' does not; both are the same
                           // origin.
                           const QString named
                               = doc ? doc->value(QLatin1String("issuer")).toString() : QString();
                           QString problem;
                           const auto found = doc && oidc::originOf(named) == issuer
                               ? oidc::ProviderMetadata::fromDiscovery(*doc, named, &problem)
                               : std::nullopt;
                           // authinfo.yaml stays authoritative for the endpoints; discovery adds
                           // what it lacks, but only when it describes the same token endpoint.
                           if (found && found->tokenEndpoint == m_metadata.tokenEndpoint) {
                               m_metadata.issuer = found->issuer;
                               m_metadata.revocationEndpoint = found->revocationEndpoint;
                               m_metadata.issParameterSupported = found->issParameterSupported;
                           } else {
                               qCInfo(lcNet).noquote()
                                   << "no usable OpenID configuration at" << issuer
                                   << "- checking ID tokens against that origin";
                           }
                           m_preparing = false;
                           m_prepared = true;
                           Q_EMIT ready(ApiError());
                           if (m_running)
                               runFlow();
                       });
}

void IvcapSignIn::start(Method method)
{
    cancel();
    m_method = method;
    m_running = true;
    if (m_prepared)
        runFlow();
    else
        prepare();
}

void IvcapSignIn::runFlow()
{
    oidc::ClientConfig config;
    config.clientId = m_provider->clientId;
    config.scopes = scopes();
    config.extraParams = {{QStringLiteral("audience"), m_provider->audience}};
    auto done = [this](const oidc::TokenSet &tokens, const QJsonObject &, const ApiError &e) {
        onTokens(tokens, e);
    };
    if (m_method == Method::Device) {
        auto *flow = new oidc::DeviceFlow(m_session->client(), this);
        m_step = flow;
        connect(flow, &oidc::DeviceFlow::codeReady, this, [this](const oidc::DeviceCode &code) {
            Q_EMIT progress(tr("Waiting for you to confirm the code in a browser…"));
            Q_EMIT deviceCodeReady(code);
        });
        connect(flow, &oidc::DeviceFlow::finished, this, done);
        Q_EMIT progress(tr("Asking the identity provider for a sign-in code…"));
        flow->start(m_metadata, config);
        return;
    }
    auto *flow = new oidc::AuthorizationCodeFlow(m_session->client(), this);
    m_step = flow;
    connect(flow, &oidc::AuthorizationCodeFlow::browserOpened, this, &IvcapSignIn::browserOpened);
    connect(flow, &oidc::AuthorizationCodeFlow::exchangingCode, this, [this] {
        Q_EMIT progress(tr("Completing sign-in…"));
    });
    connect(flow, &oidc::AuthorizationCodeFlow::finished, this, done);
    Q_EMIT progress(tr("Waiting for you to sign in in your browser…"));
    flow->start(m_metadata, config);
}

void IvcapSignIn::onTokens(const oidc::TokenSet &tokens, const ApiError &error)
{
    if (m_step) {
        m_step->disconnect(this);
        m_step->deleteLater();
    }
    if (error) {
        fail(error);
        return;
    }
    oidc::TokenEndpoints endpoints;
    endpoints.clientId = m_provider->clientId;
    endpoints.tokenEndpoint = m_metadata.tokenEndpoint;
    endpoints.revocationEndpoint = m_metadata.revocationEndpoint;
    endpoints.jwksUri = m_metadata.jwksUri;
    endpoints.issuer = m_metadata.issuer;
    endpoints.issuerOrigin = oidc::originOf(m_metadata.tokenEndpoint.toString());
    Q_EMIT progress(tr("Saving the sign-in…"));
    // One-shot: the session reports the store's outcome through signedIn.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_session,
                          &auth::AccountSession::signedIn,
                          this,
                          [this, connection](const ApiError &e, const auth::CredentialError &s) {
                              disconnect(*connection);
                              m_running = false;
                              Q_EMIT finished(e, s);
                          });
    m_session->signInWithOidc(tokens, endpoints);
}

void IvcapSignIn::cancel()
{
    m_running = false;
    m_preparing = false;
    if (m_step) {
        m_step->disconnect(this);
        if (auto *flow = qobject_cast<oidc::AuthorizationCodeFlow *>(m_step.data()))
            flow->cancel(); // closes the loopback listener right now
        if (auto *flow = qobject_cast<oidc::DeviceFlow *>(m_step.data()))
            flow->cancel();
        m_step->deleteLater();
        m_step.clear();
    }
}

void IvcapSignIn::fail(const ApiError &error)
{
    const bool wasPreparing = m_preparing;
    m_preparing = false;
    m_running = false;
    if (wasPreparing)
        Q_EMIT ready(error);
    Q_EMIT finished(error, auth::CredentialError());
}

} // namespace wharf::ivcap
