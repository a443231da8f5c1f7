// The one table of wharf-cli's commands. A platform issue adds a row (or a handler to a row);
// help, argument checks, platform dispatch and shell completions follow from it.
#include "commandtable.h"

#include "cli.h"
#include "commandrows.h"

#include <QCoreApplication>

namespace wharf::cli {

const OptionSpec kTokenStdin {
    "--token-stdin",
    nullptr,
    QT_TRANSLATE_NOOP("wharf-cli", "Read a token from standard input and store nothing")};

namespace {

QList<PlatformHandler> everyPlatform(Handler handler)
{
    return {{PlatformKind::Contaxy, handler},
            {PlatformKind::ProjectW, handler},
            {PlatformKind::Ivcap, handler}};
}

QList<CommandSpec> accountRows();
QList<CommandSpec> toolRows();

QList<CommandSpec> buildTable()
{
    QList<CommandSpec> table = accountRows();
    table << contaxyCommands() << projectwCommands() << toolRows();
    return table;
}

QList<CommandSpec> accountRows()
{
    using K = PlatformKind;
    return {
        {"accounts",
         "ls",
         {QStringLiteral("list")},
         "",
         false,
         {{K::Unknown, &Cli::accountsList}},
         "",
         0,
         0,
         {{"--quiet", nullptr, QT_TRANSLATE_NOOP("wharf-cli", "Print only the account names")}},
         QT_TRANSLATE_NOOP("wharf-cli", "List accounts"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists the accounts with platform, server and user; * marks the "
                           "default account.")},
        {"accounts",
         "add",
         {},
         "",
         false,
         {{K::Unknown, &Cli::accountsAdd}},
         "NAME URL",
         2,
         2,
         {{"--kind",
           "contaxy|projectw|ivcap",
           QT_TRANSLATE_NOOP("wharf-cli", "The platform, instead of detecting it")},
          {"--username", "USER", QT_TRANSLATE_NOOP("wharf-cli", "The user name to sign in with")},
          {"--pin",
           "SHA256",
           QT_TRANSLATE_NOOP("wharf-cli",
                             "Trust exactly the certificate with this SHA-256 fingerprint")}},
         QT_TRANSLATE_NOOP("wharf-cli", "Add an account (platform detected from the server)"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Adds an account. Addresses copied from a web app or from the API "
                           "documentation are read as the platform's API address, and wharf-cli "
                           "says what it changed. The first account becomes the default.")},
        {"accounts",
         "rm",
         {QStringLiteral("remove")},
         "",
         false,
         {{K::Unknown, &Cli::accountsRemove}},
         "ACCOUNT",
         1,
         1,
         {},
         QT_TRANSLATE_NOOP("wharf-cli", "Remove an account and its stored secrets"),
         ""},
        {"accounts",
         "use",
         {},
         "",
         false,
         {{K::Unknown, &Cli::accountsUse}},
         "ACCOUNT",
         1,
         1,
         {},
         QT_TRANSLATE_NOOP("wharf-cli", "Make an account the default, so -a can be left out"),
         ""},
        {"login",
         "",
         {},
         "login",
         true,
         everyPlatform(&Cli::login),
         "",
         0,
         0,
         {{"--username", "USER", QT_TRANSLATE_NOOP("wharf-cli", "The user name to sign in with")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Sign in (password prompt, or --token-stdin)"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Signs in with a password (asked for without echo) or with a token "
                           "read from stdin, and stores the token in the system keychain. "
                           "Without a keychain nothing is sent to the server.")},
        {"logout",
         "",
         {},
         "logout",
         true,
         everyPlatform(&Cli::logout),
         "",
         0,
         0,
         {},
         QT_TRANSLATE_NOOP("wharf-cli", "Sign out and delete the stored token"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Ends the session on the server where the platform allows it and "
                           "deletes the stored token. Exits non-zero when the server did not "
                           "end the session.")},
        {"whoami",
         "",
         {},
         "whoami",
         true,
         everyPlatform(&Cli::whoami),
         "",
         0,
         0,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Show who the account is signed in as"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Shows the identity of the signed-in token and what still keeps it "
                           "from working (an unverified e-mail address, terms of service to "
                           "accept).")},
    };
}

// Commands that need no account and no platform.
QList<CommandSpec> toolRows()
{
    using K = PlatformKind;
    return {
        {"completion",
         "",
         {},
         "",
         false,
         {{K::Unknown, &Cli::completion}},
         "bash|zsh|fish",
         1,
         1,
         {},
         QT_TRANSLATE_NOOP("wharf-cli", "Print a shell completion script"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "bash: source <(wharf-cli completion bash); zsh: wharf-cli "
                           "completion zsh > \"${fpath[1]}/_wharf-cli\"; fish: wharf-cli "
                           "completion fish > ~/.config/fish/completions/wharf-cli.fish")},
    };
}

} // namespace

QString translated(const char *text)
{
    return QCoreApplication::translate("wharf-cli", text);
}

QString CommandSpec::name() const
{
    return *verb ? QLatin1String(noun) + QLatin1Char(' ') + QLatin1String(verb)
                 : QString::fromLatin1(noun);
}

bool CommandSpec::matchesVerb(const QString &word) const
{
    return word == QLatin1String(verb) || verbAliases.contains(word);
}

bool CommandSpec::runsOn(PlatformKind kind) const
{
    return handlerFor(kind) != nullptr;
}

Handler CommandSpec::handlerFor(PlatformKind kind) const
{
    for (const PlatformHandler &h : handlers) {
        if (h.platform == kind || h.platform == PlatformKind::Unknown)
            return h.handler;
    }
    return nullptr;
}

const OptionSpec *CommandSpec::option(const QString &optionName) const
{
    for (const OptionSpec &o : options) {
        if (optionName == QLatin1String(o.name)
            || (o.shortName && optionName == QLatin1String(o.shortName)))
            return &o;
    }
    return nullptr;
}

QString CommandSpec::usage() const
{
    QString text = QStringLiteral("wharf-cli ") + name();
    if (needsAccount)
        text += QStringLiteral(" [-a ACCOUNT]");
    if (*args)
        text += QLatin1Char(' ') + QLatin1String(args);
    for (const OptionSpec &o : options) {
        text += QStringLiteral(" [") + QLatin1String(o.name);
        if (o.value)
            text += QLatin1Char(' ') + QLatin1String(o.value);
        text += QLatin1Char(']');
    }
    return text;
}

QString CommandSpec::platformNames() const
{
    QStringList names;
    for (const PlatformHandler &h : handlers)
        names << platformKindDisplayName(h.platform);
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return QCoreApplication::translate("wharf-cli", "%1 and %2")
        .arg(names.join(QStringLiteral(", ")), last);
}

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

QStringList nouns()
{
    QStringList list;
    for (const CommandSpec &c : commandTable()) {
        if (!list.contains(QLatin1String(c.noun)))
            list << QLatin1String(c.noun);
    }
    return list;
}

const CommandSpec *findCommand(const QString &noun, const QString &verb)
{
    for (const CommandSpec &c : commandTable()) {
        if (noun == QLatin1String(c.noun) && (!*c.verb || c.matchesVerb(verb)))
            return &c;
    }
    return nullptr;
}

const CommandSpec *findLegacy(const QString &word)
{
    for (const CommandSpec &c : commandTable()) {
        if (word == QLatin1String(c.legacy))
            return &c;
    }
    return nullptr;
}

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options {
        {"--account",
         "ACCOUNT",
         QT_TRANSLATE_NOOP("wharf-cli", "The account to use (also -a; default: accounts use)")},
        {"--json", nullptr, QT_TRANSLATE_NOOP("wharf-cli", "Machine-readable output on stdout")},
        {"--help",
         nullptr,
         QT_TRANSLATE_NOOP("wharf-cli", "Help for wharf-cli, a noun or a command")},
        {"--version", nullptr, QT_TRANSLATE_NOOP("wharf-cli", "Print the version")},
    };
    return options;
}

} // namespace wharf::cli
