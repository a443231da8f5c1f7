#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace wharf::text {

// Cuts a top-level JSON array that arrives in pieces into the texts of its elements, so a
// list of 100,000 objects can be decoded one element at a time as the bytes come in instead
// of holding the whole reply and a parsed document of it. It checks the array's framing
// (brackets, commas, strings and nesting); each element's own syntax is the caller's parser's.
class JsonArraySplitter
{
public:
    using Element = std::function<bool(QByteArrayView element)>; // false stops with an error

    // Splits `piece`; calls `element` for every element completed in it. False once the input
    // is not an array or the callback refused an element (see error()).
    bool feed(QByteArrayView piece, const Element &element);
    // The input has ended: false unless exactly one complete array was seen.
    bool finish();
    // Makes the splitter fail with `why` (for a callback that found a bad element).
    void fail(const QString &why);

    // An element longer than this fails the input: a hostile server must not make us hold
    // one endless element (16 MiB by default, far above any real list entry).
    void setMaxElementBytes(qsizetype bytes) { m_maxElement = bytes; }

    QString error() const { return m_error; }
    qint64 elementCount() const { return m_count; }

private:
    enum class State { Before, Open, InElement, AfterElement, After, Failed };
    bool failAt(const QString &why);
    bool endElement(QByteArrayView piece, qsizetype end, const Element &element);

    State m_state = State::Before;
    int m_depth = 0; // nesting inside the current element
    bool m_inString = false;
    bool m_escape = false;
    qsizetype m_start = -1; // where the current element starts in the piece being fed
    QByteArray m_partial; // the current element's bytes from earlier pieces
    qint64 m_offset = 0; // bytes consumed before the current piece, for messages
    qint64 m_count = 0;
    qsizetype m_maxElement = 16 * 1024 * 1024;
    QString m_error;
};

} // namespace wharf::text
