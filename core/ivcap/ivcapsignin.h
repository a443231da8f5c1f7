#pragma once

#include "auth/credentialstore.h"
#include "auth/oidc/deviceflow.h"
#include "auth/oidc/providermetadata.h"
#include "authinfo.h"
#include "net/apierror.h"

#include <QObject>
#include <QPointer>

namespace wharf::auth {
class AccountSession;
}

namespace wharf::ivcap {

// Signs an IVCAP account in through the deployment's identity provider: reads
// /1/authinfo.yaml, looks up the provider's OpenID configuration where it has one (issuer,
// revocation, keys), then runs the device flow (as IVCAP's CLI does) or the browser flow
// (PKCE), and hands the checked tokens to the account's session, which stores them.
class IvcapSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Method { Browser, Device };

    explicit IvcapSignIn(auth::AccountSession *session, QObject *parent = nullptr);
    ~IvcapSignIn() override;

    // Reads authinfo.yaml (and discovery) only: finished by ready(). start() does it too.
    void prepare();
    void start(Method method);
    // Stops at once: the listener closes, polling stops, nothing is stored.
    void cancel();
    bool isRunning() const { return m_running; }
    bool supports(Method method) const;
    // The browser sign-in URL, for "Copy link" (empty until the flow has started).
    QUrl authorizationUrl() const;
    // The scopes IVCAP's CLI asks for (ivcap.md §2.3).
    static QStringList scopes();

Q_SIGNALS:
    void ready(const wharf::net::ApiError &error);
    void progress(const QString &text);
    void browserOpened(const QUrl &url, bool opened);
    void deviceCodeReady(const wharf::auth::oidc::DeviceCode &code);
    void finished(const wharf::net::ApiError &error, const wharf::auth::CredentialError &store);

private:
    void discover();
    void runFlow();
    void onTokens(const auth::oidc::TokenSet &tokens, const net::ApiError &error);
    void fail(const net::ApiError &error);

    auth::AccountSession *m_session;
    std::optional<AuthProvider> m_provider;
    auth::oidc::ProviderMetadata m_metadata;
    bool m_prepared = false;
    bool m_running = false;
    bool m_preparing = false;
    Method m_method = Method::Browser;
    QPointer<QObject> m_step; // the call or flow in progress
};

} // namespace wharf::ivcap
