#pragma once

#include <QTcpServer>
#include <QUrl>

namespace wharf::test {

// A loopback HTTP server that gives the same canned reply to every request: stands in for
// "a server that is none of the three platforms" and for hostile replies.
class CannedServer : public QTcpServer
{
    Q_OBJECT
public:
    CannedServer(int status, QByteArray body, QByteArray contentType, QObject *parent = nullptr);
    QUrl url() const;
    int requestCount() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    int m_status;
    QByteArray m_body;
    QByteArray m_contentType;
    int m_requests = 0;
};

} // namespace wharf::test
