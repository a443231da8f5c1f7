#include "ssestream.h"

#include "apicall.h"
#include "httpclient.h"
#include "then.h"

namespace wharf::net {

SseStream::SseStream(HttpClient *client, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    m_request.stream = true;
    m_request.timeoutMs = 0; // silent for as long as nothing happens
    m_request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
    m_request.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
}

SseStream::~SseStream()
{
    close();
}

void SseStream::setLimits(qsizetype maxLineBytes, qsizetype maxEventBytes)
{
    m_parser = SseParser(maxLineBytes, maxEventBytes);
}

void SseStream::close()
{
    if (m_call) {
        // Later, not now: close() may run inside one of the call's own signals.
        m_call->disconnect(this);
        m_call->deleteLater(); // cancels silently
        m_call.clear();
    }
    m_open = false;
}

void SseStream::open()
{
    close();
    if (!m_client)
        return;
    m_parser.reset();
    ApiRequest request = m_request;
    if (!m_parser.lastEventId().isEmpty())
        request.headers.append(qMakePair(QByteArray("Last-Event-ID"), m_parser.lastEventId()));
    ApiCall *call = m_client->send(request, this);
    m_call = call;
    connect(call, &ApiCall::streamStarted, this, [this] {
        m_open = true;
        Q_EMIT opened();
    });
    connect(call, &ApiCall::dataReceived, this, &SseStream::feed);
    then(call, this, [this](const ApiResponse &response) {
        m_call.clear();
        m_open = false;
        ApiError error = response.error;
        if (!error && !response.body.isEmpty()) {
            for (const SseEvent &event : m_parser.feed(response.body)) { // came with the end
                Q_EMIT eventReceived(event);
                if (m_call)
                    return; // reopened meanwhile: this end is no longer news
            }
        }
        if (m_parser.hasError()) // the call was cancelled for it (feed)
            error = ApiError::make(ApiError::Kind::BadResponse, m_parser.error(), response.status);
        Q_EMIT ended(error);
    });
}

void SseStream::feed(const QByteArray &chunk)
{
    const QPointer<ApiCall> call = m_call;
    for (const SseEvent &event : m_parser.feed(chunk)) {
        Q_EMIT eventReceived(event);
        if (m_call != call)
            return; // the receiver closed or reopened the stream
    }
    if (m_parser.hasError() && m_call)
        m_call->cancel(); // ends the call; ended() reports the parser's error
}

} // namespace wharf::net
