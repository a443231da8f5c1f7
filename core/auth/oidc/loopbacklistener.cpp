#include "loopbacklistener.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace wharf::auth::oidc {

namespace {
constexpr qsizetype kMaxHeader = 16 * 1024; // a browser's GET with a long query fits easily
constexpr int kSocketTimeoutMs = 10000; // idle or pre-connected sockets are dropped
const QString kPath = QStringLiteral("/callback");
} // namespace

LoopbackListener::LoopbackListener(Judge judge, QObject *parent)
    : QObject(parent)
    , m_judge(std::move(judge))
    , m_server(new QTcpServer(this))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::minutes(5));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        close();
        Q_EMIT timedOut();
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

LoopbackListener::~LoopbackListener()
{
    close();
}

bool LoopbackListener::listen(QString *error)
{
    // IPv4 loopback only: RFC 8252 §8.3 and anchors' anti-pattern (listen() on every interface).
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        *error = tr("Could not open a local port for the browser to return to: %1")
                     .arg(m_server->errorString());
        return false;
    }
    m_timeout.start();
    return true;
}

void LoopbackListener::close()
{
    m_timeout.stop();
    m_server->close();
}

bool LoopbackListener::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackListener::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackListener::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(kPath));
}

void LoopbackListener::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
    if (m_timeout.isActive())
        m_timeout.start();
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(kSocketTimeoutMs);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("wharfDone").toBool())
                return;
            const QByteArray buffered = socket->peek(kMaxHeader + 1);
            const qsizetype end = buffered.indexOf("\r\n\r\n");
            if (end < 0 && buffered.size() <= kMaxHeader)
                return; // wait for the whole header
            socket->setProperty("wharfDone", true);
            const QByteArray head = socket->readAll();
            handle(socket, end < 0 ? QByteArray() : head.left(head.indexOf("\r\n")));
        });
    }
}

void LoopbackListener::handle(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    const QUrl target = parts.size() == 3 ? QUrl(QString::fromLatin1(parts.at(1))) : QUrl();
    if (parts.size() != 3 || parts.at(0) != "GET" || target.path() != kPath) {
        answer(socket, 404, tr("Not found"), tr("There is nothing here."));
        return;
    }
    const QUrlQuery query(target);
    const Decision decision = m_judge(query);
    switch (decision.verdict) {
    case Verdict::Ignore:
        answer(socket, 400, tr("Sign-in failed"), decision.message);
        Q_EMIT rejected(decision.message);
        return;
    case Verdict::Fail:
        answer(socket, 400, tr("Sign-in failed"), decision.message);
        break;
    case Verdict::Accept:
        answer(socket,
               200,
               tr("Signed in"),
               tr("You can close this window and return to %1.")
                   .arg(QCoreApplication::applicationName()));
        break;
    }
    close();
    Q_EMIT completed(query, decision.verdict == Verdict::Fail ? decision.message : QString());
}

void LoopbackListener::answer(QTcpSocket *socket,
                              int status,
                              const QString &title,
                              const QString &text)
{
    const QByteArray html
        = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                         "<title>%1</title></head><body style=\"font-family:sans-serif;"
                         "margin:3em auto;max-width:36em\"><h1>%1</h1><p>%2</p></body>"
                         "</html>")
              .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
              .toUtf8();
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                  + QByteArray::number(html.size())
                  + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
                    "Connection: close\r\n\r\n"
                  + html);
    // Answered sockets live on their own until the page is delivered, so closing or
    // deleting the listener right after a callback cannot cut the page short.
    socket->setParent(nullptr);
    socket->disconnectFromHost();
}

} // namespace wharf::auth::oidc
