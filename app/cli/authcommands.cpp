// wharf-cli login, logout and whoami, on every platform.
#include "auth/keychaincredentialstore.h"
#include "cli.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace wharf::cli {

int Cli::login(const Invocation &inv)
{
    const Account account = *inv.account;
    // Nothing reaches the server before we know the token can be kept: a session nobody holds
    // would stay valid on the server (Contaxy's login tokens never expire).
    if (!keychainUsable())
        return failNoKeychain();
    const std::optional<QString> read = stdinToken(inv);
    if (!read)
        return m_exitCode;
    const QString token = *read;
    auth::AccountSession *s = session(account, true);
    if (token.isEmpty() && !s->supportsPassword())
        return fail(ExitUsage,
                    QCoreApplication::translate("wharf-cli",
                                                "%1 has no password sign-in; use --token-stdin")
                        .arg(platformKindDisplayName(account.kind)));
    QString user = inv.value("--username", account.username);
    std::optional<QString> password;
    if (token.isEmpty()) {
        if (user.isEmpty())
            user = readLine(QCoreApplication::translate("wharf-cli", "Username: "))
                       .value_or(QString())
                       .trimmed();
        if (user.isEmpty())
            return fail(ExitUsage,
                        QCoreApplication::translate("wharf-cli",
                                                    "a user name is needed (--username USER)"));
        password = readSecret(QCoreApplication::translate("wharf-cli", "Password for %1 at %2: ")
                                  .arg(user, account.serverUrl.toString()));
        if (!password || password->isEmpty())
            return fail(ExitUsage, QCoreApplication::translate("wharf-cli", "no password given"));
    }
    connect(s,
            &auth::AccountSession::signedIn,
            this,
            [this, s](const auto &error, const auto &store) { signInDone(s, error, store); });
    // Reading the entry first shows a locked or refusing keychain before the sign-in.
    auto *check = m_store->read(account.id, this);
    connect(check,
            &auth::CredentialJob::finished,
            this,
            [this, check, s, token, user, password](const auth::CredentialResult &r) {
                check->deleteLater();
                if (r.error && r.error.kind != auth::CredentialError::Kind::NotFound) {
                    failStore(r.error);
                    return;
                }
                if (!token.isEmpty())
                    s->signInWithToken(token);
                else
                    s->signInWithPassword(user, *password);
            });
    return -1;
}

void Cli::signInDone(auth::AccountSession *s,
                     const net::ApiError &error,
                     const auth::CredentialError &store)
{
    const QString name = s->account().displayName;
    if (error) {
        failApi(error, QCoreApplication::translate("wharf-cli", "Sign-in to %1 failed").arg(name));
        return;
    }
    if (!store) {
        if (!m_json)
            print(QCoreApplication::translate("wharf-cli", "Signed in to %1.").arg(name));
        finish(ExitOk);
        return;
    }
    // The token could not be kept: end the new session rather than leave it to nobody.
    connect(s, &auth::AccountSession::signedOut, this, [this, store](const net::ApiError &ended) {
        QString message = store.message;
        if (ended)
            message += QLatin1Char('\n')
                + QCoreApplication::translate(
                      "wharf-cli", "The new session could not be ended on the server either: %1")
                      .arg(ended.toString());
        else
            message += QLatin1Char('\n')
                + QCoreApplication::translate("wharf-cli",
                                              "The new session was ended on the server again.");
        failStore(auth::CredentialError::make(store.kind, message));
    });
    s->signOut();
}

int Cli::logout(const Invocation &inv)
{
    if (!keychainUsable())
        return failNoKeychain();
    auto *s = session(*inv.account, true);
    const QString name = inv.account->displayName;
    connect(s,
            &auth::AccountSession::signedOut,
            this,
            [this, name](const net::ApiError &serverError, const auth::CredentialError &store) {
                if (store && store.kind != auth::CredentialError::Kind::NotFound) {
                    failStore(store);
                    return;
                }
                if (serverError) {
                    QString message
                        = QCoreApplication::translate(
                              "wharf-cli",
                              "Removed the stored token of %1, but the server did not end the "
                              "session: %2")
                              .arg(name, serverError.toString());
                    if (serverError.kind == net::ApiError::Kind::Unauthorized)
                        message
                            += QLatin1Char('\n')
                            + QCoreApplication::translate(
                                   "wharf-cli",
                                   "The server no longer accepts that token. If another program "
                                   "got a newer one for the same session, the session stays "
                                   "valid until it expires.");
                    fail(exitCodeFor(serverError), message);
                    return;
                }
                if (!m_json)
                    print(QCoreApplication::translate("wharf-cli", "Signed out of %1.").arg(name));
                finish(ExitOk);
            });
    connect(s, &auth::AccountSession::tokenLoaded, s, [s](const auth::CredentialError &) {
        s->signOut(); // without a token this only clears what may be stored
    });
    s->loadStoredToken();
    return -1;
}

int Cli::whoami(const Invocation &inv)
{
    return withSession(inv, [this](auth::AccountSession *s) {
        connect(s,
                &auth::AccountSession::identityReady,
                this,
                [this, s](const auth::Identity &identity, const net::ApiError &error) {
                    if (error) {
                        failApi(error, s->account().displayName);
                        return;
                    }
                    if (s->account().kind != PlatformKind::ProjectW) {
                        printIdentity(s, identity, {}, {});
                        return;
                    }
                    projectwStates(
                        s, identity, [this, s, identity](const auto &json, const auto &lines) {
                            printIdentity(s, identity, json, lines);
                        });
                });
        s->fetchIdentity();
    });
}

void Cli::printIdentity(auth::AccountSession *s,
                        const auth::Identity &identity,
                        const QJsonObject &states,
                        const QStringList &stateLines)
{
    const Account &account = s->account();
    if (m_json) {
        printJson(
            QJsonObject {{QStringLiteral("account"), account.displayName},
                         {QStringLiteral("kind"), platformKindId(account.kind)},
                         {QStringLiteral("id"),
                          identity.idJson.isNull() ? QJsonValue(identity.id) : identity.idJson},
                         {QStringLiteral("name"), identity.name},
                         {QStringLiteral("email"), identity.email},
                         {QStringLiteral("details"), QJsonArray::fromStringList(identity.details)},
                         {QStringLiteral("states"), states}});
        finish(ExitOk);
        return;
    }
    const QString who = identity.name.isEmpty() ? identity.id : identity.name;
    if (identity.email.isEmpty() || identity.email == who)
        print(QCoreApplication::translate("wharf-cli", "%1 on %2").arg(who, account.displayName));
    else
        print(QCoreApplication::translate("wharf-cli", "%1 on %2 (%3)")
                  .arg(who, account.displayName, identity.email));
    for (const QString &line : identity.details + stateLines)
        print(QStringLiteral("  ") + line);
    finish(ExitOk);
}

} // namespace wharf::cli
