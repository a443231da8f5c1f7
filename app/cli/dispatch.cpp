// Reads `wharf-cli NOUN [VERB] [-a ACCOUNT] ARGS` (and today's "CMD ACCOUNT ARGS" aliases)
// against the command table, then runs the row's handler for the account's platform.
#include "cli.h"

#include <QCoreApplication>
#include <QSettings>

namespace wharf::cli {

namespace {

const QString kDefaultAccountKey = QStringLiteral("cli/defaultAccount");

// Takes "-a NAME", "--account NAME" or "--account=NAME" out of args.
std::optional<QString> takeAccount(QStringList &args, bool *missingValue)
{
    std::optional<QString> account;
    for (int i = 0; i < args.size(); ++i) {
        const QString &word = args.at(i);
        if (word == QLatin1String("--"))
            break;
        if (word.startsWith(QLatin1String("--account="))) {
            account = word.mid(10);
            args.removeAt(i--);
        } else if (word == QLatin1String("-a") || word == QLatin1String("--account")) {
            if (i + 1 >= args.size()) {
                *missingValue = true;
                return std::nullopt;
            }
            account = args.at(i + 1);
            args.remove(i--, 2);
        }
    }
    return account;
}

// Where the positional arguments are, skipping options and their values.
QList<qsizetype> positionals(const QStringList &args, const CommandSpec &command)
{
    QList<qsizetype> at;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &word = args.at(i);
        if (word == QLatin1String("--")) {
            for (++i; i < args.size(); ++i)
                at << i;
            break;
        }
        const OptionSpec *option = command.option(word);
        if (!word.startsWith(QLatin1String("--")) && !option) {
            at << i;
            continue;
        }
        if (option && option->value && !word.contains(QLatin1Char('=')))
            ++i;
    }
    return at;
}

qsizetype firstPositional(const QStringList &args, const CommandSpec &command)
{
    return positionals(args, command).value(0, -1);
}

qsizetype positionalCount(const QStringList &args, const CommandSpec &command)
{
    return positionals(args, command).size();
}

} // namespace

QString Cli::defaultAccountId() const
{
    return m_settings->value(kDefaultAccountKey).toString();
}

void Cli::setDefaultAccount(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(kDefaultAccountKey);
    else
        m_settings->setValue(kDefaultAccountKey, id);
    m_settings->sync();
}

