#pragma once

#include "transfer.h"

#include <QJsonObject>

#include <optional>

namespace wharf::transfer {

// One saved row of the queue file.
struct QueueEntry
{
    TransferSpec spec;
    Transfer::State state = Transfer::State::Queued;
    qint64 done = 0;
    qint64 total = -1;
    net::ApiError error;
    bool urlWithheld = false; // the URL carried a secret and was saved redacted
};

// The queue file's JSON for a transfer. URLs that carry a token in their query or user info
// are saved redacted (and the transfer cannot resume after a restart).
QJsonObject queueEntryToJson(const Transfer &transfer);
std::optional<QueueEntry> queueEntryFromJson(const QJsonObject &json);

QString stateName(Transfer::State state);

} // namespace wharf::transfer
