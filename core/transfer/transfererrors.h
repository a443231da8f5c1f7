#pragma once

#include "net/apierror.h"

namespace wharf::transfer {

struct CurlResult;

// Problems with local files. ApiError has no kind for the local side, so these use Validation
// ("our input was not usable") and say what happened in `code` (all start with "local-"):
// a UI must not offer to sign in again, trust a certificate or wait for the network.
net::ApiError fileMissingError(const QString &path);
net::ApiError fileVanishedError(const QString &path);
net::ApiError fileChangedError(const QString &path);
net::ApiError readFailedError(const QString &path, const QString &reason);
net::ApiError writeFailedError(const QString &path, const QString &reason);
net::ApiError targetNotWritableError(const QString &path, const QString &reason);
bool isLocalFileError(const net::ApiError &error);

// What a finished exchange amounts to: a transport failure, a TLS refusal, an HTTP error
// decoded from the body, or no error for a 1xx-3xx reply.
net::ApiError errorForResult(const CurlResult &result);

} // namespace wharf::transfer
