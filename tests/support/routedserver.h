#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace wharf::test {

// A loopback HTTP/1.1 server whose replies come from a function of the request: for tests
// that need a server to react to what the client sends (tokens, bodies, order of calls).
class RoutedServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query, as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 receivedAtMs = 0;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body = "{}";
        int delayMs = 0; // answer this much later (keeps a call "in flight")
        QByteArray headers = {}; // extra header lines, each ending in "\r\n"
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit RoutedServer(Handler handler, QObject *parent = nullptr);
    QUrl url(const QString &path = QString()) const;
    // Every request received so far, in arrival order.
    const QList<Request> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace wharf::test
