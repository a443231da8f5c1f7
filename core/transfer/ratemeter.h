#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPair>

namespace wharf::transfer {

// Transfer speed over the last few seconds, and the time left at that speed.
class RateMeter
{
public:
    void reset(qint64 bytes = 0);
    void sample(qint64 bytes);
    void sampleAt(qint64 msecs, qint64 bytes); // explicit clock, for tests
    double bytesPerSecond() const;
    // Seconds until `total` at the current speed; -1 if unknown (no speed or no total).
    qint64 secondsLeft(qint64 done, qint64 total) const;

private:
    static constexpr qint64 kWindowMs = 5000;
    QElapsedTimer m_clock;
    QList<QPair<qint64, qint64>> m_samples; // (msecs, bytes), oldest first
};

} // namespace wharf::transfer
