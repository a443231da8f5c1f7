#pragma once

#include "net/apirequest.h"
#include "transcripts.h"
#include "transfer/transferspec.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wharf::projectw {

// One transcription job (project-w.md §6.3).
struct Job
{
    enum class Step {
        Queued, // not_queued, pending_runner
        Assigned, // runner_assigned
        Running, // runner_in_progress
        Aborting,
        Succeeded, // success
        Failed, // also aborted jobs ("Job was aborted")
        Downloaded, // success, transcript fetched at least once
    };

    int id = 0;
    QString fileName;
    QDateTime created;
    QDateTime finished;
    Step step = Step::Queued;
    double progress = 0; // 0-100
    QString error;
    QString runnerName;
    QString model; // Whisper model of the job's settings ("large", "small", ...)
    QString language; // empty: detected automatically

    bool isFinished() const
    {
        return step == Step::Succeeded || step == Step::Failed || step == Step::Downloaded;
    }
    bool hasTranscript() const { return step == Step::Succeeded || step == Step::Downloaded; }
    // Queued or on a runner: can be aborted.
    bool isAbortable() const { return !isFinished() && step != Step::Aborting; }
};

// The Whisper models the server accepts (§6.1), smallest first; ".en" ones are English-only.
QStringList whisperModels();

// The settings a user picks for a submission; empty fields keep the server's defaults.
struct JobSettings
{
    QString model; // one of whisperModels()
    QString language; // ISO 639-1 code; empty: detect
    bool translate = false; // to English

    bool isDefault() const { return model.isEmpty() && language.isEmpty() && !translate; }
    // Why the server would refuse these settings (§6.1), or "".
    QString problem() const;
};

// Registers settings for later submissions (§6.1); answered with their id.
net::ApiRequest submitSettingsRequest(const JobSettings &settings);
std::optional<int> parseSettingsId(const net::ApiResponse &response, net::ApiError *error);

// Jobs are listed newest first: a count, then ids by index range, then the details.
net::ApiRequest countJobsRequest();
net::ApiRequest jobIdsRequest(int start, int count);
net::ApiRequest jobInfoRequest(const QList<int> &ids);
net::ApiRequest abortJobsRequest(const QList<int> &ids);
// Only finished jobs can be deleted; the server refuses the whole list otherwise (§6.5).
net::ApiRequest deleteJobsRequest(const QList<int> &ids);

std::optional<int> parseCount(const net::ApiResponse &response, net::ApiError *error);
std::optional<QList<int>> parseJobIds(const net::ApiResponse &response, net::ApiError *error);
// In the order of the reply (the server promises none).
std::optional<QList<Job>> parseJobs(const net::ApiResponse &response, net::ApiError *error);

// A job submission through the transfer queue: multipart POST with the part `audio_file`,
// typed from the file's content (the server accepts only audio/* and video/*).
// Without settingsId the account's default settings apply (§6.2).
// Owned by submissionsOwner().
transfer::TransferSpec submitSpec(const QString &accountId,
                                  const QUrl &serverUrl,
                                  const QString &localPath,
                                  std::optional<int> settingsId = std::nullopt);
QString submissionsOwner();
// Why a local file cannot be submitted, or "" when it can.
QString audioFileProblem(const QString &localPath);

} // namespace wharf::projectw
