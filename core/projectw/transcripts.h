#pragma once

#include "net/apirequest.h"
#include "transfer/transferspec.h"

#include <QList>
#include <QString>

#include <optional>

namespace wharf::projectw {

struct Job;

enum class TranscriptFormat { Txt, Srt, Vtt, Tsv, Json };

// Every format, in the order menus offer them.
QList<TranscriptFormat> transcriptFormats();
// The format's id is its file extension ("srt"), as wharf-cli and settings name it.
QString transcriptExtension(TranscriptFormat format);
std::optional<TranscriptFormat> transcriptFormatFromId(const QString &id);
// For menus: "Subtitles (.srt)", translated.
QString transcriptFormatName(TranscriptFormat format);

net::ApiRequest transcriptRequest(int jobId, TranscriptFormat format);
// The transcript arrives as one JSON string literal, whatever the format (§6.5).
std::optional<QString> parseTranscript(const net::ApiResponse &response, net::ApiError *error);

// "<audio name without extension>.<txt|srt|vtt|tsv|json>", as the web UI names them.
QString transcriptFileName(const Job &job, TranscriptFormat format);
// Saving a transcript through the transfer queue into `folder` (never over an existing file;
// the JSON string the server sends is decoded), owned by transcriptsOwner().
transfer::TransferSpec transcriptSpec(const QString &accountId,
                                      const QUrl &serverUrl,
                                      const Job &job,
                                      TranscriptFormat format,
                                      const QString &folder);
QString transcriptsOwner();

} // namespace wharf::projectw