int Cli::dispatch(QStringList args)
{
    const bool helpWanted
        = args.removeAll(QStringLiteral("--help")) + args.removeAll(QStringLiteral("-h")) > 0;
    if (!args.isEmpty() && args.first() == QLatin1String("--version")) {
        print(QStringLiteral("wharf-cli " WHARF_VERSION));
        return ExitOk;
    }
    if (!args.isEmpty() && args.first() == QLatin1String("help")) {
        args.removeFirst();
        return help(args.value(0), findCommand(args.value(0), args.value(1)), ExitOk);
    }
    bool missingValue = false;
    std::optional<QString> account = takeAccount(args, &missingValue);
    if (missingValue)
        return fail(ExitUsage,
                    QCoreApplication::translate(
                        "wharf-cli", "-a needs an account name (see: wharf-cli accounts list)"));
    if (args.isEmpty())
        return help(QString(), nullptr, helpWanted ? ExitOk : ExitUsage);

    const QString first = args.takeFirst();
    const CommandSpec *command = nullptr;
    bool legacy = false;
    if (nouns().contains(first)) {
        command = findCommand(first, QString());
        if (!command && !args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
            command = findCommand(first, args.first());
        if (command && *command->verb)
            args.removeFirst();
    }
    if (!command && (!args.isEmpty() || !nouns().contains(first))) {
        command = findLegacy(first); // "files ACCOUNT PROJECT", "upload ACCOUNT ...", ...
        legacy = command != nullptr;
    }
    if (!command) {
        if (nouns().contains(first)) {
            if (helpWanted || args.isEmpty())
                return help(first, nullptr, helpWanted ? ExitOk : ExitUsage);
            return fail(ExitUsage,
                        QCoreApplication::translate(
                            "wharf-cli", "unknown command: %1 %2 (see wharf-cli %1 --help)")
                            .arg(first, args.first()));
        }
        return fail(
            ExitUsage,
            QCoreApplication::translate("wharf-cli", "unknown command: %1 (see wharf-cli --help)")
                .arg(first));
    }
    if (helpWanted)
        return help(first, command, ExitOk);
    // Today's "CMD ACCOUNT ARGS": the first positional names the account.
    if ((legacy || (!*command->verb && *command->legacy)) && !account && command->needsAccount) {
        const qsizetype at = firstPositional(args, *command);
        if (at >= 0 && (legacy || positionalCount(args, *command) > command->maxArgs))
            account = args.takeAt(at);
    }
    return run(command, args, account);
}

int Cli::run(const CommandSpec *command, QStringList words, std::optional<QString> accountName)
{
    Invocation inv;
    inv.command = command;
    bool positionalOnly = false;
    for (int i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        if (!positionalOnly && word == QLatin1String("--")) {
            positionalOnly = true;
            continue;
        }
        if (positionalOnly || (!word.startsWith(QLatin1String("--")) && !command->option(word))) {
            inv.args << word; // (a short option such as -f is the command's own)
            continue;
        }
        QString value;
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = word.mid(eq + 1);
            word.truncate(eq);
        }
        const OptionSpec *option = command->option(word);
        if (!option)
            return fail(ExitUsage,
                        QCoreApplication::translate(
                            "wharf-cli", "unknown option %1 for %2 (see wharf-cli %2 --help)")
                            .arg(word, command->name()));
        if (option->value && eq < 0) {
            if (i + 1 >= words.size())
                return fail(ExitUsage,
                            QCoreApplication::translate("wharf-cli", "%1 needs a value (%2)")
                                .arg(word, QLatin1String(option->value)));
            value = words.at(++i);
        }
        const QString name = QLatin1String(option->name); // -f counts as --follow
        inv.options.insert(name, value);
        inv.repeated[name] << value;
    }
    if (inv.args.size() < command->minArgs || inv.args.size() > command->maxArgs) {
        const int code = fail(
            ExitUsage,
            QCoreApplication::translate("wharf-cli", "%1 takes %2 (see wharf-cli %1 --help)")
                .arg(command->name(),
                     *command->args ? QLatin1String(command->args)
                                    : QCoreApplication::translate("wharf-cli", "no arguments")));
        QTextStream(stderr) << QCoreApplication::translate("wharf-cli", "Usage:")
                            << QLatin1Char(' ') << command->usage() << Qt::endl;
        return code;
    }
    if (!command->needsAccount)
        return (this->*command->handlerFor(PlatformKind::Unknown))(inv);
    inv.account = resolveAccount(accountName);
    if (!inv.account)
        return m_exitCode;
    const Handler handler = command->handlerFor(inv.account->kind);
    if (!handler)
        return fail(ExitUsage,
                    QCoreApplication::translate(
                        "wharf-cli",
                        "%1 is not available on %2 accounts such as %3 (it works with %4 "
                        "accounts)")
                        .arg(command->name(),
                             platformKindDisplayName(inv.account->kind),
                             inv.account->displayName,
                             command->platformNames()));
    return (this->*handler)(inv);
}

std::optional<Account> Cli::resolveAccount(const std::optional<QString> &name)
{
    if (!name) {
        const auto fallback = m_accounts->findById(defaultAccountId());
        if (!fallback)
            fail(ExitUsage,
                 QCoreApplication::translate(
                     "wharf-cli",
                     "no account given: use -a ACCOUNT, or choose a default with: wharf-cli "
                     "accounts use ACCOUNT"));
        return fallback;
    }
    auto account = m_accounts->find(*name);
    if (!account)
        fail(ExitUsage,
             QCoreApplication::translate("wharf-cli",
                                         "no account named \"%1\" (see: wharf-cli accounts list)")
                 .arg(*name));
    return account;
}

} // namespace wharf::cli
