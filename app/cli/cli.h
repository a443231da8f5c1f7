#pragma once

#include "accounts/accountstore.h"
#include "auth/accountsession.h"
#include "commandtable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace wharf::contaxy {
struct Deployment;
struct DeploymentInput;
struct FileItem;
} // namespace wharf::contaxy
namespace wharf::projectw {
struct Job;
struct Terms;
} // namespace wharf::projectw
namespace wharf::transfer {
class Transfer;
struct TransferSpec;
} // namespace wharf::transfer

namespace wharf::cli {

// Exit codes are part of wharf-cli's interface (documented in --help and the README).
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitAuth = 2, ExitNetwork = 3, ExitServer = 4 };

int exitCodeFor(const net::ApiError &error);

// A parsed command line: the table row, the account it runs on, its arguments and options.
struct Invocation
{
    const CommandSpec *command = nullptr;
    std::optional<Account> account;
    QStringList args;
    QHash<QString, QString> options; // "--key" -> value ("" for flags); the last one given
    QHash<QString, QStringList> repeated; // "--key" -> every value given, in order

    bool has(const char *name) const { return options.contains(QLatin1String(name)); }
    QString value(const char *name, const QString &fallback = QString()) const
    {
        return options.value(QLatin1String(name), fallback);
    }
    QStringList values(const char *name) const { return repeated.value(QLatin1String(name)); }
};

// wharf-cli: the scriptable companion of Wharf, built on the same core.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject *parent = nullptr);
    ~Cli() override;
    // Runs the command; returns its exit code (spinning the application's event loop for
    // commands that talk to servers or the keychain, and until rotated tokens are stored).
    int exec();

    // Handlers named in the command table. Each returns an exit code, or -1 when it
    // continues asynchronously and calls finish().
    int accountsList(const Invocation &inv);
    int accountsAdd(const Invocation &inv);
    int accountsRemove(const Invocation &inv);
    int accountsUse(const Invocation &inv);
    int login(const Invocation &inv);
    int logout(const Invocation &inv);
    int whoami(const Invocation &inv);
    int filesList(const Invocation &inv);
    int filesUpload(const Invocation &inv);
    int filesDownload(const Invocation &inv);
    int filesRemove(const Invocation &inv);
    int filesVersions(const Invocation &inv);
    int deploymentsList(const Invocation &inv);
    int deploymentsRemove(const Invocation &inv);
    int deploymentsDeploy(const Invocation &inv);
    int deploymentsAction(const Invocation &inv);
    int extensionsList(const Invocation &inv);
    int extensionsInstall(const Invocation &inv);
    int extensionsRemove(const Invocation &inv);
    int logsShow(const Invocation &inv);
    int tokensList(const Invocation &inv);
    int tokensCreate(const Invocation &inv);
    int tokensRevoke(const Invocation &inv);
    int docsList(const Invocation &inv);
    int docsGet(const Invocation &inv);
    int docsPut(const Invocation &inv);
    int docsPatch(const Invocation &inv);
    int docsRemove(const Invocation &inv);
    int projectsList(const Invocation &inv);
    int projectsCreate(const Invocation &inv);
    int projectsEdit(const Invocation &inv);
    int projectsRemove(const Invocation &inv);
    int membersList(const Invocation &inv);
    int membersAdd(const Invocation &inv);
    int membersRemove(const Invocation &inv);
    int usersList(const Invocation &inv);
    int usersCreate(const Invocation &inv);
    int usersRemove(const Invocation &inv);
    int jobsList(const Invocation &inv);
    int jobsSubmit(const Invocation &inv);
    int jobsAbort(const Invocation &inv);
    int jobsRemove(const Invocation &inv);
    int transcriptGet(const Invocation &inv);
    int termsShow(const Invocation &inv);
    int termsAccept(const Invocation &inv);
    int completion(const Invocation &inv);

