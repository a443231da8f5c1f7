#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace wharf::net {

// One server-sent event as the HTML standard's event-stream format defines it.
struct SseEvent
{
    QByteArray type = "message"; // the `event:` field, "message" when absent
    QByteArray data; // the `data:` lines joined with '\n'
    QByteArray id; // the last `id:` seen so far in the stream (it carries over events)
};

// Turns the bytes of a text/event-stream, in pieces cut anywhere, into events: `event:`,
// `data:` (several lines join), `id:`, `retry:`, comments (":"), CR, LF or CRLF line ends, a
// leading BOM. A line or an event longer than the limits is refused: a hostile server must not
// make us hold an endless line. After an error nothing more is parsed.
class SseParser
{
public:
    explicit SseParser(qsizetype maxLineBytes = 64 * 1024, qsizetype maxEventBytes = 1024 * 1024);

    // The events completed by this piece, in order.
    QList<SseEvent> feed(QByteArrayView bytes);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; } // translated
    QByteArray lastEventId() const { return m_lastId; }
    int retryMs() const { return m_retryMs; } // -1 until the server sends `retry:`
    // Forgets a partial line and event (a new connection); keeps the last event id.
    void reset();

private:
    void takeLine(QByteArrayView line, QList<SseEvent> &out);

    qsizetype m_maxLine;
    qsizetype m_maxEvent;
    QByteArray m_line; // the incomplete last line of what came so far
    QByteArray m_type;
    QByteArray m_data;
    bool m_hasData = false;
    QByteArray m_lastId;
    int m_retryMs = -1;
    bool m_afterCr = false; // the last piece ended in CR: a LF that follows ends nothing
    bool m_started = false; // past a possible BOM
    QString m_error;
};

} // namespace wharf::net
