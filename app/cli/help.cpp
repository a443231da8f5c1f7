// --help at every level, written from the command table.
#include "cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace wharf::cli {

namespace {

QString row(const QString &left, const QString &right)
{
    return QStringLiteral("  ") + left.leftJustified(30) + QLatin1Char(' ') + right
        + QLatin1Char('\n');
}

QString optionLine(const OptionSpec &o)
{
    QString name = QLatin1String(o.name);
    if (o.shortName)
        name = QLatin1String(o.shortName) + QStringLiteral(", ") + name;
    if (o.value)
        name += QLatin1Char(' ') + QLatin1String(o.value);
    return row(name, translated(o.help));
}

// "files ACCOUNT PROJECT" for the row files ls.
QString legacyForm(const CommandSpec &c)
{
    QString text = QLatin1String(c.legacy) + QStringLiteral(" ACCOUNT");
    if (*c.args)
        text += QLatin1Char(' ') + QLatin1String(c.args);
    return text;
}

QString commandLine(const CommandSpec &c)
{
    QString left = c.name();
    if (*c.args)
        left += QLatin1Char(' ') + QLatin1String(c.args);
    QString right = translated(c.summary);
    if (c.needsAccount)
        right += QStringLiteral(" (%1)").arg(c.platformNames());
    return row(left, right);
}

QJsonObject commandJson(const CommandSpec &c)
{
    QJsonArray platforms;
    for (const PlatformHandler &h : c.handlers) {
        if (h.platform != PlatformKind::Unknown)
            platforms.append(platformKindId(h.platform));
    }
    QJsonArray options;
    for (const OptionSpec &o : c.options)
        options.append(
            QJsonObject {{QStringLiteral("name"), QLatin1String(o.name)},
                         {QStringLiteral("value"), o.value ? QLatin1String(o.value) : QString()},
                         {QStringLiteral("help"), translated(o.help)}});
    return {{QStringLiteral("noun"), QLatin1String(c.noun)},
            {QStringLiteral("verb"), QLatin1String(c.verb)},
            {QStringLiteral("verb_aliases"), QJsonArray::fromStringList(c.verbAliases)},
            {QStringLiteral("alias"), *c.legacy ? legacyForm(c) : QString()},
            {QStringLiteral("needs_account"), c.needsAccount},
            {QStringLiteral("platforms"), platforms},
            {QStringLiteral("args"), QLatin1String(c.args)},
            {QStringLiteral("min_args"), c.minArgs},
            {QStringLiteral("max_args"), c.maxArgs},
            {QStringLiteral("options"), options},
            {QStringLiteral("summary"), translated(c.summary)}};
}

} // namespace

QString Cli::programHelp() const
{
    QString text = QCoreApplication::translate(
                       "wharf-cli", "Usage: wharf-cli [--json] NOUN VERB [-a ACCOUNT] [ARGS]")
        + QLatin1Char('\n');
    text += QLatin1Char('\n') + QCoreApplication::translate("wharf-cli", "Commands:")
        + QLatin1Char('\n');
    for (const CommandSpec &c : commandTable())
        text += commandLine(c);
    text += QLatin1Char('\n') + QCoreApplication::translate("wharf-cli", "Options:")
        + QLatin1Char('\n');
    for (const OptionSpec &o : globalOptions())
        text += optionLine(o);
    text += QLatin1Char('\n') + QCoreApplication::translate("wharf-cli", "Environment:")
        + QLatin1Char('\n');
    text += row(QStringLiteral("WHARF_TOKEN"),
                QCoreApplication::translate(
                    "wharf-cli", "Token to use instead of the keychain; nothing is stored"));
    text += QLatin1Char('\n')
        + QCoreApplication::translate("wharf-cli", "Aliases (the commands of earlier versions):")
        + QLatin1Char('\n');
    for (const CommandSpec &c : commandTable()) {
        if (*c.legacy && *c.verb)
            text += row(legacyForm(c), c.name() + QStringLiteral(" -a ACCOUNT"));
    }
    text += row(QStringLiteral("login|logout|whoami ACCOUNT"),
                QStringLiteral("login|logout|whoami -a ACCOUNT"));
    text += QLatin1Char('\n')
        + QCoreApplication::translate(
                "wharf-cli",
                "Exit codes: 0 ok, 1 usage, 2 authentication, 3 network or TLS, 4 server error.");
    return text;
}

int Cli::help(const QString &noun, const CommandSpec *command, int code)
{
    QString text;
    if (m_json && code == ExitOk) {
        QJsonArray commands;
        for (const CommandSpec &c : commandTable()) {
            if ((noun.isEmpty() || noun == QLatin1String(c.noun)) && (!command || command == &c))
                commands.append(commandJson(c));
        }
        printJson(QJsonObject {{QStringLiteral("commands"), commands}});
        return code;
    }
    if (command) {
        text = QCoreApplication::translate("wharf-cli", "Usage:") + QLatin1Char(' ')
            + command->usage() + QStringLiteral("\n\n") + translated(command->summary)
            + QLatin1Char('.');
        if (*command->details)
            text += QLatin1Char(' ') + translated(command->details);
        text += QLatin1Char('\n');
        if (!command->options.isEmpty()) {
            text += QLatin1Char('\n') + QCoreApplication::translate("wharf-cli", "Options:")
                + QLatin1Char('\n');
            for (const OptionSpec &o : command->options)
                text += optionLine(o);
        }
        if (command->needsAccount)
            text += QLatin1Char('\n')
                + QCoreApplication::translate(
                      "wharf-cli",
                      "Works with %1 accounts; -a ACCOUNT (or --account) picks one, else the "
                      "default (wharf-cli accounts use ACCOUNT).")
                      .arg(command->platformNames());
        if (*command->legacy && *command->verb)
            text += QLatin1Char('\n') + QCoreApplication::translate("wharf-cli", "Alias:")
                + QStringLiteral(" wharf-cli ") + legacyForm(*command);
    } else if (!noun.isEmpty() && nouns().contains(noun)) {
        QStringList verbs;
        QString rows;
        for (const CommandSpec &c : commandTable()) {
            if (noun == QLatin1String(c.noun)) {
                verbs << QLatin1String(c.verb);
                rows += commandLine(c);
            }
        }
        text = QCoreApplication::translate("wharf-cli", "Usage:")
            + QStringLiteral(" wharf-cli %1 %2 [--help]\n\n")
                  .arg(noun, verbs.join(QLatin1Char('|')))
            + rows;
    } else {
        text = programHelp();
    }
    QTextStream(code == ExitOk ? stdout : stderr) << text << Qt::endl;
    return code;
}

} // namespace wharf::cli
