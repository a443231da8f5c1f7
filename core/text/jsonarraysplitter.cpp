#include "jsonarraysplitter.h"

#include <QCoreApplication>

namespace wharf::text {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
QString say(const char *text)
{
    return QCoreApplication::translate("JsonArraySplitter", text);
}
} // namespace

bool JsonArraySplitter::failAt(const QString &why)
{
    fail(why);
    return false;
}

void JsonArraySplitter::fail(const QString &why)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_error = why;
    m_partial.clear();
}

// The element ends before `end` in `piece` (its start is m_start, or earlier pieces).
bool JsonArraySplitter::endElement(QByteArrayView piece, qsizetype end, const Element &element)
{
    QByteArrayView text;
    if (m_partial.isEmpty()) {
        text = piece.sliced(m_start, end - m_start);
    } else {
        m_partial.append(piece.first(end));
        text = m_partial;
    }
    ++m_count;
    const bool accepted = element(text);
    m_partial.clear();
    m_start = -1;
    if (!accepted) {
        fail(say(QT_TRANSLATE_NOOP("JsonArraySplitter", "an element was refused")));
        return false; // (a callback that failed us first keeps its own reason)
    }
    m_state = State::AfterElement;
    return true;
}

bool JsonArraySplitter::feed(QByteArrayView piece, const Element &element)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::InElement)
        m_start = 0; // continues from the previous piece
    for (qsizetype i = 0; i < piece.size(); ++i) {
        const char c = piece[i];
        switch (m_state) {
        case State::Before:
            if (c == '[')
                m_state = State::Open;
            else if (!isSpace(c))
                return failAt(say(QT_TRANSLATE_NOOP("JsonArraySplitter", "expected a list")));
            break;
        case State::Open:
        case State::AfterElement:
            if (isSpace(c))
                break;
            if (c == ']' && (m_state == State::AfterElement || m_count == 0)) {
                m_state = State::After;
                break;
            }
            if (m_state == State::AfterElement) {
                if (c != ',')
                    return failAt(
                        say(QT_TRANSLATE_NOOP("JsonArraySplitter", "expected , or ] at byte %1"))
                            .arg(m_offset + i));
                m_state = State::Open; // a value must follow: Open refuses ']' after one
                break;
            }
            if (c == ',' || c == ']' || c == '}' || c == ':')
                return failAt(
                    say(QT_TRANSLATE_NOOP("JsonArraySplitter", "expected a value at byte %1"))
                        .arg(m_offset + i));
            m_state = State::InElement;
            m_start = i;
            m_depth = 0;
            m_inString = false;
            m_escape = false;
            [[fallthrough]];
        case State::InElement:
            if (m_inString) {
                if (m_escape) {
                    m_escape = false;
                } else if (c == '\\') {
                    m_escape = true;
                } else if (c == '"') {
                    m_inString = false;
                    if (m_depth == 0 && !endElement(piece, i + 1, element)) // a string element
                        return false;
                }
                break;
            }
            if (c == '"') {
                m_inString = true;
            } else if (c == '{' || c == '[') {
                ++m_depth;
            } else if (c == '}' || c == ']') {
                if (m_depth == 0) { // after a number, true, false or null
                    if (c == '}')
                        return failAt(
                            say(QT_TRANSLATE_NOOP("JsonArraySplitter", "unbalanced } at byte %1"))
                                .arg(m_offset + i));
                    if (!endElement(piece, i, element))
                        return false;
                    m_state = State::After;
                } else if (--m_depth == 0 && !endElement(piece, i + 1, element)) {
                    return false; // an object or array element
                }
            } else if (m_depth == 0 && (c == ',' || isSpace(c))) {
                if (!endElement(piece, i, element))
                    return false;
                if (c == ',')
                    m_state = State::Open;
            }
            break;
        case State::After:
            if (!isSpace(c))
                return failAt(say(QT_TRANSLATE_NOOP("JsonArraySplitter",
                                                    "more data after the list at byte %1"))
                                  .arg(m_offset + i));
            break;
        case State::Failed:
            return false;
        }
    }
    if (m_state == State::InElement) {
        if (m_partial.size() + piece.size() - m_start > m_maxElement)
            return failAt(
                say(QT_TRANSLATE_NOOP("JsonArraySplitter", "element %1 is larger than %2 bytes"))
                    .arg(m_count + 1)
                    .arg(m_maxElement));
        m_partial.append(piece.sliced(m_start));
        m_start = -1;
    }
    m_offset += piece.size();
    return true;
}

bool JsonArraySplitter::finish()
{
    if (m_state == State::Failed)
        return false;
    if (m_state != State::After)
        return failAt(m_state == State::Before
                          ? say(QT_TRANSLATE_NOOP("JsonArraySplitter", "the reply is empty"))
                          : say(QT_TRANSLATE_NOOP("JsonArraySplitter", "the list is cut short")));
    return true;
}

} // namespace wharf::text
