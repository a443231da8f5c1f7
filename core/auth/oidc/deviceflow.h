#pragma once

#include "net/apierror.h"
#include "providermetadata.h"
#include "tokenset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace wharf::net {
class HttpClient;
}

namespace wharf::auth::oidc {

// What the user needs to confirm a device sign-in elsewhere.
struct DeviceCode
{
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // carries the code; may be empty
    QDateTime expiresAt;
};

// OAuth 2.0 Device Authorization Grant (RFC 8628) as IVCAP's CLI uses it: ask for a user
// code, show it, poll the token endpoint at the server's interval (slow_down adds 5 s;
// authorization_pending also when sent with HTTP 403, as Auth0 does) until the user approved,
// declined or the code expired. Network errors while polling are retried, not fatal.
class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    explicit DeviceFlow(net::HttpClient *client, QObject *parent = nullptr);

    void start(const ProviderMetadata &provider, const ClientConfig &client);
    void cancel();
    bool isRunning() const { return m_running; }
    int intervalSeconds() const { return m_interval; }
    // Length of one of the server's "seconds" (tests shorten it; never changed in the app).
    void setSecond(std::chrono::milliseconds second) { m_second = second; }

Q_SIGNALS:
    void codeReady(const wharf::auth::oidc::DeviceCode &code);
    void finished(const wharf::auth::oidc::TokenSet &tokens,
                  const QJsonObject &idClaims,
                  const wharf::net::ApiError &error);

private:
    void onAuthorization(const net::ApiResponse &response);
    void poll();
    void onPoll(const net::ApiResponse &response);
    void checkIdToken(const TokenSet &tokens);
    void finish(const TokenSet &tokens, const QJsonObject &claims, const net::ApiError &error);

    net::HttpClient *m_client;
    ProviderMetadata m_provider;
    ClientConfig m_config;
    QString m_deviceCode;
    QDateTime m_expiresAt;
    QTimer m_timer;
    QPointer<QObject> m_step;
    std::chrono::milliseconds m_second = std::chrono::seconds(1);
    int m_interval = 5; // RFC 8628 §3.2 default
    bool m_running = false;
};

} // namespace wharf::auth::oidc

Q_DECLARE_METATYPE(wharf::auth::oidc::DeviceCode)
