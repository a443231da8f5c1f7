// wharf-cli jobs ls|submit|abort|rm and transcripts get: Project-W transcription jobs.
#include "cli.h"
#include "projectw/joblisting.h"
#include "transfer/transfer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace wharf::cli {

int Cli::jobsList(const Invocation &inv)
{
    return withSession(inv, [this](auth::AccountSession *s) { listJobs(s, 0, {}); });
}

void Cli::listJobs(auth::AccountSession *s, int start, QList<projectw::Job> jobs)
{
    constexpr int pageSize = 100;
    projectw::fetchJobPage(
        s->client(),
        start,
        pageSize,
        this,
        [=, this](const projectw::JobPage &page, const net::ApiError &error) mutable {
            if (error) {
                failCall(s, error);
                return;
            }
            for (const projectw::Job &job : page.jobs) {
                // A job submitted meanwhile shifts the index pages: list each job once.
                if (std::none_of(
                        jobs.cbegin(), jobs.cend(), [&](const auto &j) { return j.id == job.id; }))
                    jobs << job;
            }
            if (start + pageSize < page.total && !page.jobs.isEmpty()) {
                listJobs(s, start + pageSize, jobs);
                return;
            }
            printJobs(jobs);
            finish(ExitOk);
        });
}

void Cli::printJobs(const QList<projectw::Job> &jobs)
{
    static const QStringList steps {QStringLiteral("queued"),
                                    QStringLiteral("assigned"),
                                    QStringLiteral("running"),
                                    QStringLiteral("aborting"),
                                    QStringLiteral("succeeded"),
                                    QStringLiteral("failed"),
                                    QStringLiteral("downloaded")};
    QJsonArray json;
    for (const projectw::Job &job : jobs) { // newest first, as the server listed the ids
        {
            const QString step = steps.value(int(job.step));
            json.append(QJsonObject {{QStringLiteral("id"), job.id},
                                     {QStringLiteral("file"), job.fileName},
                                     {QStringLiteral("step"), step},
                                     {QStringLiteral("progress"), job.progress},
                                     {QStringLiteral("error"), job.error}});
            if (m_json)
                continue;
            QString line = QStringLiteral("%1\t%2\t%3%\t%4")
                               .arg(job.id)
                               .arg(step)
                               .arg(job.progress, 0, 'f', 0)
                               .arg(job.fileName);
            if (!job.error.isEmpty()) // why it failed, as the server says
                line += QLatin1Char('\t') + job.error;
            print(line);
        }
    }
    if (m_json)
        printJson(json);
}

int Cli::jobsSubmit(const Invocation &inv)
{
    const QString path = inv.args.first();
    return withSession(inv, [this, path](auth::AccountSession *s) {
        const QString problem = projectw::audioFileProblem(path);
        if (!problem.isEmpty()) {
            fail(ExitUsage, problem);
            return;
        }
        runTransfer(
            s,
            projectw::submitSpec(s->account().id, s->account().serverUrl, path),
            [this](const QByteArray &body) {
                // The reply is the new job's id as a bare JSON number.
                const int id = body.trimmed().toInt();
                if (m_json)
                    printJson(QJsonObject {{QStringLiteral("id"), id}});
                else
                    print(QCoreApplication::translate("wharf-cli", "submitted as job %1").arg(id));
                finish(ExitOk);
            });
    });
}

int Cli::transcriptGet(const Invocation &inv)
{
    const QString formatName = inv.value("--format", QStringLiteral("txt"));
    const QString output = inv.value("--output");
    const auto format = projectw::transcriptFormatFromId(formatName);
    if (!format)
        return fail(ExitUsage,
                    QCoreApplication::translate(
                        "wharf-cli", "unknown format %1 (use txt, srt, vtt, tsv or json)")
                        .arg(formatName));
    bool ok = false;
    const int id = inv.args.first().toInt(&ok);
    if (!ok || id <= 0)
        return fail(
            ExitUsage,
            QCoreApplication::translate("wharf-cli", "not a job id: %1").arg(inv.args.first()));
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, projectw::transcriptRequest(id, *format), [=, this](const auto &r) {
            net::ApiError error;
            const auto text = projectw::parseTranscript(r, &error);
            if (!text) {
                failApi(error);
                return;
            }
            QJsonObject json {{QStringLiteral("id"), id}, {QStringLiteral("format"), formatName}};
            if (output.isEmpty()) {
                if (m_json) {
                    json.insert(QStringLiteral("transcript"), *text);
                    printJson(json);
                } else {
                    QTextStream(stdout) << *text;
                }
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
            if (m_json) {
                json.insert(QStringLiteral("output"), output);
                printJson(json);
            }
            finish(ExitOk);
        });
    });
}

int Cli::jobsAbort(const Invocation &inv)
{
    return changeJobs(inv,
                      projectw::abortJobsRequest,
                      "aborted",
                      QT_TRANSLATE_NOOP("wharf-cli", "aborted job %1"));
}

int Cli::jobsRemove(const Invocation &inv)
{
    return changeJobs(inv,
                      projectw::deleteJobsRequest,
                      "deleted",
                      QT_TRANSLATE_NOOP("wharf-cli", "deleted job %1"));
}

// One call for every JOB argument (the server takes lists), after checking they are ids.
int Cli::changeJobs(const Invocation &inv,
                    net::ApiRequest (*request)(const QList<int> &),
                    const char *done,
                    const char *doneText)
{
    QList<int> ids;
    for (const QString &arg : inv.args) {
        bool ok = false;
        const int id = arg.toInt(&ok);
        if (!ok || id <= 0)
            return fail(
                ExitUsage,
                QCoreApplication::translate("wharf-cli", "a job is a number, not %1").arg(arg));
        ids << id;
    }
    const QString doneKey = QLatin1String(done);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, request(ids), [=, this](const net::ApiResponse &) {
            QJsonArray json;
            for (int id : ids)
                json.append(id);
            if (m_json)
                printJson(QJsonObject {{doneKey, json}});
            else
                for (int id : ids)
                    print(QCoreApplication::translate("wharf-cli", doneText).arg(id));
            finish(ExitOk);
        });
    });
}

} // namespace wharf::cli
