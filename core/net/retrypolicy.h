#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace wharf::net {

// When a failed request is tried again, for API calls (HttpClient) and transfers alike. Only
// idempotent requests (GET, HEAD, PUT, DELETE, a tus PATCH with its offset) are retried, and
// only for network errors, timeouts and 429/502/503/504; a POST that may have taken effect is
// never repeated behind the user's back.
struct RetryPolicy
{
    int maxAttempts = 6; // retries after the first try, per failure streak
    int baseDelayMs = 1000; // doubled per attempt, +-20 % jitter
    int maxDelayMs = 60000;
    int maxRetryAfterMs = 300000; // a server asking for a longer pause gets an error instead
    bool retryTimeouts = true; // false: a request that went silent is reported at once

    // For calls a person waits on: a couple of quick retries, short pauses only, and no
    // second full timeout (the user would rather see the error and decide).
    static RetryPolicy forApiCalls();
    static bool isIdempotent(const QByteArray &method);

    bool isRetryable(const ApiError &error) const;
    // Delay before retry number `attempt` (1-based), or nullopt to give up.
    std::optional<int> delayMs(int attempt,
                               const ApiError &error,
                               bool idempotent,
                               const QByteArray &retryAfter = QByteArray(),
                               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// Retry-After as seconds or an HTTP date, in milliseconds from `now`; nullopt if unusable.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace wharf::net
