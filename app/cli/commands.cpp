// The wharf-cli commands. Plumbing (output, exit codes, help) is in cli.cpp.
#include "accounts/platformprobe.h"
#include "accounts/serverurl.h"
#include "cli.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace wharf::cli {

namespace {

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

QJsonObject accountJson(const Account &account)
{
    return {{QStringLiteral("id"), account.id},
            {QStringLiteral("name"), account.displayName},
            {QStringLiteral("kind"), platformKindId(account.kind)},
            {QStringLiteral("url"), account.serverUrl.toString()},
            {QStringLiteral("username"), account.username}};
}

} // namespace

QString takeOption(QStringList &args, const QString &name, const QString &fallback)
{
    const int at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

std::optional<Account> Cli::accountArg(const QString &command, const QStringList &positional)
{
    if (positional.size() != 1) {
        m_exitCode = usage(command, ExitUsage);
        return std::nullopt;
    }
    auto account = m_accounts->find(positional.first());
    if (!account)
        fail(ExitUsage,
             QCoreApplication::translate("wharf-cli",
                                         "no account named \"%1\" (see: wharf-cli accounts list)")
                 .arg(positional.first()));
    return account;
}

auth::AccountSession *Cli::session(const Account &account, bool persistent)
{
    return new auth::AccountSession(account, persistent ? m_store : nullptr, this);
}

// WHARF_TOKEN or --token-stdin: a token for this call only.
bool Cli::tokenOverride(const QStringList &args, QString *token, int *exitCode)
{
    if (args.contains(QStringLiteral("--token-stdin"))) {
        *token = readAllStdin();
        if (token->isEmpty()) {
            *exitCode = fail(ExitUsage,
                             QCoreApplication::translate(
                                 "wharf-cli", "--token-stdin: no token on standard input"));
            return false;
        }
        return true;
    }
    *token = qEnvironmentVariable("WHARF_TOKEN").trimmed();
    return !token->isEmpty();
}

int Cli::accountsList(const QStringList &args)
{
    if (args.contains(QStringLiteral("--help")))
        return usage(QStringLiteral("accounts list"));
    if (!args.isEmpty())
        return usage(QStringLiteral("accounts list"), ExitUsage);
    QJsonArray list;
    for (const Account &account : m_accounts->accounts())
        list.append(accountJson(account));
    if (m_json) {
        printJson(list);
        return ExitOk;
    }
    if (list.isEmpty())
        print(QCoreApplication::translate(
            "wharf-cli", "No accounts. Add one with: wharf-cli accounts add NAME URL"));
    for (const Account &a : m_accounts->accounts())
        print(QStringLiteral("%1\t%2\t%3\t%4")
                  .arg(a.displayName,
                       platformKindDisplayName(a.kind),
                       a.serverUrl.toString(),
                       a.username));
    return ExitOk;
}

int Cli::accountsAdd(const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (takeFlag(args, QStringLiteral("--help")))
        return usage(QStringLiteral("accounts add"));
    Account account;
    const QString kind = takeOption(args, QStringLiteral("--kind"));
    account.username = takeOption(args, QStringLiteral("--username"));
    account.pinnedCertificateSha256 = takeOption(args, QStringLiteral("--pin"));
    if (args.size() != 2 || args.first().startsWith(QLatin1String("--")))
        return usage(QStringLiteral("accounts add"), ExitUsage);
    account.displayName = args.at(0);
    QString urlError;
    account.serverUrl = normaliseServerUrl(args.at(1), &urlError);
    if (!account.serverUrl.isValid())
        return fail(ExitUsage, urlError);
    if (!kind.isEmpty()) {
        account.kind = platformKindFromId(kind);
        if (account.kind == PlatformKind::Unknown)
            return fail(ExitUsage,
                        QCoreApplication::translate(
                            "wharf-cli", "unknown platform \"%1\": use contaxy, projectw or ivcap")
                            .arg(kind));
        saveNewAccount(account);
        return m_exitCode;
    }
    const QString invalid = account.validationError();
    if (!invalid.isEmpty() && account.kind != PlatformKind::Unknown)
        return fail(ExitUsage, invalid);
    auto *probe = new PlatformProbe(account.serverUrl, this);
    probe->setPinnedCertificateSha256(account.pinnedCertificateSha256);
    connect(probe, &PlatformProbe::finished, this, [this, probe, account](const ProbeResult &r) {
        probe->deleteLater();
        if (r.error) {
            failApi(r.error);
            return;
        }
        Account detected = account;
        detected.kind = r.kind;
        detected.serverUrl = r.apiRoot;
        saveNewAccount(detected);
    });
    probe->start();
    return -1;
}

void Cli::saveNewAccount(Account account)
{
    QString error;
    const auto added = m_accounts->add(account, &error);
    if (!added) {
        fail(ExitUsage, error);
        return;
    }
    if (m_json)
        printJson(accountJson(*added));
    else
        print(QCoreApplication::translate("wharf-cli", "Added %1 (%2 at %3)")
                  .arg(added->displayName,
                       platformKindDisplayName(added->kind),
                       added->serverUrl.toString()));
    finish(ExitOk);
}

int Cli::accountsRemove(const QStringList &args)
{
    if (args.contains(QStringLiteral("--help")))
        return usage(QStringLiteral("accounts remove"));
    const auto account = accountArg(QStringLiteral("accounts remove"), args);
    if (!account)
        return m_exitCode;
    connect(m_accounts,
            &AccountStore::secretsRemoved,
            this,
            [this](const QString &, const auth::CredentialError &error) {
                // No keychain means nothing was ever stored: the account is gone either way.
                if (error && error.kind != auth::CredentialError::Kind::NoKeychain)
                    QTextStream(stderr) << "wharf-cli: " << error.message << Qt::endl;
                finish(ExitOk);
            });
    m_accounts->remove(account->id);
    if (!m_json)
        print(QCoreApplication::translate("wharf-cli", "Removed %1").arg(account->displayName));
    return -1;
}

int Cli::login(const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (takeFlag(args, QStringLiteral("--help")))
        return usage(QStringLiteral("login"));
    const bool tokenStdin = takeFlag(args, QStringLiteral("--token-stdin"));
    QString user = takeOption(args, QStringLiteral("--username"));
    const auto account = accountArg(QStringLiteral("login"), args);
    if (!account)
        return m_exitCode;
    auto *s = session(*account, true);
    connect(s,
            &auth::AccountSession::signedIn,
            this,
            [this, account](const net::ApiError &error, const auth::CredentialError &store) {
                if (error) {
                    failApi(error,
                            QCoreApplication::translate("wharf-cli", "Sign-in to %1 failed")
                                .arg(account->displayName));
                } else if (store) {
                    failStore(store);
                } else {
                    if (!m_json)
                        print(QCoreApplication::translate("wharf-cli", "Signed in to %1.")
                                  .arg(account->displayName));
                    finish(ExitOk);
                }
            });
    if (tokenStdin) {
        const QString token = readAllStdin();
        if (token.isEmpty())
            return fail(ExitUsage,
                        QCoreApplication::translate("wharf-cli",
                                                    "--token-stdin: no token on standard input"));
        s->signInWithToken(token);
        return -1;
    }
    if (!s->supportsPassword())
        return fail(ExitUsage,
                    QCoreApplication::translate("wharf-cli",
                                                "%1 has no password sign-in; use --token-stdin")
                        .arg(platformKindDisplayName(account->kind)));
    if (user.isEmpty())
        user = account->username;
    if (user.isEmpty())
        user = readLine(QCoreApplication::translate("wharf-cli", "Username: "))
                   .value_or(QString())
                   .trimmed();
    if (user.isEmpty())
        return fail(
            ExitUsage,
            QCoreApplication::translate("wharf-cli", "a user name is needed (--username USER)"));
    const auto password
        = readSecret(QCoreApplication::translate("wharf-cli", "Password for %1 at %2: ")
                         .arg(user, account->serverUrl.toString()));
    if (!password || password->isEmpty())
        return fail(ExitUsage, QCoreApplication::translate("wharf-cli", "no password given"));
    s->signInWithPassword(user, *password);
    return -1;
}

int Cli::logout(const QStringList &args)
{
    if (args.contains(QStringLiteral("--help")))
        return usage(QStringLiteral("logout"));
    const auto account = accountArg(QStringLiteral("logout"), args);
    if (!account)
        return m_exitCode;
    auto *s = session(*account, true);
    connect(s,
            &auth::AccountSession::signedOut,
            this,
            [this, account](const net::ApiError &serverError, const auth::CredentialError &store) {
                if (store && store.kind != auth::CredentialError::Kind::NotFound) {
                    failStore(store);
                    return;
                }
                if (serverError)
                    QTextStream(stderr)
                        << "wharf-cli: "
                        << QCoreApplication::translate(
                               "wharf-cli", "the server did not confirm the sign-out: %1")
                               .arg(serverError.toString())
                        << Qt::endl;
                if (!m_json)
                    print(QCoreApplication::translate("wharf-cli", "Signed out of %1.")
                              .arg(account->displayName));
                finish(ExitOk);
            });
    connect(s, &auth::AccountSession::tokenLoaded, s, [s](const auth::CredentialError &) {
        s->signOut(); // without a token this only clears what may be stored
    });
    s->loadStoredToken();
    return -1;
}

int Cli::whoami(const QStringList &args)
{
    return withSession(
        QStringLiteral("whoami"), args, PlatformKind::Unknown, 1, [this](auto *s, auto) {
            connect(s,
                    &auth::AccountSession::identityReady,
                    this,
                    [this, s](const auth::Identity &identity, const net::ApiError &error) {
                        printIdentity(s->account(), identity, error);
                    });
            s->fetchIdentity();
        });
}

void Cli::printIdentity(const Account &account,
                        const auth::Identity &identity,
                        const net::ApiError &error)
{
    if (error) {
        failApi(error, account.displayName);
        return;
    }
    if (m_json) {
        printJson(QJsonObject {
            {QStringLiteral("account"), account.displayName},
            {QStringLiteral("kind"), platformKindId(account.kind)},
            {QStringLiteral("id"), identity.id},
            {QStringLiteral("name"), identity.name},
            {QStringLiteral("email"), identity.email},
            {QStringLiteral("details"), QJsonArray::fromStringList(identity.details)}});
    } else {
        print(QCoreApplication::translate("wharf-cli", "%1 on %2 (%3)")
                  .arg(identity.name.isEmpty() ? identity.id : identity.name,
                       account.displayName,
                       identity.email));
        for (const QString &line : identity.details)
            print(QStringLiteral("  ") + line);
    }
    finish(ExitOk);
}

} // namespace wharf::cli
