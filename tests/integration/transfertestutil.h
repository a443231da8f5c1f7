#pragma once

#include "transfer/curlengine.h"
#include "transfer/curlrequest.h"
#include "transfer/transfer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wharf::test {
struct ServerInfo;
}

// Helpers shared by the transfer tests.
namespace transfertest {

// Byte i of the emulators' /__wharf__/bytes stream is i % 251.
QByteArray pattern(qint64 offset, qint64 size);
// A file of `size` pseudo-random bytes; returns its hex SHA-256.
QByteArray writeRandomFile(const QString &path, qint64 size);
QByteArray sha256Hex(const QString &path);
// Runs one request to its end; false on timeout.
bool run(wharf::transfer::CurlEngine &engine,
         wharf::transfer::CurlRequest &request,
         wharf::transfer::CurlResult *result,
         int timeoutMs = 20000);
bool waitFinished(const wharf::transfer::Transfer *transfer, int timeoutMs = 30000);
// Direct connection, test token, short stall timeout.
wharf::transfer::ConnectionSettings directSettings(const QString &token
                                                   = QStringLiteral("test-token"));
wharf::net::RetryPolicy fastRetries(int attempts = 5);

// GET or POST on a fault proxy's control port (/stats, /reset-stats); blocking, test setup only.
QJsonObject proxyControl(const wharf::test::ServerInfo &proxy,
                         const QByteArray &method,
                         const QByteArray &path);
// GET on an emulator, blocking (test verification only); the body as JSON.
QJsonObject getJson(const QUrl &url);

// Redirects the process's stderr (fd 2) into a file until finish().
class StderrCapture
{
public:
    StderrCapture();
    ~StderrCapture();
    QByteArray finish();

private:
    int m_saved = -1;
    QString m_path;
};

// Collects every Qt message while alive (and still passes them on).
class MessageCapture
{
public:
    MessageCapture();
    ~MessageCapture();
    QStringList messages() const;
};

} // namespace transfertest
