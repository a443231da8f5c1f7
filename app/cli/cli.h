#pragma once

#include "accounts/accountstore.h"
#include "auth/accountsession.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace wharf::projectw {
struct Job;
}
namespace wharf::transfer {
struct TransferSpec;
}

namespace wharf::cli {

// Exit codes are part of wharf-cli's interface (documented in --help and the README).
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitAuth = 2, ExitNetwork = 3, ExitServer = 4 };

int exitCodeFor(const net::ApiError &error);
// Takes "--name VALUE" out of args; returns the value, or `fallback` when it is not there.
QString takeOption(QStringList &args, const QString &name, const QString &fallback = QString());

// wharf-cli: the scriptable companion of Wharf, built on the same core.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject *parent = nullptr);
    ~Cli() override;
    // Runs the command; returns its exit code (spinning the application's event loop for
    // commands that talk to servers or the keychain).
    int exec();

private:
    // Each returns an exit code, or -1 when it continues asynchronously and calls finish().
    int dispatch(QStringList args);
    int accountsList(const QStringList &args);
    int accountsAdd(const QStringList &args);
    int accountsRemove(const QStringList &args);
    int login(const QStringList &args);
    int logout(const QStringList &args);
    int whoami(const QStringList &args);
    // Platform resources (resources.cpp).
    int files(const QStringList &args);
    int upload(const QStringList &args);
    int jobs(const QStringList &args);
    int submit(const QStringList &args);
    int transcript(const QStringList &args);

    // Shared plumbing.
    std::optional<Account> accountArg(const QString &command, const QStringList &positional);
    auth::AccountSession *session(const Account &account, bool persistent);
    bool tokenOverride(const QStringList &args, QString *token, int *exitCode);
    void saveNewAccount(Account account);
    // Checks "ACCOUNT ARGS..." (positionalCount in all, the account first, of the given
    // platform unless Unknown), signs in with the stored token or WHARF_TOKEN/--token-stdin,
    // then runs `run` with the session and the arguments after the account.
    int withSession(const QString &command,
                    QStringList args,
                    PlatformKind kind,
                    int positionalCount,
                    std::function<void(auth::AccountSession *, const QStringList &)> run);
    // One API call; failures end the command with the matching exit code.
    void call(auth::AccountSession *s,
              const net::ApiRequest &request,
              std::function<void(const net::ApiResponse &)> then);
    // One upload through the transfer engine; failures end the command.
    void runTransfer(auth::AccountSession *s,
                     const transfer::TransferSpec &spec,
                     std::function<void(const QByteArray &body)> then);
    void printJobs(const QList<int> &order, const QList<projectw::Job> &jobs);
    void printIdentity(const Account &account,
                       const auth::Identity &identity,
                       const net::ApiError &error);
    void finish(int code);
    int fail(int code, const QString &message);
    int failApi(const net::ApiError &error, const QString &context = QString());
    int failStore(const auth::CredentialError &error);
    void printJson(const QJsonValue &value);
    void print(const QString &text);
    int usage(const QString &command, int code = ExitOk);

    QStringList m_args;
    bool m_json = false;
    int m_exitCode = ExitOk;
    bool m_async = false;
    std::unique_ptr<QSettings> m_settings;
    auth::CredentialStore *m_store = nullptr;
    AccountStore *m_accounts = nullptr;
};

} // namespace wharf::cli
