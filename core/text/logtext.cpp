#include "logtext.h"

#include <algorithm>
#include <cstring>

namespace wharf::text {

namespace {

// Grows `text` in large steps ahead of `needed`: fewer reallocations for a log that arrives
// in many small pieces. (Asking for huge pages with madvise was tried: on these VMs the
// kernel's compaction made indexing a 100 MB log seven times slower.)
void reserveAhead(QByteArray &text, qsizetype needed)
{
    if (needed <= text.capacity())
        return;
    constexpr qsizetype kStep = 16 * 1024 * 1024;
    text.reserve(std::max({needed, text.capacity() * 2, kStep}));
}

bool lastLineOpen(const QByteArray &text, const QList<qsizetype> &starts)
{
    return !starts.isEmpty() && starts.last() < text.size();
}
} // namespace

void LogText::append(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return;
    const qsizetype base = m_text.size();
    if (m_starts.isEmpty())
        m_starts.append(0);
    reserveAhead(m_text, m_text.size() + utf8.size());
    m_text.append(utf8.data(), utf8.size());
    const char *begin = m_text.constData();
    const char *p = begin + base;
    const char *const end = begin + m_text.size();
    while (p < end) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        m_starts.append(p - begin);
    }
}

void LogText::appendLine(QByteArrayView line)
{
    closeLine();
    append(line);
    append("\n");
}

void LogText::closeLine()
{
    if (lastLineOpen(m_text, m_starts))
        append("\n");
}

void LogText::clear()
{
    m_text.clear();
    m_starts.clear();
}

qsizetype LogText::lineCount() const
{
    if (m_starts.isEmpty())
        return 0;
    return m_starts.size() - (lastLineOpen(m_text, m_starts) ? 0 : 1);
}

QByteArrayView LogText::line(qsizetype i) const
{
    const qsizetype begin = m_starts.at(i);
    qsizetype end = i + 1 < m_starts.size() ? m_starts.at(i + 1) - 1 : m_text.size();
    if (end > begin && m_text.at(end - 1) == '\r')
        --end;
    return QByteArrayView(m_text.constData() + begin, end - begin);
}

QByteArray LogText::lines(qsizetype first, qsizetype count) const
{
    QByteArray out;
    for (qsizetype i = first; i < first + count && i < lineCount(); ++i) {
        out += line(i);
        out += '\n';
    }
    return out;
}

qsizetype shownPrefix(const QList<QByteArrayView> &previous, const QList<QByteArrayView> &reply)
{
    // Knuth-Morris-Pratt with `reply` as the pattern and `previous` as the text: the state after
    // the last line of `previous` is the longest prefix of `reply` that ends `previous`.
    const qsizetype m = reply.size();
    if (m == 0 || previous.isEmpty())
        return 0;
    QList<qsizetype> border(m, 0);
    for (qsizetype i = 1, k = 0; i < m; ++i) {
        while (k > 0 && reply.at(i) != reply.at(k))
            k = border.at(k - 1);
        if (reply.at(i) == reply.at(k))
            ++k;
        border[i] = k;
    }
    qsizetype matched = 0;
    for (const QByteArrayView &line : previous) {
        while (matched > 0 && (matched == m || line != reply.at(matched)))
            matched = border.at(matched - 1);
        if (line == reply.at(matched))
            ++matched;
    }
    return matched;
}

} // namespace wharf::text
