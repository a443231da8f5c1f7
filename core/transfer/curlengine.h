#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QSocketNotifier;

namespace wharf::transfer {

class CurlRequest;

// Runs libcurl's multi-socket API on the Qt event loop: libcurl says which sockets it waits
// on and when it next needs a timeout, and the engine turns that into QSocketNotifiers and one
// single-shot QTimer. No threads, no blocking calls, no nested event loops.
//
// libcurl forbids calling back into the multi handle from inside its callbacks, so every
// start or abort requested while libcurl is on the stack is deferred to the event loop.
class CurlEngine : public QObject
{
    Q_OBJECT
public:
    explicit CurlEngine(QObject *parent = nullptr);
    ~CurlEngine() override;

    // Starts the request; it reports through its finished callback, never from within this
    // call. The engine does not own the request; destroying a running request aborts it.
    void start(CurlRequest *request);
    // Stops the request at once without calling its finished callback.
    void abort(CurlRequest *request);

    int runningRequests() const { return int(m_requests.size()); }

    // For tests: sockets libcurl currently watches (one notifier pair each), and how often a
    // multi call was refused because it came from inside a libcurl callback (must stay 0).
    int watchedSockets() const { return int(m_sockets.size()); }
    int recursiveCalls() const { return m_recursiveCalls; }
    bool insideLibcurl() const { return m_depth > 0; }

private:
    friend struct EngineCallbacks;
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    void updateSocket(int fd, int what, Watch *watch);
    void dropWatch(int fd, Watch *watch);
    void socketAction(int fd, int events);
    void addNow(CurlRequest *request);
    void removeNow(CurlRequest *request);
    void runDeferred();
    void collectFinished();
    void deliverFinished();
    void checkCode(int multiCode, const char *what);

    void *m_multi = nullptr;
    QTimer m_timer;
    QTimer m_deferred; // zero-interval: runs what was asked for inside libcurl
    QHash<int, Watch *> m_sockets;
    QSet<CurlRequest *> m_requests; // added to the multi handle
    QList<CurlRequest *> m_pendingStarts;
    QList<CurlRequest *> m_pendingRemovals;
    QList<QPair<CurlRequest *, int>> m_finished; // removed, result code, callback not yet run
    int m_depth = 0; // > 0 while a curl_multi_* call (and so any libcurl callback) is running
    int m_recursiveCalls = 0;
    bool m_delivering = false;
};

} // namespace wharf::transfer
