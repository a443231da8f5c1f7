#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wharf::text {

// Decodes one JSON string literal ("a\nb\u00e9") that arrives in pieces into UTF-8, without
// ever holding the encoded reply: each piece is unescaped as it comes and appended to `out`.
// Escapes split across pieces are carried over. Whitespace around the literal is allowed,
// anything else (an object, a second value) is an error. Servers send whole logs this way.
class JsonStringDecoder
{
public:
    // Unescapes `piece` onto `out`. False once the input is not a JSON string (see error()).
    bool feed(QByteArrayView piece, QByteArray &out);
    // The input has ended: false unless exactly one complete literal was seen.
    bool finish();
    QString error() const { return m_error; }
    // At least one byte of the literal's content was decoded or the literal is complete.
    bool started() const { return m_state != State::Before; }

private:
    enum class State { Before, InString, Escape, Unicode, After };
    bool fail(const QString &why);
    bool decode(QByteArrayView piece, char *&dst);
    // These write at `out` and return the position after what they wrote.
    char *appendCodeUnit(char16_t unit, char *out);
    char *flushLoneSurrogate(char *out);

    State m_state = State::Before;
    char16_t m_unit = 0; // the \u escape being read
    int m_digits = 0;
    char16_t m_highSurrogate = 0; // waiting for its low half
    qint64 m_offset = 0; // bytes consumed, for messages
    QString m_error;
};

} // namespace wharf::text
