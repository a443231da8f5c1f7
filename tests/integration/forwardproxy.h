#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

// A loopback HTTP forward proxy for the transfer tests: forwards absolute-form requests
// (rewritten to origin form, one request per connection) and CONNECT tunnels, counts what it
// saw and can demand Basic proxy credentials.
class ForwardProxy : public QTcpServer
{
    Q_OBJECT
public:
    explicit ForwardProxy(QObject *parent = nullptr);
    void requireCredentials(const QByteArray &user, const QByteArray &password);
    quint16 port() const { return serverPort(); }
    int requestCount() const { return int(m_requestLines.size()); }
    int rejectedCount() const { return m_rejected; }
    QList<QByteArray> requestLines() const { return m_requestLines; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ProxySession;
    QByteArray m_expectedAuth; // "Basic ..." or empty
    QList<QByteArray> m_requestLines;
    int m_rejected = 0;
};
