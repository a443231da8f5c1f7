#pragma once

#include "net/apierror.h"

#include <QString>

namespace wharf::transfer {

// Replaces a downloaded file that holds one JSON string literal ("...\n...") by the text of
// that string, atomically (the old content stays if anything fails); a JSON object or array
// is left as it is. Some servers send text
// this way (Project-W transcripts); they are small, so the text is decoded in memory and
// files over `maxBytes` are refused. Returns an error, or a default ApiError on success.
net::ApiError decodeJsonStringFile(const QString &path, qint64 maxBytes = 256 * 1024 * 1024);

} // namespace wharf::transfer
