#include "routedserver.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace wharf::test {

namespace {

// Parses one complete request from the front of buffer; false while more bytes are needed.
bool takeRequest(QByteArray *buffer, RoutedServer::Request *request)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer->left(end).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request->method = start.value(0);
    request->path = start.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request->headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request->headers.value("content-length").toLongLong();
    if (buffer->size() < end + 4 + length)
        return false;
    request->body = buffer->mid(end + 4, length);
    buffer->remove(0, end + 4 + length);
    return true;
}

} // namespace

RoutedServer::RoutedServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    listen(QHostAddress::LocalHost, 0);
}

QUrl RoutedServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

void RoutedServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        Request request;
        if (!takeRequest(buffer.get(), &request))
            return;
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_requests << request;
        const Reply reply = m_handler(request);
        const QByteArray bytes = "HTTP/1.1 " + QByteArray::number(reply.status)
            + " Routed\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n" + reply.headers
            + "\r\n" + reply.body;
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(reply.delayMs, this, [alive, bytes] {
            if (!alive)
                return;
            alive->write(bytes);
            alive->disconnectFromHost();
        });
    });
}

} // namespace wharf::test
