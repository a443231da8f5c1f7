// wharf-cli's plumbing: exit codes, output, and when the process may end.
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
    if (code >= 0 && !m_finished)
        finish(code);
    // A command may have finished before anything ran asynchronously (a token from
    // WHARF_TOKEN and a bad argument), or may still wait for a rotated token to be stored.
    bool storing = false;
    for (const auth::AccountSession *s : std::as_const(m_sessions))
        storing = storing || s->isStoring();
    if (m_finished && !storing)
        return m_exitCode;
    m_looping = true;
    return QCoreApplication::exec();
}

void Cli::finish(int code)
{
    if (m_finished)
        return; // the first outcome is the command's; later ones only add to stderr
    m_exitCode = code;
    m_finished = true;
    maybeQuit();
}

void Cli::maybeQuit()
{
    if (!m_finished || !m_looping)
        return;
    for (const auth::AccountSession *s : std::as_const(m_sessions)) {
        if (s->isStoring())
            return; // storesFinished() calls again
    }
    QCoreApplication::exit(m_exitCode);
}

int Cli::fail(int code, const QString &message)
{
    QTextStream(stderr) << "wharf-cli: " << net::redactText(message) << Qt::endl;
    if (m_json && !m_finished) {
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

void Cli::warn(const QString &message)
{
    QTextStream(stderr) << "wharf-cli: " << net::redactText(message) << Qt::endl;
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

} // namespace wharf::cli
