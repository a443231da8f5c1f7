// The one table of wharf-cli's commands. A platform issue adds a row (or a handler to a row);
// help, argument checks, platform dispatch and shell completions follow from it.
#include "commandtable.h"

#include "cli.h"

#include <QCoreApplication>

namespace wharf::cli {

namespace {

const OptionSpec kTokenStdin {
    "--token-stdin",
    nullptr,
    QT_TRANSLATE_NOOP("wharf-cli", "Read a token from standard input and store nothing")};

QList<PlatformHandler> everyPlatform(Handler handler)
{
    return {{PlatformKind::Contaxy, handler},
            {PlatformKind::ProjectW, handler},
            {PlatformKind::Ivcap, handler}};
}

QList<CommandSpec> buildTable()
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
        {"files",
         "ls",
         {},
         "files",
         true,
         {{K::Contaxy, &Cli::filesList}},
         "PROJECT",
         1,
         1,
         {{"--prefix", "PREFIX", QT_TRANSLATE_NOOP("wharf-cli", "Only keys that start so")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List a project's files"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists the files of a project (latest versions): size, modification "
                           "time and key.")},
        {"files",
         "upload",
         {},
         "upload",
         true,
         {{K::Contaxy, &Cli::filesUpload}},
         "PROJECT PATH...",
         2,
         100000,
         {{"--key",
           "KEY",
           QT_TRANSLATE_NOOP("wharf-cli",
                             "Store one FILE under KEY (a path such as data/train.csv)")},
          {"--into",
           "FOLDER",
           QT_TRANSLATE_NOOP("wharf-cli", "Upload into FOLDER of the project (such as data/raw)")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Upload files and folders into a project"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Uploads each FILE under its own name and each folder with everything "
                           "in it, keeping the folder's name and inner paths in the keys. "
                           "Uploading a key again makes a new version. A progress bar shows on "
                           "a terminal.")},
        {"files",
         "download",
         {QStringLiteral("get")},
         "",
         true,
         {{K::Contaxy, &Cli::filesDownload}},
         "PROJECT KEY...",
         2,
         100000,
         {{"--to", "DIR", QT_TRANSLATE_NOOP("wharf-cli", "Save into DIR (default: here)")},
          {"--force", nullptr, QT_TRANSLATE_NOOP("wharf-cli", "Replace files that exist already")},
          {"--version", "VERSION", QT_TRANSLATE_NOOP("wharf-cli", "That version of one file")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Download files or whole folders"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Downloads each KEY; a KEY ending in / is a folder, downloaded with "
                           "every file below it into a folder of its name. Names are made safe "
                           "for this system. Existing files are never replaced without --force.")},
        {"files",
         "rm",
         {QStringLiteral("remove")},
         "",
         true,
         {{K::Contaxy, &Cli::filesRemove}},
         "PROJECT KEY...",
         2,
         100000,
         {{"--version", "VERSION", QT_TRANSLATE_NOOP("wharf-cli", "Delete only that version")},
          {"--keep-latest",
           nullptr,
           QT_TRANSLATE_NOOP("wharf-cli", "Delete only the older versions")},
          {"--recursive",
           nullptr,
           QT_TRANSLATE_NOOP("wharf-cli", "Let a KEY ending in / delete every file below it")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Delete files, versions or folders"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Deletes each KEY with all its versions, or one --version, or with "
                           "--keep-latest every version but the latest.")},
        {"files",
         "versions",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::filesVersions}},
         "PROJECT KEY",
         2,
         2,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List the versions of a file"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists every version the server keeps of KEY, oldest first: size, "
                           "time and version.")},
        {"deployments",
         "ls",
         {QStringLiteral("list")},
         "",
         true,
         {{K::Contaxy, &Cli::deploymentsList}},
         "PROJECT",
         1,
         1,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List a project's services and jobs"),
         QT_TRANSLATE_NOOP(
             "wharf-cli", "Lists the services and jobs of a project: kind, status, id and image.")},
        {"deployments",
         "rm",
         {QStringLiteral("remove")},
         "",
         true,
         {{K::Contaxy, &Cli::deploymentsRemove}},
         "PROJECT DEPLOYMENT",
         2,
         2,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Delete a service or a job"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Deletes the service or job with this id; its container stops.")},
        {"deployments",
         "deploy",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::deploymentsDeploy}},
         "PROJECT IMAGE",
         2,
         2,
         {{"--job", nullptr, QT_TRANSLATE_NOOP("wharf-cli", "Deploy a job instead of a service")},
          {"--name", "NAME", QT_TRANSLATE_NOOP("wharf-cli", "The display name (4-128 characters)")},
          {"--env",
           "KEY=VALUE",
           QT_TRANSLATE_NOOP("wharf-cli", "An environment variable (repeat)")},
          {"--endpoint",
           "ENDPOINT",
           QT_TRANSLATE_NOOP("wharf-cli", "A service endpoint such as 8080 or 9001/ui (repeat)")},
          {"--cpus", "N", QT_TRANSLATE_NOOP("wharf-cli", "At most N CPUs")},
          {"--memory", "MB", QT_TRANSLATE_NOOP("wharf-cli", "At most MB megabytes of memory")},
          {"--gpus", "N", QT_TRANSLATE_NOOP("wharf-cli", "At most N GPUs")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Deploy a container image as a service or a job"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Deploys IMAGE in the project. Without --name the server suggests "
                           "one. The id of the new deployment is made from the name.")},
        {"deployments",
         "action",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::deploymentsAction}},
         "PROJECT DEPLOYMENT [ACTION]",
         2,
         3,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List or run a deployment's actions"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Without ACTION lists the actions of the service or job (start, stop, "
                           "restart, access-PORT); with ACTION runs it. An access action prints "
                           "the address to open.")},
        {"extensions",
         "ls",
         {QStringLiteral("list")},
         "",
         true,
         {{K::Contaxy, &Cli::extensionsList}},
         "PROJECT",
         1,
         1,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List a project's extensions"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists the extensions the project can use, its own and the global "
                           "ones: id, type, status, image and the address of the web UI.")},
        {"extensions",
         "install",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::extensionsInstall}},
         "PROJECT IMAGE",
         2,
         2,
         {{"--name", "NAME", QT_TRANSLATE_NOOP("wharf-cli", "The display name (4-128 characters)")},
          {"--description", "TEXT", QT_TRANSLATE_NOOP("wharf-cli", "What the extension is for")},
          {"--type",
           "project|user",
           QT_TRANSLATE_NOOP("wharf-cli", "A project or a user extension (default: project)")},
          {"--ui", "ENDPOINT", QT_TRANSLATE_NOOP("wharf-cli", "The endpoint of its web UI")},
          {"--api", "ENDPOINT", QT_TRANSLATE_NOOP("wharf-cli", "The endpoint of its API")},
          {"--capability",
           "OPERATION",
           QT_TRANSLATE_NOOP("wharf-cli", "An API operation it takes over (repeat)")},
          {"--env",
           "KEY=VALUE",
           QT_TRANSLATE_NOOP("wharf-cli", "An environment variable (repeat)")},
          {"--endpoint",
           "ENDPOINT",
           QT_TRANSLATE_NOOP("wharf-cli", "A service endpoint such as 8080 or 9001/ui (repeat)")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Install an extension in a project"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Deploys IMAGE as an extension of the project. Without --name the "
                           "image's last part names it.")},
        {"extensions",
         "rm",
         {QStringLiteral("remove")},
         "",
         true,
         {{K::Contaxy, &Cli::extensionsRemove}},
         "PROJECT EXTENSION",
         2,
         2,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Remove an extension"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Removes the extension. Contaxy 0.0.23 does not implement this yet "
                           "and answers 500; wharf-cli then shows the server's message.")},
        {"logs",
         "",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::logsShow}},
         "PROJECT DEPLOYMENT",
         2,
         2,
         {{"--follow",
           nullptr,
           QT_TRANSLATE_NOOP("wharf-cli", "Keep printing new lines as they are logged"),
           "-f"},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Print the log of a service or a job"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Prints the whole log; with --follow keeps polling and prints each new "
                           "line once (with --json: arrays of lines).")},
        {"tokens",
         "ls",
         {QStringLiteral("list")},
         "",
         true,
         {{K::Contaxy, &Cli::tokensList}},
         "",
         0,
         0,
         {{"--project",
           "PROJECT",
           QT_TRANSLATE_NOOP("wharf-cli", "The project's tokens instead of your own")},
          {"--show-values",
           nullptr,
           QT_TRANSLATE_NOOP("wharf-cli", "Print the secret token values too")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List API tokens"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists your stored API tokens (or a project's): description, type, "
                           "purpose, scopes and creation time. The secret values only with "
                           "--show-values.")},
        {"tokens",
         "create",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::tokensCreate}},
         "",
         0,
         0,
         {{"--type", "api|session", QT_TRANSLATE_NOOP("wharf-cli", "Default: api")},
          {"--description", "TEXT", QT_TRANSLATE_NOOP("wharf-cli", "What the token is for")},
          {"--scope",
           "RESOURCE#LEVEL",
           QT_TRANSLATE_NOOP("wharf-cli",
                             "A right of the token, such as projects/demo#read (repeatable)")},
          {"--project",
           "PROJECT",
           QT_TRANSLATE_NOOP("wharf-cli", "Get the project's own token instead")},
          {"--level",
           "read|write|admin",
           QT_TRANSLATE_NOOP("wharf-cli", "The project token's level (default: write)")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Create a token and print it once"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Creates an API token (kept until revoked) or a session token "
                           "(expires after 15 minutes) with the given scopes, which cannot "
                           "exceed your own rights, and prints it. With --project, prints the "
                           "project's API token at --level instead.")},
        {"tokens",
         "revoke",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::tokensRevoke}},
         "TOKEN",
         1,
         1,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Revoke an API token"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Revokes the token. The server caches tokens, so a revoked token may "
                           "keep working for up to 5 minutes. Session tokens cannot be "
                           "revoked.")},
        {"docs",
         "ls",
         {QStringLiteral("list")},
         "",
         true,
         {{K::Contaxy, &Cli::docsList}},
         "PROJECT COLLECTION",
         2,
         2,
         {{"--filter",
           "PATH",
           QT_TRANSLATE_NOOP("wharf-cli",
                             "Only documents a PostgreSQL SQL/JSON path selects, such as "
                             "'$ ? (@.n > 3)'")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List the JSON documents of a collection"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists key, last change and content of each document. The server "
                           "cannot list collections; an unknown one lists as empty. A bare "
                           "comparison such as '$.n > 3' matches every document.")},
        {"docs",
         "get",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::docsGet}},
         "PROJECT COLLECTION KEY",
         3,
         3,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Print one JSON document"),
         ""},
        {"docs",
         "put",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::docsPut}},
         "PROJECT COLLECTION KEY (FILE|-)",
         4,
         4,
         {{"--no-upsert",
           nullptr,
           QT_TRANSLATE_NOOP("wharf-cli", "Refuse to replace a document that exists")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Create or replace a JSON document"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Stores the JSON object in FILE (- for standard input) under KEY, "
                           "replacing the document there unless --no-upsert.")},
        {"docs",
         "patch",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::docsPatch}},
         "PROJECT COLLECTION KEY (FILE|-)",
         4,
         4,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Change a JSON document with a merge patch"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Applies the JSON object in FILE (- for standard input) as an RFC "
                           "7396 merge patch: members are set, null removes a member, nested "
                           "objects are merged and arrays replaced.")},
        {"docs",
         "rm",
         {QStringLiteral("delete")},
         "",
         true,
         {{K::Contaxy, &Cli::docsRemove}},
         "PROJECT COLLECTION KEY",
         3,
         3,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Delete a JSON document"),
         ""},
        {"projects",
         "ls",
         {QStringLiteral("list")},
         "",
         true,
         {{K::Contaxy, &Cli::projectsList}},
         "",
         0,
         0,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List your projects"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists the projects you can open, your home project included: ID "
                           "and name.")},
        {"projects",
         "create",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::projectsCreate}},
         "NAME",
         1,
         1,
         {{"--id", "ID", QT_TRANSLATE_NOOP("wharf-cli", "The project ID (default: suggested)")},
          {"--description", "TEXT", QT_TRANSLATE_NOOP("wharf-cli", "What the project is for")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Create a project"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Creates a project named NAME (4 to 128 characters) with the ID the "
                           "server suggests for it, or --id. You become its admin.")},
        {"projects",
         "edit",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::projectsEdit}},
         "PROJECT",
         1,
         1,
         {{"--name", "NAME", QT_TRANSLATE_NOOP("wharf-cli", "The new display name")},
          {"--description", "TEXT", QT_TRANSLATE_NOOP("wharf-cli", "The new description")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Change a project's name or description"),
         ""},
        {"projects",
         "rm",
         {QStringLiteral("delete")},
         "",
         true,
         {{K::Contaxy, &Cli::projectsRemove}},
         "PROJECT",
         1,
         1,
         {{"--yes", nullptr, QT_TRANSLATE_NOOP("wharf-cli", "Delete without asking for the ID")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Delete a project"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Deletes the project for every member after the ID is typed again "
                           "(or with --yes). Its files stay on the server but can no longer be "
                           "reached.")},
        {"members",
         "ls",
         {QStringLiteral("list")},
         "",
         true,
         {{K::Contaxy, &Cli::membersList}},
         "PROJECT",
         1,
         1,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List a project's members"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Lists access level, user name and e-mail of each member. The server "
                           "wants write access to the project.")},
        {"members",
         "add",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::membersAdd}},
         "PROJECT USER",
         2,
         2,
         {{"--level",
           "read|write|admin",
           QT_TRANSLATE_NOOP("wharf-cli", "The access level (default: write)")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Add a member or change a member's level"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Gives USER (a user name, e-mail or ID) the access level, replacing "
                           "one held before. Only the project's admins may.")},
        {"members",
         "rm",
         {QStringLiteral("remove")},
         "",
         true,
         {{K::Contaxy, &Cli::membersRemove}},
         "PROJECT USER",
         2,
         2,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Remove a member from a project"),
         ""},
        {"users",
         "ls",
         {QStringLiteral("list")},
         "",
         true,
         {{K::Contaxy, &Cli::usersList}},
         "",
         0,
         0,
         {kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "List the server's users"),
         QT_TRANSLATE_NOOP(
             "wharf-cli",
             "Lists ID, user name, e-mail and flags (technical, disabled, sso-only) of "
             "every user. Only a system admin's token gets whole records (--json adds "
             "created_at then).")},
        {"users",
         "create",
         {},
         "",
         true,
         {{K::Contaxy, &Cli::usersCreate}},
         "NAME",
         1,
         1,
         {{"--email", "EMAIL", QT_TRANSLATE_NOOP("wharf-cli", "The user's e-mail address")},
          {"--password-stdin",
           nullptr,
           QT_TRANSLATE_NOOP("wharf-cli", "Read the password from standard input (one line)")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Create a user"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Creates the user NAME with a password asked for twice without echo "
                           "(or read with --password-stdin). Needs users#admin unless the server "
                           "lets people sign up themselves.")},
        {"users",
         "rm",
         {QStringLiteral("remove"), QStringLiteral("delete")},
         "",
         true,
         {{K::Contaxy, &Cli::usersRemove}},
         "ID",
         1,
         1,
         {{"--yes", nullptr, QT_TRANSLATE_NOOP("wharf-cli", "Delete without asking for the ID")},
          kTokenStdin},
         QT_TRANSLATE_NOOP("wharf-cli", "Delete a user"),
         QT_TRANSLATE_NOOP("wharf-cli",
                           "Deletes the user with this ID after it is typed again (or with "
                           "--yes): sign-in, tokens and permissions go, the home project stays. "
                           "Only system admins (users#admin) may.")},
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
