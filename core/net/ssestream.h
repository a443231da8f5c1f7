#pragma once

#include "apirequest.h"
#include "sseparser.h"

#include <QObject>
#include <QPointer>

namespace wharf::net {

class ApiCall;
class HttpClient;

// One connection to a server-sent event stream: sends `request` as a stream without an
// inactivity timeout, says when the server has answered (opened), hands over each event as
// it completes, and says once when the stream has ended, with the reason. Reconnecting is the
// owner's decision (open() again); the last event id goes with it as Last-Event-ID.
class SseStream : public QObject
{
    Q_OBJECT
public:
    SseStream(HttpClient *client, ApiRequest request, QObject *parent = nullptr);
    ~SseStream() override;

    // Connects (again); a connection still open is dropped first, without ended().
    void open();
    // Drops the connection without ended().
    void close();
    bool isConnecting() const { return !m_call.isNull() && !m_open; }
    bool isOpen() const { return m_open; }
    QByteArray lastEventId() const { return m_parser.lastEventId(); }
    // The server's `retry:` advice in ms, or -1.
    int retryMs() const { return m_parser.retryMs(); }
    void setLimits(qsizetype maxLineBytes, qsizetype maxEventBytes);

Q_SIGNALS:
    void opened();
    void eventReceived(const wharf::net::SseEvent &event);
    // The server closed the stream (error unset), or it failed: refused, cut, bad event.
    void ended(const wharf::net::ApiError &error);

private:
    void feed(const QByteArray &chunk);

    QPointer<HttpClient> m_client;
    ApiRequest m_request;
    SseParser m_parser;
    QPointer<ApiCall> m_call;
    bool m_open = false;
};

} // namespace wharf::net
Q_DECLARE_METATYPE(wharf::net::SseEvent)
