#include "jsonstringdecoder.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace wharf::text {

namespace {

char *appendUtf8(char32_t cp, char *out)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

// Bytes that end a run of plain string content: the quote, the backslash, control characters.
constexpr std::array<bool, 256> kStops = [] {
    std::array<bool, 256> stops {};
    for (int c = 0; c < 0x20; ++c)
        stops[c] = true;
    stops['"'] = stops['\\'] = true;
    return stops;
}();

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

bool JsonStringDecoder::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("JsonStringDecoder", "%1 (at byte %2)")
                      .arg(why)
                      .arg(m_offset);
    return false;
}

char *JsonStringDecoder::flushLoneSurrogate(char *out)
{
    if (!m_highSurrogate)
        return out;
    m_highSurrogate = 0;
    return appendUtf8(0xFFFD, out); // a high half with no low half: replaced
}

char *JsonStringDecoder::appendCodeUnit(char16_t unit, char *out)
{
    const bool high = unit >= 0xD800 && unit <= 0xDBFF;
    const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
    if (m_highSurrogate && low) {
        out = appendUtf8(0x10000 + ((char32_t(m_highSurrogate) - 0xD800) << 10) + (unit - 0xDC00),
                         out);
        m_highSurrogate = 0;
        return out;
    }
    out = flushLoneSurrogate(out);
    if (high)
        m_highSurrogate = unit;
    else
        out = appendUtf8(low ? 0xFFFD : unit, out);
    return out;
}

bool JsonStringDecoder::feed(QByteArrayView piece, QByteArray &out)
{
    if (!m_error.isEmpty())
        return false;
    // Decoded text is never longer than its escaped form, except for a replacement character
    // (3 bytes) owed from the previous piece: room for that, then one write pointer.
    const qsizetype base = out.size();
    out.resize(base + piece.size() + 4);
    char *dst = out.data() + base;
    const bool ok = decode(piece, dst);
    out.resize(dst - out.constData());
    return ok;
}

bool JsonStringDecoder::decode(QByteArrayView piece, char *&dst)
{
    const char *p = piece.data();
    const char *const end = p + piece.size();
    while (p < end) {
        switch (m_state) {
        case State::Before:
            if (isSpace(*p)) {
                ++p, ++m_offset;
                continue;
            }
            if (*p != '"')
                return fail(QCoreApplication::translate("JsonStringDecoder",
                                                        "The reply is not a JSON string"));
            m_state = State::InString;
            ++p, ++m_offset;
            continue;
        case State::InString: {
            // The common case: a run of plain bytes, copied in one go.
            const char *run = p;
            while (run < end && !kStops[uchar(*run)])
                ++run;
            if (run > p) {
                dst = flushLoneSurrogate(dst);
                std::memcpy(dst, p, size_t(run - p));
                dst += run - p;
                m_offset += run - p;
                p = run;
                continue;
            }
            if (*p == '"') {
                dst = flushLoneSurrogate(dst);
                m_state = State::After;
            } else if (*p == '\\') {
                m_state = State::Escape;
            } else {
                return fail(QCoreApplication::translate(
                    "JsonStringDecoder", "A control character inside the JSON string"));
            }
            ++p, ++m_offset;
            continue;
        }
        case State::Escape: {
            char plain = 0;
            switch (*p) {
            case '"':
                plain = '"';
                break;
            case '\\':
                plain = '\\';
                break;
            case '/':
                plain = '/';
                break;
            case 'b':
                plain = '\b';
                break;
            case 'f':
                plain = '\f';
                break;
            case 'n':
                plain = '\n';
                break;
            case 'r':
                plain = '\r';
                break;
            case 't':
                plain = '\t';
                break;
            case 'u':
                m_state = State::Unicode;
                m_unit = 0;
                m_digits = 0;
                ++p, ++m_offset;
                continue;
            default:
                return fail(QCoreApplication::translate("JsonStringDecoder",
                                                        "An invalid escape in the JSON string"));
            }
            dst = flushLoneSurrogate(dst);
            *dst++ = plain;
            m_state = State::InString;
            ++p, ++m_offset;
            continue;
        }
        case State::Unicode: {
            const int v = hexValue(*p);
            if (v < 0)
                return fail(QCoreApplication::translate(
                    "JsonStringDecoder", "An invalid \\u escape in the JSON string"));
            m_unit = char16_t((m_unit << 4) | v);
            ++p, ++m_offset;
            if (++m_digits == 4) {
                dst = appendCodeUnit(m_unit, dst);
                m_state = State::InString;
            }
            continue;
        }
        case State::After:
            if (!isSpace(*p))
                return fail(QCoreApplication::translate("JsonStringDecoder",
                                                        "More data after the JSON string"));
            ++p, ++m_offset;
            continue;
        }
    }
    return true;
}

bool JsonStringDecoder::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_state == State::After)
        return true;
    return fail(
        m_state == State::Before
            ? QCoreApplication::translate("JsonStringDecoder", "The reply is empty")
            : QCoreApplication::translate("JsonStringDecoder", "The JSON string breaks off"));
}

} // namespace wharf::text
