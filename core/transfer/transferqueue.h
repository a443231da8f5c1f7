#pragma once

#include "connectionsettings.h"
#include "curlrequest.h"
#include "net/retrypolicy.h"
#include "transfer.h"
#include "transferspec.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace wharf::transfer {

class CurlEngine;

// Owns every transfer: runs at most maxConcurrent() at once, pauses all at once, and keeps
// the list in `stateDir`/transfers.json across restarts. The file holds no secret: tokens,
// proxy and pin are asked of the ConnectionProvider per account whenever a request starts.
// After a restart, what can resume (Range downloads, tus uploads) resumes; the rest shows as
// Interrupted until the user retries it.
class TransferQueue : public QObject
{
    Q_OBJECT
public:
    using ConnectionProvider = std::function<ConnectionSettings(const QString &accountId)>;

    TransferQueue(const QString &stateDir, ConnectionProvider provider, QObject *parent = nullptr);
    ~TransferQueue() override;

    // Loads the saved queue (call once, after connecting models) and resumes what can resume.
    void restore();
    Transfer *enqueue(TransferSpec spec);

    int count() const { return int(m_transfers.size()); }
    Transfer *at(int row) const { return m_transfers.value(row); }
    int indexOf(const Transfer *transfer) const;
    Transfer *find(const QString &id) const;
    QList<Transfer *> transfers() const { return m_transfers; }

    bool pause(const QString &id);
    void resume(const QString &id);
    void retry(const QString &id);
    void cancel(const QString &id);
    // Cancels it if it still runs (a partial download is deleted) and drops it from the list.
    void remove(const QString &id);
    void clearFinished();

    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }
    // Global pause: nothing new starts, running resumable transfers pause (raw uploads,
    // which cannot resume, run to their end). Unpausing resumes what this paused.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Applied to transfers enqueued or restored afterwards.
    void setRetryPolicy(const net::RetryPolicy &policy) { m_policy = policy; }
    void setProgressInterval(int ms) { m_progressInterval = ms; }

    CurlEngine *engine() const { return m_engine; }
    QString stateFile() const;
    void saveNow();

Q_SIGNALS:
    void transferAboutToBeAdded(int row);
    void transferAdded(int row);
    void transferAboutToBeRemoved(int row);
    void transferRemoved(int row);
    void pausedChanged(bool paused);
    void transferFinished(wharf::transfer::Transfer *transfer);
    // Headers of every reply, per account (Project-W rotates its session cookie on any).
    void responseHeadersReceived(const QString &accountId,
                                 const wharf::transfer::HeaderList &headers,
                                 int httpStatus);

private:
    Transfer *adopt(TransferSpec spec);
    void append(Transfer *transfer);
    void schedule();
    void scheduleSoon() { m_scheduleTimer.start(); }
    void saveSoon() { m_saveTimer.start(); }

    CurlEngine *m_engine;
    QString m_dir;
    ConnectionProvider m_provider;
    QList<Transfer *> m_transfers;
    QSet<QString> m_pausedByQueue;
    net::RetryPolicy m_policy;
    int m_maxConcurrent = 3;
    int m_progressInterval = 250;
    bool m_paused = false;
    QTimer m_scheduleTimer;
    QTimer m_saveTimer;
};

} // namespace wharf::transfer
