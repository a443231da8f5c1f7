#include "authorizationcodeflow.h"

#include "idtokencheck.h"
#include "loopbacklistener.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "pkce.h"
#include "systembrowser.h"

#include <QTimer>

namespace wharf::auth::oidc {

using net::ApiError;

AuthorizationCodeFlow::AuthorizationCodeFlow(net::HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

void AuthorizationCodeFlow::start(const ProviderMetadata &provider, const ClientConfig &client)
{
    m_provider = provider;
    m_config = client;
    m_state = randomToken();
    m_nonce = randomToken();
    m_verifier = Pkce::create().verifier;
    m_running = true;

    // The listener judges each callback: only our state counts, and a provider that sends
    // `iss` (or promised to) must name the issuer we started with (mix-up defence).
    auto judge = [this](const QUrlQuery &q) {
        using V = LoopbackListener::Verdict;
        if (q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1() != m_state)
            return LoopbackListener::Decision {V::Ignore,
                                               tr("This sign-in response does not belong to "
                                                  "the sign-in in progress.")};
        const bool hasIss = q.hasQueryItem(QStringLiteral("iss"));
        const QString iss = q.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
        if ((hasIss || m_provider.issParameterSupported) && !m_provider.issuer.isEmpty()
            && iss != m_provider.issuer)
            return LoopbackListener::Decision {V::Fail,
                                               tr("The response came from an unexpected "
                                                  "identity provider (\"%1\").")
                                                   .arg(iss)};
        if (q.hasQueryItem(QStringLiteral("error"))) {
            ApiError e;
            e.code = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
            e.message = q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
            return LoopbackListener::Decision {V::Fail, describeOAuthError(e)};
        }
        if (q.queryItemValue(QStringLiteral("code")).isEmpty())
            return LoopbackListener::Decision {V::Fail, tr("The response has no code.")};
        return LoopbackListener::Decision {V::Accept, QString()};
    };
    m_listener = new LoopbackListener(judge, this);
    m_listener->setTimeout(m_timeout);
    QString error;
    if (!m_listener->listen(&error)) {
        QTimer::singleShot(0, this, [this, error] {
            finish({}, {}, ApiError::make(ApiError::Kind::Network, error));
        });
        return;
    }
    m_redirectUri = m_listener->redirectUri();
    connect(m_listener, &LoopbackListener::completed, this, &AuthorizationCodeFlow::onCallback);
    connect(m_listener, &LoopbackListener::timedOut, this, [this] {
        finish({},
               {},
               ApiError::make(ApiError::Kind::Timeout,
                              tr("The browser sign-in was not completed in time.")));
    });

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    q.addQueryItem(QStringLiteral("scope"), m_config.scopes.join(QLatin1Char(' ')));
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    q.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(m_nonce));
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::s256(m_verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // OIDC Core §11: offline_access (a refresh token) is only granted after explicit consent.
    if (m_config.scopes.contains(QStringLiteral("offline_access")))
        q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    for (const auto &[key, value] : m_config.extraParams)
        q.addQueryItem(key, value);
    // Keep '+' and friends encoded: QUrlQuery would otherwise leave them literal.
    QList<QPair<QString, QString>> items = q.queryItems(QUrl::FullyDecoded);
    QUrlQuery encoded;
    for (const auto &[key, value] : items)
        encoded.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                             QString::fromLatin1(QUrl::toPercentEncoding(value)));
    m_authorizationUrl = m_provider.authorizationEndpoint;
    m_authorizationUrl.setQuery(encoded);
    const bool opened = openInSystemBrowser(m_authorizationUrl);
    Q_EMIT browserOpened(m_authorizationUrl, opened);
}

void AuthorizationCodeFlow::cancel()
{
    if (!m_running)
        return;
    finish({}, {}, ApiError::make(ApiError::Kind::Cancelled, tr("Sign-in was cancelled.")));
}

void AuthorizationCodeFlow::onCallback(const QUrlQuery &query, const QString &failure)
{
    if (!failure.isEmpty()) {
        ApiError error = ApiError::make(ApiError::Kind::Unauthorized, failure);
        error.code = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        finish({}, {}, error);
        return;
    }
    exchange(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void AuthorizationCodeFlow::exchange(const QString &code)
{
    Q_EMIT exchangingCode();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString());
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    net::ApiRequest request = net::ApiRequest::postForm(QString(), form);
    request.url = m_provider.tokenEndpoint;
    request.authenticated = false;
    m_step = net::send(m_client, request, this, [this](const net::ApiResponse &response) {
        ApiError error = response.error;
        std::optional<TokenSet> tokens;
        if (!error)
            tokens = TokenSet::fromResponse(response, &error);
        else if (!error.code.isEmpty())
            error.message = describeOAuthError(error);
        if (!tokens) {
            finish({}, {}, error);
            return;
        }
        if (tokens->idToken.isEmpty()) {
            finish({},
                   {},
                   ApiError::make(ApiError::Kind::BadResponse,
                                  tr("The identity provider sent no identity token.")));
            return;
        }
        IdTokenExpectations expected;
        expected.issuer = m_provider.issuer;
        expected.issuerOrigin = originOf(m_provider.authorizationEndpoint.toString());
        expected.clientId = m_config.clientId;
        expected.nonce = QString::fromLatin1(m_nonce);
        auto *check
            = new IdTokenCheck(m_client, tokens->idToken, expected, m_provider.jwksUri, this);
        m_step = check;
        connect(check,
                &IdTokenCheck::finished,
                this,
                [this, check, t = *tokens](const QJsonObject &claims, const ApiError &e) {
                    check->deleteLater();
                    finish(e ? TokenSet() : t, claims, e);
                });
        check->start();
    });
}

void AuthorizationCodeFlow::finish(const TokenSet &tokens,
                                   const QJsonObject &claims,
                                   const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_listener) {
        m_listener->close(); // the port is closed now; the object goes when it has answered
        m_listener->disconnect(this);
        m_listener->deleteLater();
    }
    if (m_step) { // cancels a token exchange or key fetch still in flight
        m_step->disconnect(this);
        m_step->deleteLater();
    }
    m_verifier.clear();
    m_state.clear();
    m_nonce.clear();
    Q_EMIT finished(tokens, claims, error);
}

} // namespace wharf::auth::oidc
