#include "deviceflow.h"

#include "auth/platformauth.h"
#include "idtokencheck.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"

namespace wharf::auth::oidc {

using net::ApiError;

namespace {
const QString kGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
}

DeviceFlow::DeviceFlow(net::HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceFlow::poll);
}

void DeviceFlow::start(const ProviderMetadata &provider, const ClientConfig &client)
{
    m_provider = provider;
    m_config = client;
    m_running = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), client.clientId);
    form.addQueryItem(QStringLiteral("scope"), client.scopes.join(QLatin1Char(' ')));
    for (const auto &[key, value] : client.extraParams)
        form.addQueryItem(key, value);
    net::ApiRequest request = net::ApiRequest::postForm(QString(), form);
    request.url = provider.deviceAuthorizationEndpoint;
    request.authenticated = false;
    m_step = net::send(
        m_client, request, this, [this](const net::ApiResponse &r) { onAuthorization(r); });
}

void DeviceFlow::onAuthorization(const net::ApiResponse &response)
{
    ApiError error = response.error;
    if (error) {
        if (!error.code.isEmpty())
            error.message = describeOAuthError(error);
        finish({}, {}, error);
        return;
    }
    const auto obj = response.jsonObject(&error);
    DeviceCode code;
    if (obj) {
        m_deviceCode = obj->value(QLatin1String("device_code")).toString();
        code.userCode = obj->value(QLatin1String("user_code")).toString();
        // "verification_url" is what some early (Google) implementations send.
        code.verificationUri
            = QUrl(obj->value(QLatin1String("verification_uri"))
                       .toString(obj->value(QLatin1String("verification_url")).toString()));
        code.verificationUriComplete
            = QUrl(obj->value(QLatin1String("verification_uri_complete")).toString());
        const int expiresIn = obj->value(QLatin1String("expires_in")).toInt(600);
        code.expiresAt = QDateTime::currentDateTimeUtc().addMSecs(expiresIn * m_second.count());
        m_interval = qMax(1, obj->value(QLatin1String("interval")).toInt(5));
    }
    if (!obj || m_deviceCode.isEmpty() || code.userCode.isEmpty() || !code.verificationUri.isValid()
        || code.verificationUri.isEmpty()) {
        if (!error)
            error = ApiError::make(ApiError::Kind::BadResponse,
                                   tr("The identity provider's reply has no usable sign-in "
                                      "code."),
                                   response.status);
        finish({}, {}, error);
        return;
    }
    m_expiresAt = code.expiresAt;
    Q_EMIT codeReady(code);
    m_timer.start(m_interval * m_second);
}

void DeviceFlow::poll()
{
    if (QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        ApiError error;
        error.code = QStringLiteral("expired_token");
        finish({}, {}, ApiError::make(ApiError::Kind::Unauthorized, describeOAuthError(error)));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), kGrant);
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    net::ApiRequest request = net::ApiRequest::postForm(QString(), form);
    request.url = m_provider.tokenEndpoint;
    request.authenticated = false;
    m_step = net::send(m_client, request, this, [this](const net::ApiResponse &r) { onPoll(r); });
}

void DeviceFlow::onPoll(const net::ApiResponse &response)
{
    ApiError error = response.error;
    const QString &code = error.code;
    if (code == QLatin1String("authorization_pending")) { // 400 by the RFC, 403 from Auth0
        m_timer.start(m_interval * m_second);
        return;
    }
    if (code == QLatin1String("slow_down")) {
        m_interval += 5; // RFC 8628 §3.5
        m_timer.start(m_interval * m_second);
        return;
    }
    const bool transient = error.kind == ApiError::Kind::Network
        || error.kind == ApiError::Kind::Timeout
        || (error.kind == ApiError::Kind::Server && code.isEmpty());
    if (transient) { // the code stays valid; the user may be approving right now
        m_timer.start(m_interval * m_second);
        return;
    }
    if (error) {
        if (!code.isEmpty()) {
            error.message = describeOAuthError(error);
            error.kind = ApiError::Kind::Unauthorized;
        }
        finish({}, {}, error);
        return;
    }
    const auto tokens = TokenSet::fromResponse(response, &error);
    if (!tokens) {
        finish({}, {}, error);
        return;
    }
    checkIdToken(*tokens);
}

void DeviceFlow::checkIdToken(const TokenSet &tokens)
{
    if (tokens.idToken.isEmpty()) { // no "openid" scope granted: nothing to check
        finish(tokens, {}, ApiError());
        return;
    }
    IdTokenExpectations expected;
    expected.issuer = m_provider.issuer;
    expected.issuerOrigin = originOf(m_provider.tokenEndpoint.toString());
    expected.clientId = m_config.clientId;
    auto *check = new IdTokenCheck(m_client, tokens.idToken, expected, m_provider.jwksUri, this);
    m_step = check;
    connect(check,
            &IdTokenCheck::finished,
            this,
            [this, check, tokens](const QJsonObject &claims, const ApiError &error) {
                check->deleteLater();
                finish(error ? TokenSet() : tokens, claims, error);
            });
    check->start();
}

void DeviceFlow::cancel()
{
    if (m_running)
        finish({}, {}, ApiError::make(ApiError::Kind::Cancelled, tr("Sign-in was cancelled.")));
}

void DeviceFlow::finish(const TokenSet &tokens, const QJsonObject &claims, const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (m_step) { // may be the very call that is reporting now: let it return first
        m_step->disconnect(this);
        m_step->deleteLater();
    }
    m_deviceCode.clear();
    Q_EMIT finished(tokens, claims, error);
}

} // namespace wharf::auth::oidc
