// The rows of wharf-cli's command table for Project-W accounts (see commandtable.cpp).
#include "cli.h"
#include "commandrows.h"

#include <QCoreApplication>

namespace wharf::cli {

QList<CommandSpec> projectwCommands()
{
    using K = PlatformKind;
    return {
        {"jobs",
         "ls",
         {},
         "jobs",
         true,
         {{K::ProjectW, &Cli::jobsList}},
         "",
         0,
         0,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List transcription jobs"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists the newest 50 jobs: id, state, progress, file and why a job "
                           "failed.")},
        {"jobs",
         "submit",
         {},
         "submit",
         true,
         {{K::ProjectW, &Cli::jobsSubmit}},
         "FILE",
         1,
         1,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Submit audio or video for transcription"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Submits the file with the account's default settings and prints "
                           "the new job's id.")},
        {"jobs",
         "abort",
         {},
         "",
         true,
         {{K::ProjectW, &Cli::jobsAbort}},
         "JOB...",
         1,
         1000,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Abort transcription jobs"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Aborts each queued or running JOB; it ends as failed (\"Job was "
                           "aborted\").")},
        {"jobs",
         "rm",
         {QStringLiteral("remove")},
         "",
         true,
         {{K::ProjectW, &Cli::jobsRemove}},
         "JOB...",
         1,
         1000,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Delete finished transcription jobs"),
         QT_TRANSLATE_NOOP(
             "wharf-cli",
             "Deletes each JOB with its transcript. Only finished jobs can go: the "
             "server refuses the whole list otherwise, so abort running ones first.")},
        {"transcripts",
         "get",
         {},
         "transcript",
         true,
         {{K::ProjectW, &Cli::transcriptGet}},
         "JOB",
         1,
         1,
         {{"--format", "txt|srt|vtt|tsv|json", QT_TRANSLATE_NOOP("wharf-cli", "Default: txt")},
          {"--output", "FILE", QT_TRANSLATE_NOOP("wharf-cli", "Save to FILE instead of printing")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Print or save a finished job's transcript"),
         ""},
        {"tos",
         "show",
         {},
         "",
         true,
         {{K::ProjectW, &Cli::termsShow}},
         "",
         0,
         0,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Show the server's terms of service"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Prints each of the server's terms of service and whether you "
                           "accepted its current version.")},
        {"tos",
         "accept",
         {},
         "",
         true,
         {{K::ProjectW, &Cli::termsAccept}},
         "",
         0,
         0,
         {{"--yes",
           nullptr,
           QT_TRANSLATE_NOOP("wharf-cli", "Accept after showing the text, without asking")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Read and accept pending terms of service"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Shows each pending terms of service and asks whether you accept "
                           "it; job commands are refused until you do.")},
    };
}

} // namespace wharf::cli
