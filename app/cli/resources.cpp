// wharf-cli commands on a platform's resources: Contaxy files, Project-W jobs and transcripts.
// Uploads and submissions use the same transfer engine as the desktop app.
#include "cli.h"
#include "contaxy/files.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "projectw/jobs.h"
#include "transfer/curlengine.h"
#include "transfer/transfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace wharf::cli {

namespace {

const QHash<QString, projectw::TranscriptFormat> &transcriptFormats()
{
    static const QHash<QString, projectw::TranscriptFormat> formats {
        {QStringLiteral("txt"), projectw::TranscriptFormat::Txt},
        {QStringLiteral("srt"), projectw::TranscriptFormat::Srt},
        {QStringLiteral("vtt"), projectw::TranscriptFormat::Vtt},
        {QStringLiteral("tsv"), projectw::TranscriptFormat::Tsv},
        {QStringLiteral("json"), projectw::TranscriptFormat::Json},
    };
    return formats;
}

} // namespace

int Cli::withSession(const QString &command,
                     QStringList args,
                     PlatformKind kind,
                     int positionalCount,
                     std::function<void(auth::AccountSession *, const QStringList &)> run)
{
    if (args.contains(QStringLiteral("--help")))
        return usage(command);
    const bool stdinToken = args.removeAll(QStringLiteral("--token-stdin")) > 0;
    if (args.size() != positionalCount)
        return usage(command, ExitUsage);
    const auto account = accountArg(command, {args.first()});
    if (!account)
        return m_exitCode;
    if (kind != PlatformKind::Unknown && account->kind != kind)
        return fail(ExitUsage,
                    QCoreApplication::translate("wharf-cli",
                                                "%1 is a %2 account; %3 works with %4 accounts")
                        .arg(account->displayName,
                             platformKindDisplayName(account->kind),
                             command,
                             platformKindDisplayName(kind)));
    QString token;
    int code = ExitOk;
    const bool override = tokenOverride(
        stdinToken ? QStringList {QStringLiteral("--token-stdin")} : QStringList(), &token, &code);
    if (code != ExitOk)
        return code;
    auto *s = session(*account, !override);
    const QStringList rest = args.mid(1);
    if (override) {
        s->useToken(token);
        run(s, rest);
        return -1;
    }
    connect(s,
            &auth::AccountSession::tokenLoaded,
            this,
            [this, s, account, rest, run](const auth::CredentialError &error) {
                if (error.kind == auth::CredentialError::Kind::NotFound) {
                    fail(ExitAuth,
                         QCoreApplication::translate(
                             "wharf-cli", "not signed in to %1 (run: wharf-cli login %1)")
                             .arg(account->displayName));
                    return;
                }
                if (error) {
                    failStore(error);
                    return;
                }
                run(s, rest);
            });
    s->loadStoredToken();
    return -1;
}

void Cli::call(auth::AccountSession *s,
               const net::ApiRequest &request,
               std::function<void(const net::ApiResponse &)> then)
{
    net::send(s->client(), request, this, [this, s, then](const net::ApiResponse &r) {
        if (r.error)
            failApi(r.error, s->account().displayName);
        else
            then(r);
    });
}

void Cli::runTransfer(auth::AccountSession *s,
                      const transfer::TransferSpec &spec,
                      std::function<void(const QByteArray &body)> then)
{
    auto *engine = new transfer::CurlEngine(this);
    auto *t = new transfer::Transfer(engine, spec, this);
    t->setConnectionProvider([s] {
        transfer::ConnectionSettings settings;
        settings.bearerToken = s->client()->bearerToken();
        settings.pinnedCertificateSha256 = s->account().pinnedCertificateSha256;
        return settings;
    });
    connect(t, &transfer::Transfer::finished, this, [this, t, s, then] {
        if (t->state() == transfer::Transfer::State::Completed)
            then(t->responseBody());
        else
            failApi(t->error(), s->account().displayName);
    });
    t->start();
}

int Cli::files(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString prefix = takeOption(args, QStringLiteral("--prefix"));
    return withSession(
        QStringLiteral("files"), args, PlatformKind::Contaxy, 2, [=, this](auto *s, auto rest) {
            call(s, contaxy::listFilesRequest(rest.first(), prefix), [this](const auto &r) {
                net::ApiError error;
                const auto list = contaxy::parseFiles(r, &error);
                if (!list) {
                    failApi(error);
                    return;
                }
                QJsonArray json;
                for (const contaxy::FileItem &f : *list) {
                    json.append(QJsonObject {
                        {QStringLiteral("key"), f.key},
                        {QStringLiteral("size"), double(f.size)},
                        {QStringLiteral("version"), f.version},
                        {QStringLiteral("content_type"), f.contentType},
                        {QStringLiteral("updated_at"), f.updatedAt.toString(Qt::ISODate)}});
                    if (!m_json)
                        print(QStringLiteral("%1\t%2\t%3")
                                  .arg(QLocale().formattedDataSize(f.size),
                                       f.updatedAt.toLocalTime().toString(Qt::ISODate),
                                       f.key));
                }
                if (m_json)
                    printJson(json);
                finish(ExitOk);
            });
        });
}

