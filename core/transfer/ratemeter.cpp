#include "ratemeter.h"

#include <cmath>

namespace wharf::transfer {

void RateMeter::reset(qint64 bytes)
{
    m_clock.start();
    m_samples = {{0, bytes}};
}

void RateMeter::sample(qint64 bytes)
{
    if (!m_clock.isValid())
        reset(bytes);
    sampleAt(m_clock.elapsed(), bytes);
}

void RateMeter::sampleAt(qint64 msecs, qint64 bytes)
{
    if (!m_samples.isEmpty() && bytes < m_samples.last().second)
        m_samples.clear(); // restarted from a lower offset: old samples say nothing now
    m_samples.append({msecs, bytes});
    // Keep one sample at or before the window start so the window is always fully covered.
    while (m_samples.size() > 2 && m_samples.at(1).first <= msecs - kWindowMs)
        m_samples.removeFirst();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto &first = m_samples.first();
    const auto &last = m_samples.last();
    const qint64 ms = last.first - first.first;
    return ms < 200 ? 0 : double(last.second - first.second) * 1000.0 / double(ms);
}

qint64 RateMeter::secondsLeft(qint64 done, qint64 total) const
{
    const double speed = bytesPerSecond();
    if (total < 0 || speed < 1)
        return -1;
    return qint64(std::ceil(double(qMax<qint64>(0, total - done)) / speed));
}

} // namespace wharf::transfer
