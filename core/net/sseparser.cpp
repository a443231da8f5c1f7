#include "sseparser.h"

#include <QCoreApplication>

namespace wharf::net {

SseParser::SseParser(qsizetype maxLineBytes, qsizetype maxEventBytes)
    : m_maxLine(maxLineBytes)
    , m_maxEvent(maxEventBytes)
{ }

void SseParser::reset()
{
    m_line.clear();
    m_type.clear();
    m_data.clear();
    m_hasData = false;
    m_afterCr = false;
    m_started = false;
    m_error.clear();
}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    qsizetype at = 0;
    while (at < bytes.size() && !hasError()) {
        if (!m_started) {
            // A UTF-8 BOM may open the stream; it can come split over pieces too.
            static const QByteArray bom("\xEF\xBB\xBF");
            const qsizetype need = bom.size() - m_line.size();
            const QByteArrayView head = bytes.sliced(at, std::min(need, bytes.size() - at));
            if (!bom.startsWith(QByteArray(m_line + head.toByteArray()))) {
                m_started = true; // not a BOM: what was held back is text
                continue;
            }
            m_line += head.toByteArray();
            at += head.size();
            if (m_line.size() == bom.size()) {
                m_line.clear();
                m_started = true;
            }
            continue;
        }
        if (m_afterCr) {
            m_afterCr = false;
            if (bytes.at(at) == '\n') {
                ++at;
                continue;
            }
        }
        qsizetype end = at;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        if (m_line.size() + (end - at) > m_maxLine) {
            m_error = QCoreApplication::translate("SseParser",
                                                  "The server sent an event line longer than %1 "
                                                  "bytes.")
                          .arg(m_maxLine);
            break;
        }
        if (end == bytes.size()) {
            m_line += bytes.sliced(at).toByteArray();
            break;
        }
        m_afterCr = bytes.at(end) == '\r';
        if (m_line.isEmpty()) {
            takeLine(bytes.sliced(at, end - at), out);
        } else {
            m_line += bytes.sliced(at, end - at).toByteArray();
            const QByteArray line = std::exchange(m_line, QByteArray());
            takeLine(line, out);
        }
        at = end + 1;
    }
    return out;
}

void SseParser::takeLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) { // the end of an event
        if (m_hasData) {
            SseEvent event;
            if (!m_type.isEmpty())
                event.type = m_type;
            event.data = m_data;
            event.id = m_lastId;
            out.append(std::move(event));
        }
        m_type.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment (keep-alive)
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxEvent) {
            m_error = QCoreApplication::translate("SseParser",
                                                  "The server sent an event larger than %1 bytes.")
                          .arg(m_maxEvent);
            return;
        }
        if (m_hasData)
            m_data += '\n';
        m_data += value.toByteArray();
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toByteArray().toInt(&ok);
        if (ok && ms >= 0 && !value.contains('+') && !value.contains('-'))
            m_retryMs = ms;
    }
    // Other fields are ignored, as the format says.
}

} // namespace wharf::net
