#include "forwardproxy.h"

#include <QTcpSocket>
#include <QUrl>

// One client connection: reads the request head, then either answers 407, tunnels (CONNECT)
// or forwards to the origin with "Connection: close" and pipes bytes both ways.
class ProxySession : public QObject
{
public:
    ProxySession(ForwardProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        connect(client, &QTcpSocket::disconnected, this, [this] { finish(); });
    }

private:
    void onClientData()
    {
        if (m_upstream) {
            m_upstream->write(m_client->readAll());
            return;
        }
        m_head += m_client->readAll();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray rest = m_head.mid(end + 4);
        const QList<QByteArray> lines = m_head.left(end).split('\n');
        const QList<QByteArray> request = lines.first().trimmed().split(' ');
        if (request.size() != 3) {
            finish();
            return;
        }
        m_proxy->m_requestLines.append(lines.first().trimmed());
        QByteArray auth;
        QByteArray forwarded;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            if (name == "proxy-authorization")
                auth = line.mid(line.indexOf(':') + 1).trimmed();
            else if (name != "proxy-connection" && name != "connection")
                forwarded += line + "\r\n";
        }
        if (!m_proxy->m_expectedAuth.isEmpty() && auth != m_proxy->m_expectedAuth) {
            ++m_proxy->m_rejected;
            m_client->write(
                "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: "
                "Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            m_client->disconnectFromHost();
            return;
        }
        const bool tunnel = request.at(0) == "CONNECT";
        const QUrl url = tunnel ? QUrl(QStringLiteral("//") + QString::fromLatin1(request.at(1)))
                                : QUrl(QString::fromLatin1(request.at(1)));
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
            m_client->write(m_upstream->readAll());
        });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { finish(); });
        const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1()
            + (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
        connect(m_upstream, &QTcpSocket::connected, this, [=, this] {
            if (tunnel) {
                m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            } else {
                m_upstream->write(request.at(0) + ' ' + path + ' ' + request.at(2) + "\r\n"
                                  + forwarded + "Connection: close\r\n\r\n");
            }
            m_upstream->write(rest);
        });
        m_upstream->connectToHost(url.host(), quint16(url.port(80)));
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_client->state() == QAbstractSocket::ConnectedState) {
            m_client->flush();
            m_client->disconnectFromHost();
        }
        if (m_upstream)
            m_upstream->disconnectFromHost();
        deleteLater();
    }

    ForwardProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_head;
    bool m_done = false;
};

ForwardProxy::ForwardProxy(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
}

void ForwardProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_expectedAuth = "Basic " + (user + ':' + password).toBase64();
}

void ForwardProxy::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket;
    socket->setSocketDescriptor(descriptor);
    new ProxySession(this, socket);
}