int Cli::upload(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString key = takeOption(args, QStringLiteral("--key"));
    return withSession(
        QStringLiteral("upload"), args, PlatformKind::Contaxy, 3, [=, this](auto *s, auto rest) {
            const QString path = rest.at(1);
            const QString target = key.isEmpty() ? QFileInfo(path).fileName() : key;
            const QString problem = contaxy::fileKeyProblem(target);
            if (!QFileInfo(path).isFile() || !problem.isEmpty()) {
                fail(ExitUsage,
                     problem.isEmpty()
                         ? QCoreApplication::translate("wharf-cli", "no such file: %1").arg(path)
                         : problem);
                return;
            }
            runTransfer(
                s,
                contaxy::uploadSpec(
                    s->account().id, s->account().serverUrl, rest.first(), target, path),
                [this, target](const QByteArray &) {
                    if (m_json)
                        printJson(QJsonObject {{QStringLiteral("key"), target}});
                    else
                        print(QCoreApplication::translate("wharf-cli", "uploaded %1").arg(target));
                    finish(ExitOk);
                });
        });
}

int Cli::jobs(const QStringList &args)
{
    return withSession(
        QStringLiteral("jobs"), args, PlatformKind::ProjectW, 1, [this](auto *s, auto) {
            call(s, projectw::jobIdsRequest(0, 50), [this, s](const auto &r) {
                net::ApiError error;
                const auto ids = projectw::parseJobIds(r, &error);
                if (!ids) {
                    failApi(error);
                    return;
                }
                if (ids->isEmpty()) {
                    if (m_json)
                        printJson(QJsonArray());
                    finish(ExitOk);
                    return;
                }
                call(s, projectw::jobInfoRequest(*ids), [this, ids = *ids](const auto &info) {
                    net::ApiError infoError;
                    const auto jobs = projectw::parseJobs(info, &infoError);
                    if (!jobs) {
                        failApi(infoError);
                        return;
                    }
                    printJobs(ids, *jobs);
                    finish(ExitOk);
                });
            });
        });
}

void Cli::printJobs(const QList<int> &order, const QList<projectw::Job> &jobs)
{
    static const QStringList steps {QStringLiteral("queued"),
                                    QStringLiteral("assigned"),
                                    QStringLiteral("running"),
                                    QStringLiteral("aborting"),
                                    QStringLiteral("succeeded"),
                                    QStringLiteral("failed"),
                                    QStringLiteral("downloaded")};
    QJsonArray json;
    for (int id : order) { // newest first, as the server listed the ids
        for (const projectw::Job &job : jobs) {
            if (job.id != id)
                continue;
            const QString step = steps.value(int(job.step));
            json.append(QJsonObject {{QStringLiteral("id"), job.id},
                                     {QStringLiteral("file"), job.fileName},
                                     {QStringLiteral("step"), step},
                                     {QStringLiteral("progress"), job.progress},
                                     {QStringLiteral("error"), job.error}});
            if (!m_json)
                print(QStringLiteral("%1\t%2\t%3%\t%4")
                          .arg(job.id)
                          .arg(step)
                          .arg(job.progress, 0, 'f', 0)
                          .arg(job.fileName));
        }
    }
    if (m_json)
        printJson(json);
}

int Cli::submit(const QStringList &args)
{
    return withSession(
        QStringLiteral("submit"), args, PlatformKind::ProjectW, 2, [this](auto *s, auto rest) {
            const QString path = rest.first();
            const QString problem = projectw::audioFileProblem(path);
            if (!problem.isEmpty()) {
                fail(ExitUsage, problem);
                return;
            }
            runTransfer(s,
                        projectw::submitSpec(s->account().id, s->account().serverUrl, path),
                        [this](const QByteArray &body) {
                            // The reply is the new job's id as a bare JSON number.
                            const int id = body.trimmed().toInt();
                            if (m_json)
                                printJson(QJsonObject {{QStringLiteral("id"), id}});
                            else
                                print(
                                    QCoreApplication::translate("wharf-cli", "submitted as job %1")
                                        .arg(id));
                            finish(ExitOk);
                        });
        });
}

int Cli::transcript(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString formatName = takeOption(args, QStringLiteral("--format"), QStringLiteral("txt"));
    const QString output = takeOption(args, QStringLiteral("--output"));
    if (!transcriptFormats().contains(formatName))
        return fail(ExitUsage,
                    QCoreApplication::translate(
                        "wharf-cli", "unknown format %1 (use txt, srt, vtt, tsv or json)")
                        .arg(formatName));
    return withSession(
        QStringLiteral("transcript"),
        args,
        PlatformKind::ProjectW,
        2,
        [=, this](auto *s, auto rest) {
            bool ok = false;
            const int id = rest.first().toInt(&ok);
            if (!ok || id <= 0) {
                fail(
                    ExitUsage,
                    QCoreApplication::translate("wharf-cli", "not a job id: %1").arg(rest.first()));
                return;
            }
            const auto format = transcriptFormats().value(formatName);
            call(s, projectw::transcriptRequest(id, format), [this, output](const auto &r) {
                net::ApiError error;
                const auto text = projectw::parseTranscript(r, &error);
                if (!text) {
                    failApi(error);
                    return;
                }
                if (output.isEmpty()) {
                    QTextStream(stdout) << *text;
                    finish(ExitOk);
                    return;
                }
                QSaveFile file(output);
                if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0
                    || !file.commit()) {
                    fail(ExitUsage,
                         QCoreApplication::translate("wharf-cli", "cannot write %1: %2")
                             .arg(output, file.errorString()));
                    return;
                }
                finish(ExitOk);
            });
        });
}

} // namespace wharf::cli
