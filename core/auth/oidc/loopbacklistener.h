#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace wharf::auth::oidc {

// The redirect target of a browser sign-in (RFC 8252 §7.3): an HTTP listener on 127.0.0.1
// only (never another interface, never "localhost" that might resolve elsewhere), on a port
// the OS picks, serving GET /callback once. It closes after the accepted callback, on
// close(), on destruction and when the timeout passes.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Accept, // the authorization response for our request: answer, close, report it
        Ignore, // not ours (wrong state): answer with an error page, keep waiting
        Fail, // ours but unusable (error, iss mismatch): answer, close, report it
    };
    struct Decision
    {
        Verdict verdict = Verdict::Ignore;
        QString message; // translated; shown on the page and reported
    };
    using Judge = std::function<Decision(const QUrlQuery &)>;

    explicit LoopbackListener(Judge judge, QObject *parent = nullptr);
    ~LoopbackListener() override;

    bool listen(QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl redirectUri() const; // http://127.0.0.1:<port>/callback
    void setTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    // The callback was judged Accept or Fail; the listener is closed by now.
    void completed(const QUrlQuery &query, const QString &failure);
    void rejected(const QString &reason); // a request that was not ours (logged, tests)
    void timedOut();

private:
    void onNewConnection();
    void handle(QTcpSocket *socket, const QByteArray &requestLine);
    static void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);

    Judge m_judge;
    QTcpServer *m_server;
    QTimer m_timeout;
};

} // namespace wharf::auth::oidc
