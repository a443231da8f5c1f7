#include "cli.h"

#include "auth/keychaincredentialstore.h"
#include "net/redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace wharf::cli {

namespace {

const char *const kMainHelp = QT_TRANSLATE_NOOP(
    "wharf-cli",
    "Usage: wharf-cli [--json] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  accounts list                  List accounts\n"
    "  accounts add NAME URL          Add an account (platform detected from the server)\n"
    "  accounts remove NAME           Remove an account and its stored secrets\n"
    "  login ACCOUNT                  Sign in (password prompt, or --token-stdin)\n"
    "  logout ACCOUNT                 Sign out and delete the stored token\n"
    "  whoami ACCOUNT                 Show who the account is signed in as\n"
    "  files ACCOUNT PROJECT          List a Contaxy project's files\n"
    "  upload ACCOUNT PROJECT FILE    Upload a file into a Contaxy project\n"
    "  jobs ACCOUNT                   List Project-W transcription jobs\n"
    "  submit ACCOUNT FILE            Submit audio or video to Project-W\n"
    "  transcript ACCOUNT JOB         Print or save a job's transcript\n"
    "\n"
    "Options:\n"
    "  --json        Machine-readable output on stdout\n"
    "  --help        Help for wharf-cli or for a command\n"
    "  --version     Print the version\n"
    "\n"
    "Environment:\n"
    "  WHARF_TOKEN   Token to use instead of the keychain; nothing is stored\n"
    "\n"
    "Exit codes: 0 ok, 1 usage, 2 authentication, 3 network or TLS, 4 server error.\n");

} // namespace

int exitCodeFor(const net::ApiError &error)
{
    using Kind = net::ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitOk;
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return ExitAuth;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        return ExitNetwork;
    case Kind::Cancelled:
        return ExitUsage;
    default:
        return ExitServer;
    }
}

Cli::Cli(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_args(std::move(arguments))
    , m_settings(std::make_unique<QSettings>())
{
    // Keep stderr for our own messages; request logs only when the user asks for them
    // (QT_LOGGING_RULES), and they are redacted anyway.
    QLoggingCategory::setFilterRules(QStringLiteral("wharf.net.info=false"));
    auto *keychain = new auth::KeychainCredentialStore(m_settings.get(), this);
    m_store = keychain;
    m_accounts = new AccountStore(m_settings.get(), m_store, this);
}

Cli::~Cli() = default;

int Cli::exec()
{
    QStringList args = m_args.mid(1);
    m_json = args.removeAll(QStringLiteral("--json")) > 0;
    const int code = dispatch(args);
    if (code >= 0)
        return code;
    m_async = true;
    return QCoreApplication::exec();
}

int Cli::dispatch(QStringList args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help"))
        return usage(QString(), args.isEmpty() ? ExitUsage : ExitOk);
    if (args.first() == QLatin1String("--version")) {
        print(QStringLiteral("wharf-cli " WHARF_VERSION));
        return ExitOk;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("accounts")) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("list"))
            return accountsList(args);
        if (sub == QLatin1String("add"))
            return accountsAdd(args);
        if (sub == QLatin1String("remove"))
            return accountsRemove(args);
        if (sub.isEmpty() || sub == QLatin1String("--help"))
            return usage(QStringLiteral("accounts"), sub.isEmpty() ? ExitUsage : ExitOk);
        return fail(
            ExitUsage,
            QCoreApplication::translate("wharf-cli", "unknown command: accounts %1").arg(sub));
    }
    if (command == QLatin1String("login"))
        return login(args);
    if (command == QLatin1String("logout"))
        return logout(args);
    if (command == QLatin1String("whoami"))
        return whoami(args);
    if (command == QLatin1String("files"))
        return files(args);
    if (command == QLatin1String("upload"))
        return upload(args);
    if (command == QLatin1String("jobs"))
        return jobs(args);
    if (command == QLatin1String("submit"))
        return submit(args);
    if (command == QLatin1String("transcript"))
        return transcript(args);
    return fail(
        ExitUsage,
        QCoreApplication::translate("wharf-cli", "unknown command: %1 (see wharf-cli --help)")
            .arg(command));
}

void Cli::finish(int code)
{
    m_exitCode = code;
    if (m_async)
        QCoreApplication::exit(code);
}

