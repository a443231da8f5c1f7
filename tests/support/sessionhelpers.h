#pragma once

#include "auth/accountsession.h"
#include "net/httpclient.h"
#include "transfer/curlengine.h"
#include "transfer/transfer.h"

#include <QSignalSpy>

#include <memory>

namespace wharf::test {

// A session of the emulator's demo user (tokens in memory only), signed in with a password;
// nullptr if the sign-in failed.
inline std::unique_ptr<auth::AccountSession> demoSession(PlatformKind kind, const QUrl &server)
{
    Account account;
    account.id = Account::newId();
    account.kind = kind;
    account.serverUrl = server;
    auto session = std::make_unique<auth::AccountSession>(account, nullptr);
    QSignalSpy signedIn(session.get(), &auth::AccountSession::signedIn);
    if (kind == PlatformKind::ProjectW)
        session->signInWithPassword(QStringLiteral("alice@example.test"),
                                    QStringLiteral("Alice-Password-1!"));
    else
        session->signInWithPassword(QStringLiteral("alice"), QStringLiteral("alice-password"));
    if (!signedIn.wait(10000) || signedIn.at(0).at(0).value<net::ApiError>())
        return nullptr;
    return session;
}

// A session that uses `token` as it is (no sign-in, nothing stored): for canned servers.
inline std::unique_ptr<auth::AccountSession>
tokenSession(PlatformKind kind, const QUrl &server, const QString &token = QStringLiteral("t"))
{
    Account account;
    account.id = Account::newId();
    account.kind = kind;
    account.serverUrl = server;
    auto session = std::make_unique<auth::AccountSession>(account, nullptr);
    session->useToken(token);
    return session;
}

// What a test's transfers connect with: the session's current token, no proxy.
inline transfer::ConnectionSettings settingsFor(const auth::AccountSession *session)
{
    transfer::ConnectionSettings settings;
    settings.bearerToken = session->client()->bearerToken();
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    return settings;
}

// Runs one transfer to its end and returns its final state (Failed on a 20 s timeout);
// *error gets the reason when it did not complete.
inline transfer::Transfer::State runTransfer(transfer::CurlEngine &engine,
                                             const transfer::TransferSpec &spec,
                                             const auth::AccountSession *session,
                                             QString *error = nullptr)
{
    transfer::Transfer t(&engine, spec);
    t.setConnectionProvider([session] { return settingsFor(session); });
    QSignalSpy finished(&t, &transfer::Transfer::finished);
    t.start();
    if (!finished.wait(20000))
        return transfer::Transfer::State::Failed;
    if (error)
        *error = t.error().toString();
    return t.state();
}

} // namespace wharf::test
