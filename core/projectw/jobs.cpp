#include "jobs.h"

#include "transfer/filenames.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

namespace wharf::projectw {

using net::ApiError;
using net::ApiRequest;

namespace {

QString idList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

ApiRequest jsonIds(const QByteArray &method, const QString &path, const QList<int> &ids)
{
    ApiRequest request;
    request.method = method; // DELETE with a body: sent as a custom request (§1)
    request.path = path;
    request.body = idList(ids).toLatin1();
    request.contentType = "application/json";
    return request;
}

Job::Step stepFrom(const QString &step)
{
    static const QHash<QString, Job::Step> steps {
        {QStringLiteral("not_queued"), Job::Step::Queued},
        {QStringLiteral("pending_runner"), Job::Step::Queued},
        {QStringLiteral("runner_assigned"), Job::Step::Assigned},
        {QStringLiteral("runner_in_progress"), Job::Step::Running},
        {QStringLiteral("aborting"), Job::Step::Aborting},
        {QStringLiteral("success"), Job::Step::Succeeded},
        {QStringLiteral("failed"), Job::Step::Failed},
        {QStringLiteral("downloaded"), Job::Step::Downloaded},
    };
    return steps.value(step, Job::Step::Queued);
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

ApiRequest countJobsRequest()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/jobs/count"));
    request.query.addQueryItem(QStringLiteral("exclude_finished"), QStringLiteral("false"));
    request.query.addQueryItem(QStringLiteral("exclude_downloaded"), QStringLiteral("false"));
    return request;
}

ApiRequest jobIdsRequest(int start, int count)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/jobs/get"));
    request.query.addQueryItem(QStringLiteral("start_index"), QString::number(start));
    // The end index is inclusive (§6.3).
    request.query.addQueryItem(QStringLiteral("end_index"), QString::number(start + count - 1));
    request.query.addQueryItem(QStringLiteral("sort_key"), QStringLiteral("creation_time"));
    request.query.addQueryItem(QStringLiteral("descending"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("exclude_finished"), QStringLiteral("false"));
    request.query.addQueryItem(QStringLiteral("exclude_downloaded"), QStringLiteral("false"));
    return request;
}

ApiRequest jobInfoRequest(const QList<int> &ids)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/jobs/info"));
    for (int id : ids) // the key repeats once per id
        request.query.addQueryItem(QStringLiteral("job_ids"), QString::number(id));
    return request;
}

ApiRequest abortJobsRequest(const QList<int> &ids)
{
    return jsonIds("POST", QStringLiteral("/api/jobs/abort"), ids);
}

ApiRequest deleteJobsRequest(const QList<int> &ids)
{
    return jsonIds("DELETE", QStringLiteral("/api/jobs/delete"), ids);
}

std::optional<int> parseCount(const net::ApiResponse &response, ApiError *error)
{
    const auto value = response.json(error);
    if (!value)
        return std::nullopt;
    if (!value->isDouble() || value->toDouble() < 0) {
        *error = response.unexpected(
            QCoreApplication::translate("ProjectWJobs", "expected a number of jobs"));
        return std::nullopt;
    }
    return value->toInt();
}

std::optional<QList<int>> parseJobIds(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<int> ids;
    for (const QJsonValue &value : *list) {
        if (!value.isDouble()) {
            *error = response.unexpected(
                QCoreApplication::translate("ProjectWJobs", "a job id that is not a number"));
            return std::nullopt;
        }
        ids << value.toInt();
    }
    return ids;
}

std::optional<QList<Job>> parseJobs(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<Job> jobs;
    for (const QJsonValue &value : *list) {
        const QJsonObject obj = value.toObject();
        Job job;
        job.id = obj.value(QLatin1String("id")).toInt();
        if (job.id <= 0) {
            *error = response.unexpected(
                QCoreApplication::translate("ProjectWJobs", "a job without an id"));
            return std::nullopt;
        }
        job.fileName = obj.value(QLatin1String("file_name")).toString();
        job.created = timeFrom(obj.value(QLatin1String("creation_timestamp")));
        job.finished = timeFrom(obj.value(QLatin1String("finish_timestamp")));
        job.step = stepFrom(obj.value(QLatin1String("step")).toString());
        job.progress = qBound(0.0, obj.value(QLatin1String("progress")).toDouble(), 100.0);
        job.error = obj.value(QLatin1String("error_msg")).toString();
        job.runnerName = obj.value(QLatin1String("runner_name")).toString();
        const QJsonObject settings = obj.value(QLatin1String("settings")).toObject();
        job.model = settings.value(QLatin1String("model")).toString();
        job.language = settings.value(QLatin1String("language")).toString();
        jobs << job;
    }
    return jobs;
}

QString JobSettings::problem() const
{
    if (translate && language == QLatin1String("en"))
        return QCoreApplication::translate("ProjectWJobs",
                                           "Translating into English needs audio in another "
                                           "language.");
    return QString();
}

ApiRequest submitSettingsRequest(const JobSettings &settings)
{
    QJsonObject body;
    if (!settings.model.isEmpty())
        body.insert(QStringLiteral("model"), settings.model);
    if (!settings.language.isEmpty())
        body.insert(QStringLiteral("language"), settings.language);
    if (settings.translate) {
        body.insert(QStringLiteral("task"), QStringLiteral("translate"));
        // Alignment is on by default and the server refuses it with translate (§6.1).
        body.insert(QStringLiteral("alignment"), QJsonValue::Null);
    }
    return ApiRequest::postJson(QStringLiteral("/api/jobs/submit_settings"), body);
}

std::optional<int> parseSettingsId(const net::ApiResponse &response, ApiError *error)
{
    const auto value = response.json(error);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        *error = response.unexpected(
            QCoreApplication::translate("ProjectWJobs", "expected the id of the settings"));
        return std::nullopt;
    }
    return value->toInt();
}