int Cli::fail(int code, const QString &message)
{
    QTextStream(stderr) << "wharf-cli: " << net::redactText(message) << Qt::endl;
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("exit_code"), code},
                                             {QStringLiteral("message"), message}}}});
    }
    finish(code);
    return code;
}

int Cli::failApi(const net::ApiError &error, const QString &context)
{
    QString message
        = context.isEmpty() ? error.toString() : context + QLatin1String(": ") + error.toString();
    if (error.kind == net::ApiError::Kind::Tls && !error.tlsFingerprint.isEmpty())
        message += QLatin1Char('\n')
            + QCoreApplication::translate(
                  "wharf-cli", "If you trust this certificate, add the account with --pin %1")
                  .arg(error.tlsFingerprint);
    return fail(exitCodeFor(error), message);
}

int Cli::failStore(const auth::CredentialError &error)
{
    QString message = error.message;
    if (error.kind == auth::CredentialError::Kind::NoKeychain)
        message += QLatin1Char('\n')
            + QCoreApplication::translate(
                       "wharf-cli",
                       "Set WHARF_TOKEN or pass --token-stdin to use a token without storing "
                       "it.");
    return fail(ExitAuth, message);
}

void Cli::printJson(const QJsonValue &value)
{
    const QByteArray text = value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void Cli::print(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

int Cli::usage(const QString &command, int code)
{
    static const QHash<QString, const char *> help = {
        {QStringLiteral("accounts"),
         QT_TRANSLATE_NOOP("wharf-cli", "Usage: wharf-cli accounts list|add|remove [--help]")},
        {QStringLiteral("accounts list"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli [--json] accounts list\n"
                           "Lists the accounts with platform, server and user.")},
        {QStringLiteral("accounts add"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli [--json] accounts add NAME URL [--kind "
                           "contaxy|projectw|ivcap] [--username USER] [--pin SHA256]\n"
                           "Adds an account. The platform is detected from the server unless "
                           "--kind is given.\n--pin trusts exactly the certificate with this "
                           "SHA-256 fingerprint (for self-signed servers).")},
        {QStringLiteral("accounts remove"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli accounts remove ACCOUNT\n"
                           "Removes the account and deletes its stored secrets.")},
        {QStringLiteral("login"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli login ACCOUNT [--username USER] [--token-stdin]\n"
                           "Signs in with a password (asked for without echo) or with a token "
                           "read from stdin, and stores the token in the system keychain.")},
        {QStringLiteral("logout"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli logout ACCOUNT\n"
                           "Signs out on the server where the platform allows it "
                           "and deletes the stored token.")},
        {QStringLiteral("whoami"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli [--json] whoami ACCOUNT "
                           "[--token-stdin]\n"
                           "Shows the identity of the signed-in token. "
                           "WHARF_TOKEN or --token-stdin use a token without "
                           "storing it.")},
        {QStringLiteral("files"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli [--json] files ACCOUNT PROJECT [--prefix PREFIX]\n"
                           "Lists the files of a Contaxy project (latest versions): size, "
                           "modification time and key.")},
        {QStringLiteral("upload"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli [--json] upload ACCOUNT PROJECT FILE [--key KEY]\n"
                           "Uploads FILE into the Contaxy project, under its own name or KEY "
                           "(a path such as data/train.csv). Uploading a key again makes a new "
                           "version.")},
        {QStringLiteral("jobs"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli [--json] jobs ACCOUNT\n"
                           "Lists the newest 50 Project-W jobs: id, state, progress and file.")},
        {QStringLiteral("submit"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli [--json] submit ACCOUNT FILE\n"
                           "Submits an audio or video file for transcription with the account's "
                           "default settings and prints the new job's id.")},
        {QStringLiteral("transcript"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Usage: wharf-cli transcript ACCOUNT JOB [--format "
                           "txt|srt|vtt|tsv|json] [--output FILE]\n"
                           "Prints a finished job's transcript, or saves it to FILE.")},
    };
    const char *text = command.isEmpty() ? kMainHelp : help.value(command, kMainHelp);
    QTextStream(code == ExitOk ? stdout : stderr)
        << QCoreApplication::translate("wharf-cli", text) << Qt::endl;
    return code;
}

} // namespace wharf::cli
