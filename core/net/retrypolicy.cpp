#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

namespace wharf::net {

RetryPolicy RetryPolicy::forApiCalls()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelayMs = 500;
    policy.maxDelayMs = 4000;
    policy.maxRetryAfterMs = 15000;
    policy.retryTimeouts = false;
    return policy;
}

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE"
        || method == "OPTIONS";
}

bool RetryPolicy::isRetryable(const ApiError &error) const
{
    using Kind = ApiError::Kind;
    if (error.kind == Kind::Network || (error.kind == Kind::Timeout && retryTimeouts))
        return true;
    const int status = error.httpStatus;
    return status == 429 || status == 502 || status == 503 || status == 504;
}

std::optional<int> RetryPolicy::delayMs(int attempt,
                                        const ApiError &error,
                                        bool idempotent,
                                        const QByteArray &retryAfter,
                                        const QDateTime &now) const
{
    // Local file trouble in a transfer (vanished source, full disk) is a Validation error with
    // no HTTP status, so it is never retried here.
    if (!idempotent || !isRetryable(error) || attempt > maxAttempts)
        return std::nullopt;
    if (const auto asked = parseRetryAfter(retryAfter, now)) {
        if (*asked > maxRetryAfterMs)
            return std::nullopt;
        return int(*asked);
    }
    const qint64 exponential = qint64(baseDelayMs) << qMin(attempt - 1, 20);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(qMin<qint64>(maxDelayMs, qint64(double(exponential) * jitter)));
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(when));
}

} // namespace wharf::net