transfer::TransferSpec submitSpec(const QString &accountId,
                                  const QUrl &serverUrl,
                                  const QString &localPath,
                                  std::optional<int> settingsId)
{
    transfer::TransferSpec spec;
    spec.kind = transfer::TransferSpec::Kind::MultipartUpload;
    spec.accountId = accountId;
    spec.owner = submissionsOwner();
    spec.url = net::appendPath(serverUrl, QStringLiteral("/api/jobs/submit_job"));
    if (settingsId)
        spec.url.setQuery(QStringLiteral("job_settings_id=%1").arg(*settingsId));
    spec.localPath = localPath;
    spec.fileName = QFileInfo(localPath).fileName(); // becomes the job's file name
    spec.contentType = QMimeDatabase().mimeTypeForFile(localPath).name().toLatin1();
    spec.fileField = QStringLiteral("audio_file");
    return spec;
}

QString submissionsOwner()
{
    return QStringLiteral("projectw/jobs");
}

QStringList whisperModels()
{
    return {QStringLiteral("tiny"),
            QStringLiteral("tiny.en"),
            QStringLiteral("base"),
            QStringLiteral("base.en"),
            QStringLiteral("small"),
            QStringLiteral("small.en"),
            QStringLiteral("medium"),
            QStringLiteral("medium.en"),
            QStringLiteral("turbo"),
            QStringLiteral("large")};
}

QString audioFileProblem(const QString &localPath)
{
    const QFileInfo info(localPath);
    if (!info.isFile())
        return QCoreApplication::translate("ProjectWJobs", "%1 is not a file.")
            .arg(info.fileName());
    const QString type = QMimeDatabase().mimeTypeForFile(localPath).name();
    if (!type.startsWith(QLatin1String("audio/")) && !type.startsWith(QLatin1String("video/")))
        return QCoreApplication::translate("ProjectWJobs",
                                           "%1 is not audio or video (it looks like %2).")
            .arg(info.fileName(), type);
    return QString();
}

} // namespace wharf::projectw
