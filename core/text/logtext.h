#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace wharf::text {

// A log as one UTF-8 buffer and the offset where each line starts: a million lines cost one
// allocation for the text and one for the index, and a line is a view into the buffer (the
// log view builds a QString only for the lines it paints).
class LogText
{
public:
    // Appends decoded text; a line is complete at its '\n'. Text after the last '\n' stays an
    // open line that the next append continues.
    void append(QByteArrayView utf8);
    // Appends one line (without its '\n'), closing an open line first.
    void appendLine(QByteArrayView line);
    // Closes an open last line: the log ended without a final newline.
    void closeLine();
    void clear();

    // Complete lines plus the open one, if any.
    qsizetype lineCount() const;
    // Line `i` without its line break ("\r\n" counts as one).
    QByteArrayView line(qsizetype i) const;
    qsizetype byteSize() const { return m_text.size(); }
    // The lines [first, first + count) as text with '\n' after each (for copy and save).
    QByteArray lines(qsizetype first, qsizetype count) const;

private:
    QByteArray m_text;
    QList<qsizetype> m_starts; // m_starts[i] = offset of line i; one more entry than lines
                               // once the last line is complete
};

// Follow mode joins consecutive polls of a log that has no line ids. Each poll asks for the
// lines since the second of the previous reply (the server's Date header, one-second
// resolution), so a reply starts with the lines the previous reply ended with from that second
// on, then the new ones. The rule: the already-shown part is the longest prefix of `reply`
// that equals a suffix of `previous` (the previous reply's lines, which end the shown log);
// everything after it is new.
//
// The case it gets wrong, accepted: a run of identical lines that crosses into the second the
// poll starts at. Those lines are all taken as shown, so the ones of the new second that repeat
// the run are dropped (for "x" logged at 12:00:00.9 and again at 12:00:01.1 with a poll at
// 12:00:01.0, the second "x" is not shown). Identical lines within one second are joined right.
// Returns how many leading lines of `reply` are already shown. Linear time (KMP).
qsizetype shownPrefix(const QList<QByteArrayView> &previous, const QList<QByteArrayView> &reply);

} // namespace wharf::text
