#pragma once

#include "net/apierror.h"
#include "providermetadata.h"
#include "tokenset.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace wharf::net {
class HttpClient;
}

namespace wharf::auth::oidc {

class LoopbackListener;

// Sign-in in the system browser (RFC 8252): authorization code with PKCE S256, random state
// and nonce, a loopback redirect on 127.0.0.1, the `iss` check of RFC 9207, the code exchange
// through the account's HttpClient and the ID token's claims and signature checked.
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationCodeFlow(net::HttpClient *client, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // How long the browser may take before the listener gives up (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start(const ProviderMetadata &provider, const ClientConfig &client);
    // Closes the listener and drops everything; finished() reports Cancelled. Nothing is kept.
    void cancel();
    bool isRunning() const { return m_running; }

    // The URL the browser was sent to: for "copy link" when no browser could be opened.
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    // opened == false: QDesktopServices could not start a browser; show authorizationUrl().
    void browserOpened(const QUrl &url, bool opened);
    void exchangingCode();
    // On success the ID token's claims come along; tokens are not stored anywhere yet.
    void finished(const wharf::auth::oidc::TokenSet &tokens,
                  const QJsonObject &idClaims,
                  const wharf::net::ApiError &error);

private:
    void onCallback(const QUrlQuery &query, const QString &failure);
    void exchange(const QString &code);
    void finish(const TokenSet &tokens, const QJsonObject &claims, const net::ApiError &error);

    net::HttpClient *m_client;
    ProviderMetadata m_provider;
    ClientConfig m_config;
    QPointer<LoopbackListener> m_listener;
    QPointer<QObject> m_step; // the ApiCall or IdTokenCheck in flight
    QByteArray m_state;
    QByteArray m_nonce;
    QByteArray m_verifier;
    QUrl m_authorizationUrl;
    QUrl m_redirectUri; // kept: the listener's port reads 0 once it has closed
    std::chrono::milliseconds m_timeout = std::chrono::minutes(5);
    bool m_running = false;
};

} // namespace wharf::auth::oidc

Q_DECLARE_METATYPE(wharf::auth::oidc::TokenSet)
