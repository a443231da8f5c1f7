#pragma once

#include "net/apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace wharf::transfer {

// When a failed request of a transfer is tried again. Only idempotent requests (GET, HEAD,
// PUT, a tus PATCH with its offset) are retried, and only for network errors, timeouts and
// 429/502/503/504; a POST that may have taken effect is never repeated behind the user's back.
struct RetryPolicy
{
    int maxAttempts = 6; // retries after the first try, per failure streak
    int baseDelayMs = 1000; // doubled per attempt, +-20 % jitter
    int maxDelayMs = 60000;
    int maxRetryAfterMs = 300000; // a server asking for a longer pause gets an error instead

    static bool isRetryable(const net::ApiError &error);
    // Delay before retry number `attempt` (1-based), or nullopt to give up.
    std::optional<int> delayMs(int attempt,
                               const net::ApiError &error,
                               bool idempotent,
                               const QByteArray &retryAfter = QByteArray(),
                               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// Retry-After as seconds or an HTTP date, in milliseconds from `now`; nullopt if unusable.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace wharf::transfer
