#pragma once

#include "accounts/platformkind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wharf::cli {

class Cli;
struct Invocation;
using Handler = int (Cli::*)(const Invocation &);

struct OptionSpec
{
    const char *name; // "--prefix"
    const char *value; // "PREFIX", or nullptr for a flag
    const char *help; // translatable ("wharf-cli" context)
    const char *shortName = nullptr; // "-f", or nullptr
};

// Which function runs a command for accounts of one platform (Unknown: commands that need no
// account, or one function for every platform).
struct PlatformHandler
{
    PlatformKind platform;
    Handler handler;
};

// One row of wharf-cli's grammar: `wharf-cli NOUN [VERB] [-a ACCOUNT] ARGS`. Help, argument
// checks, platform dispatch and shell completions are all generated from these rows.
struct CommandSpec
{
    const char *noun;
    const char *verb; // "" for a noun that is a command of its own (login, whoami)
    QStringList verbAliases; // older spellings of the verb ("list" for "ls")
    const char *legacy; // today's top-level command "CMD ACCOUNT ARGS" kept as an alias, or ""
    bool needsAccount;
    QList<PlatformHandler> handlers;
    const char *args; // synopsis of the positional arguments ("PROJECT FILE")
    int minArgs;
    int maxArgs;
    QList<OptionSpec> options;
    const char *summary; // translatable one-liner
    const char *details; // translatable paragraph, may be ""

    QString name() const; // "files ls"
    bool matchesVerb(const QString &word) const;
    bool runsOn(PlatformKind kind) const;
    Handler handlerFor(PlatformKind kind) const;
    const OptionSpec *option(const QString &name) const;
    QString usage() const; // "wharf-cli files ls [-a ACCOUNT] PROJECT [--prefix PREFIX]"
    QString platformNames() const; // "Contaxy" / "Contaxy, Project-W and IVCAP"
};

// A text from the table (marked with QT_TRANSLATE_NOOP in the "wharf-cli" context).
QString translated(const char *text);

// The one command table.
const QList<CommandSpec> &commandTable();
QStringList nouns();
const CommandSpec *findCommand(const QString &noun, const QString &verb);
const CommandSpec *findLegacy(const QString &word);
// Options every command understands.
const QList<OptionSpec> &globalOptions();

} // namespace wharf::cli
