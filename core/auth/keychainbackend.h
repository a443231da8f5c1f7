#pragma once

#include "credentialstore.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace wharf::auth {

// What one QtKeychain job came back with. `error` is a QKeychain::Error.
struct KeychainReply
{
    int error = 0;
    QString message;
    QByteArray data; // reads only

    bool ok() const { return error == 0; }
    bool notFound() const;
};

// Runs single QtKeychain jobs for one service, and knows QtKeychain's quirks: the Linux
// Secret Service that is not up yet right after login (one delayed retry), and what its
// error codes and messages mean for the user. KeychainCredentialStore builds entries on it.
class KeychainBackend : public QObject
{
    Q_OBJECT
public:
    enum class Action { Read, Write, Delete };
    using Done = std::function<void(const KeychainReply &)>;

    explicit KeychainBackend(QObject *parent = nullptr);

    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }
    // Zero or less disables the retry. Defaults to 10 s on Linux and BSD, off elsewhere.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // `mayRetry`: this is the first keychain access of an operation, which is where a backend
    // that is still starting shows; later accesses in the same operation fail fast.
    void run(Action action, const QString &key, const QByteArray &data, bool mayRetry, Done done);

    // Maps a QtKeychain error code and message to our error value.
    static CredentialError errorFromKeychain(int code, const QString &message);
    // Whether a keychain service could answer at all: on Linux and BSD a Secret Service or
    // KWallet that runs or can be started on the session bus. When not, *why says what is
    // missing. Short-lived processes (wharf-cli) use it to fail at once instead of retrying.
    static bool serviceReachable(QString *why = nullptr);

private:
    enum class Attempt { First, Once, Retry };
    void
    start(Action action, const QString &key, const QByteArray &data, Attempt attempt, Done done);
    static bool looksNotUpYet(int error);

    QString m_service;
    std::chrono::milliseconds m_retryDelay;
    bool m_backendSeemsMissing = false; // a retry already failed: don't keep users waiting
};

} // namespace wharf::auth
