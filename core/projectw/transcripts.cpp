#include "transcripts.h"

#include "jobs.h"
#include "transfer/filenames.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wharf::projectw {

using net::ApiError;
using net::ApiRequest;

QList<TranscriptFormat> transcriptFormats()
{
    return {TranscriptFormat::Txt,
            TranscriptFormat::Srt,
            TranscriptFormat::Vtt,
            TranscriptFormat::Tsv,
            TranscriptFormat::Json};
}

std::optional<TranscriptFormat> transcriptFormatFromId(const QString &id)
{
    for (TranscriptFormat format : transcriptFormats()) {
        if (transcriptExtension(format) == id)
            return format;
    }
    return std::nullopt;
}

QString transcriptFormatName(TranscriptFormat format)
{
    auto say = [](const char *text) { return QCoreApplication::translate("ProjectWJobs", text); };
    switch (format) {
    case TranscriptFormat::Txt:
        return say(QT_TRANSLATE_NOOP("ProjectWJobs", "Plain text (.txt)"));
    case TranscriptFormat::Srt:
        return say(QT_TRANSLATE_NOOP("ProjectWJobs", "Subtitles (.srt)"));
    case TranscriptFormat::Vtt:
        return say(QT_TRANSLATE_NOOP("ProjectWJobs", "Web subtitles (.vtt)"));
    case TranscriptFormat::Tsv:
        return say(QT_TRANSLATE_NOOP("ProjectWJobs", "Table (.tsv)"));
    case TranscriptFormat::Json:
        return say(QT_TRANSLATE_NOOP("ProjectWJobs", "JSON with timings (.json)"));
    }
    return QString();
}

QString transcriptExtension(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::Txt:
        return QStringLiteral("txt");
    case TranscriptFormat::Srt:
        return QStringLiteral("srt");
    case TranscriptFormat::Vtt:
        return QStringLiteral("vtt");
    case TranscriptFormat::Tsv:
        return QStringLiteral("tsv");
    case TranscriptFormat::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("txt");
}

ApiRequest transcriptRequest(int jobId, TranscriptFormat format)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/jobs/download_transcript"));
    request.query.addQueryItem(QStringLiteral("job_id"), QString::number(jobId));
    request.query.addQueryItem(QStringLiteral("transcript_type"),
                               QStringLiteral("as_") + transcriptExtension(format));
    return request;
}

std::optional<QString> parseTranscript(const net::ApiResponse &response, ApiError *error)
{
    const auto value = response.json(error);
    if (!value)
        return std::nullopt;
    if (value->isString())
        return value->toString();
    if (value->isObject() || value->isArray()) // the spec allows an object for as_json
        return QString::fromUtf8(response.body);
    *error = response.unexpected(
        QCoreApplication::translate("ProjectWJobs", "expected the transcript as text"));
    return std::nullopt;
}

QString transcriptFileName(const Job &job, TranscriptFormat format)
{
    // The audio's name comes from whoever submitted it: made safe for any file system.
    const QString fallback = QStringLiteral("job-%1").arg(job.id);
    QString stem = QFileInfo(job.fileName).completeBaseName();
    if (stem.isEmpty())
        stem = fallback;
    return transfer::sanitiseFileName(stem + QLatin1Char('.') + transcriptExtension(format),
                                      fallback + QLatin1Char('.') + transcriptExtension(format));
}

transfer::TransferSpec transcriptSpec(const QString &accountId,
                                      const QUrl &serverUrl,
                                      const Job &job,
                                      TranscriptFormat format,
                                      const QString &folder)
{
    const ApiRequest request = transcriptRequest(job.id, format);
    transfer::TransferSpec spec;
    spec.kind = transfer::TransferSpec::Kind::Download;
    spec.accountId = accountId;
    spec.owner = transcriptsOwner();
    spec.url = net::appendPath(serverUrl, request.path);
    spec.url.setQuery(request.query);
    spec.localPath = folder;
    spec.fileName = transcriptFileName(job, format);
    spec.decodeJsonString = true;
    return spec;
}

QString transcriptsOwner()
{
    return QStringLiteral("projectw/transcripts");
}

} // namespace wharf::projectw