private:
    int dispatch(QStringList args);
    int run(const CommandSpec *command, QStringList words, std::optional<QString> accountName);
    std::optional<Account> resolveAccount(const std::optional<QString> &name);
    QString defaultAccountId() const;
    void saveNewAccount(const Account &account, const QStringList &notes);
    void setDefaultAccount(const QString &id);

    // Sessions and calls (session.cpp).
    auth::AccountSession *session(const Account &account, bool persistent);
    bool keychainUsable();
    int failNoKeychain();
    // The token from --token-stdin ("" when not asked for); nullopt after failing.
    std::optional<QString> stdinToken(const Invocation &inv);
    // Signs in with the stored token or WHARF_TOKEN/--token-stdin, then runs `then`.
    int withSession(const Invocation &inv, std::function<void(auth::AccountSession *)> then);
    // One API call; failures end the command with the matching exit code.
    void call(auth::AccountSession *s,
              const net::ApiRequest &request,
              std::function<void(const net::ApiResponse &)> then);
    // One upload through the transfer engine; failures end the command.
    void runTransfer(auth::AccountSession *s,
                     const transfer::TransferSpec &spec,
                     std::function<void(const QByteArray &body)> then);
    // Several, one after another with a progress bar on a terminal; failures do not stop
    // the rest: `then` gets what completed and why the others did not.
    void runTransfers(auth::AccountSession *s,
                      QList<transfer::TransferSpec> specs,
                      std::function<void(const QList<transfer::TransferSpec> &done,
                                         const QStringList &failures)> then);
    // Ends a command of several transfers: JSON {doneKey: done, failed: [...]}, and the
    // network exit code when any failed.
    void
    finishTransfers(const QString &doneKey, const QJsonArray &done, const QStringList &failures);
    transfer::Transfer *makeTransfer(auth::AccountSession *s, const transfer::TransferSpec &spec);
    void signInDone(auth::AccountSession *s,
                    const net::ApiError &error,
                    const auth::CredentialError &store);
    void printIdentity(auth::AccountSession *s,
                       const auth::Identity &identity,
                       const QJsonObject &states,
                       const QStringList &stateLines);
    // jobs abort|rm: one call with every JOB argument.
    int changeJobs(const Invocation &inv,
                   net::ApiRequest (*request)(const QList<int> &),
                   const char *done,
                   const char *doneText);
    // Lists every job, page by page (projectw::fetchJobPage), then prints them.
    void listJobs(auth::AccountSession *s, int start, QList<projectw::Job> jobs);
    void printJobs(const QList<projectw::Job> &jobs);
    // A JSON document command's object from FILE or "-" (documentcommands.cpp); nullopt
    // after failing the command.
    std::optional<QJsonObject> readDocumentArg(const Invocation &inv, const QString &source);
    void printDocument(const net::ApiResponse &reply);
    void
    loadTerms(auth::AccountSession *s,
              std::function<void(const QList<projectw::Terms> &, const QMap<int, int> &)> then);
    void acceptPending(auth::AccountSession *s,
                       const QList<projectw::Terms> &pending,
                       int index,
                       bool yes,
                       const QJsonArray &done);
    // Project-W: e-mail and terms-of-service states for whoami.
    void projectwStates(auth::AccountSession *s,
                        const auth::Identity &identity,
                        std::function<void(const QJsonObject &, const QStringList &)> then);

    // Contaxy: a project's files at or below `prefix` (every version with `versions`).
    void listFiles(auth::AccountSession *s,
                   const QString &project,
                   const QString &prefix,
                   bool versions,
                   std::function<void(const QList<contaxy::FileItem> &)> then);
    // Contaxy: the files that KEY arguments name: a key ending in '/' is every file below.
    void filesNamed(auth::AccountSession *s,
                    const QString &project,
                    const QStringList &keys,
                    std::function<void(const QList<contaxy::FileItem> &)> then);

    // Contaxy: --env KEY=VALUE and --endpoint E of deploying a service or an extension;
    // false after failing the command.
    bool readServiceOptions(const Invocation &inv, contaxy::DeploymentInput &input);

    // Contaxy: a project's services and jobs in one list; the one with `id`, else fail.
    void listDeployments(auth::AccountSession *s,
                         const QString &project,
                         std::function<void(const QList<contaxy::Deployment> &)> then);
    void withDeployment(auth::AccountSession *s,
                        const QString &project,
                        const QString &id,
                        std::function<void(const contaxy::Deployment &)> then);

    // Output and exit (cli.cpp).
    void finish(int code);
    void maybeQuit();
    int fail(int code, const QString &message);
    int failApi(const net::ApiError &error, const QString &context = QString());
    // Ends the command for a refused call of this account, with what to do about it.
    void failCall(auth::AccountSession *s, const net::ApiError &error);
    int failStore(const auth::CredentialError &error);
    void warn(const QString &message);
    void printJson(const QJsonValue &value);
    void print(const QString &text);
    // Help for the program, a noun or one command (help.cpp).
    int help(const QString &noun, const CommandSpec *command, int code);
    QString programHelp() const;

    QStringList m_args;
    bool m_json = false;
    int m_exitCode = ExitOk;
    bool m_finished = false;
    bool m_looping = false;
    std::optional<bool> m_keychainUsable;
    QString m_keychainProblem;
    std::unique_ptr<QSettings> m_settings;
    auth::CredentialStore *m_store = nullptr;
    AccountStore *m_accounts = nullptr;
    QList<auth::AccountSession *> m_sessions;
};

} // namespace wharf::cli
