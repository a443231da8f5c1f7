#include "cannedserver.h"

#include <QTcpSocket>

namespace wharf::test {

CannedServer::CannedServer(int status, QByteArray body, QByteArray contentType, QObject *parent)
    : QTcpServer(parent)
    , m_status(status)
    , m_body(std::move(body))
    , m_contentType(std::move(contentType))
{
    listen(QHostAddress::LocalHost, 0);
}

QUrl CannedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void CannedServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        if (!buffer->contains("\r\n\r\n"))
            return;
        ++m_requests;
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) + " Canned\r\nContent-Type: "
                      + m_contentType + "\r\nContent-Length: " + QByteArray::number(m_body.size())
                      + "\r\nConnection: close\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace wharf::test
