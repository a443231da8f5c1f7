#include "transferqueue.h"

#include "curlengine.h"
#include "queuefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace wharf::transfer {

TransferQueue::TransferQueue(const QString &stateDir, ConnectionProvider provider, QObject *parent)
    : QObject(parent)
    , m_engine(new CurlEngine(this))
    , m_dir(stateDir)
    , m_provider(std::move(provider))
{
    m_scheduleTimer.setSingleShot(true);
    m_scheduleTimer.setInterval(0);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &TransferQueue::schedule);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &TransferQueue::saveNow);
}

TransferQueue::~TransferQueue()
{
    // Saved first, while running transfers still say "running": those resume next time.
    saveNow();
    for (Transfer *transfer : std::as_const(m_transfers)) {
        transfer->disconnect(this);
        delete transfer;
    }
}

QString TransferQueue::stateFile() const
{
    return QDir(m_dir).filePath(QStringLiteral("transfers.json"));
}

int TransferQueue::indexOf(const Transfer *transfer) const
{
    return int(m_transfers.indexOf(const_cast<Transfer *>(transfer)));
}

Transfer *TransferQueue::find(const QString &id) const
{
    for (Transfer *transfer : m_transfers) {
        if (transfer->id() == id)
            return transfer;
    }
    return nullptr;
}

Transfer *TransferQueue::enqueue(TransferSpec spec)
{
    if (spec.id.isEmpty())
        spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transfer *transfer = adopt(std::move(spec));
    append(transfer);
    saveSoon();
    scheduleSoon();
    return transfer;
}

void TransferQueue::restore()
{
    QFile file(stateFile());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_paused = root.value(QLatin1String("paused")).toBool();
    for (const QJsonValue &id : root.value(QLatin1String("pausedByQueue")).toArray())
        m_pausedByQueue.insert(id.toString());
    for (const QJsonValue &value : root.value(QLatin1String("transfers")).toArray()) {
        const auto entry = queueEntryFromJson(value.toObject());
        if (!entry || find(entry->spec.id))
            continue;
        Transfer *transfer = adopt(entry->spec);
        Transfer::State state = entry->state;
        net::ApiError error = entry->error;
        const bool wasActive
            = state == Transfer::State::Running || state == Transfer::State::Retrying;
        const bool over = state == Transfer::State::Completed || state == Transfer::State::Failed
            || state == Transfer::State::Cancelled;
        if (entry->urlWithheld && !over) {
            state = Transfer::State::Failed;
            error = net::ApiError::make(net::ApiError::Kind::Validation,
                                        tr("Its address held a secret that is never saved; "
                                           "start this transfer again."));
        } else if (wasActive) {
            if (transfer->isResumable()) {
                state = Transfer::State::Queued;
            } else {
                state = Transfer::State::Interrupted;
                error = net::ApiError::make(net::ApiError::Kind::Network,
                                            tr("Interrupted when Wharf quit; this upload cannot "
                                               "resume. Retry sends the file again."));
            }
        }
        transfer->restore(state, entry->done, entry->total, error);
        append(transfer);
    }
    scheduleSoon();
}

Transfer *TransferQueue::adopt(TransferSpec spec)
{
    const QString account = spec.accountId;
    auto *transfer = new Transfer(m_engine, std::move(spec), this);
    transfer->setRetryPolicy(m_policy);
    transfer->setProgressInterval(m_progressInterval);
    transfer->setConnectionProvider(
        [this, account] { return m_provider ? m_provider(account) : ConnectionSettings(); });
    connect(transfer, &Transfer::stateChanged, this, [this, transfer](Transfer::State state) {
        if (state == Transfer::State::Paused && !m_paused)
            m_pausedByQueue.remove(transfer->id());
        saveSoon();
        scheduleSoon();
    });
    connect(transfer, &Transfer::specChanged, this, [this] { saveSoon(); });
    connect(transfer, &Transfer::finished, this, [this, transfer] {
        Q_EMIT transferFinished(transfer);
    });
    connect(transfer,
            &Transfer::responseHeadersReceived,
            this,
            [this, account](const HeaderList &headers, int status) {
                Q_EMIT responseHeadersReceived(account, headers, status);
            });
    return transfer;
}

void TransferQueue::append(Transfer *transfer)
{
    const int row = count();
    Q_EMIT transferAboutToBeAdded(row);
    m_transfers.append(transfer);
    Q_EMIT transferAdded(row);
}

bool TransferQueue::pause(const QString &id)
{
    Transfer *transfer = find(id);
    if (!transfer)
        return false;
    m_pausedByQueue.remove(id); // the user's pause outlives a global resume
    return transfer->pause();
}

void TransferQueue::resume(const QString &id)
{
    if (Transfer *transfer = find(id)) {
        m_pausedByQueue.remove(id);
        transfer->markQueued();
        scheduleSoon();
    }
}

void TransferQueue::retry(const QString &id)
{
    resume(id);
}

void TransferQueue::cancel(const QString &id)
{
    if (Transfer *transfer = find(id))
        transfer->cancel();
}

void TransferQueue::remove(const QString &id)
{
    Transfer *transfer = find(id);
    if (!transfer)
        return;
    transfer->cancel();
    const int row = indexOf(transfer);
    Q_EMIT transferAboutToBeRemoved(row);
    m_transfers.removeAt(row);
    m_pausedByQueue.remove(id);
    Q_EMIT transferRemoved(row);
    transfer->disconnect(this);
    transfer->deleteLater(); // may be inside one of its own signals
    saveSoon();
}

void TransferQueue::clearFinished()
{
    const auto all = m_transfers;
    for (Transfer *transfer : all) {
        if (transfer->isFinished())
            remove(transfer->id());
    }
}

void TransferQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    scheduleSoon();
}

void TransferQueue::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        for (Transfer *transfer : std::as_const(m_transfers)) {
            if (transfer->isActive() && transfer->pause())
                m_pausedByQueue.insert(transfer->id());
        }
    } else {
        for (const QString &id : std::exchange(m_pausedByQueue, {})) {
            if (Transfer *transfer = find(id))
                transfer->markQueued();
        }
        scheduleSoon();
    }
    saveSoon();
    Q_EMIT pausedChanged(paused);
}

void TransferQueue::schedule()
{
    if (m_paused)
        return;
    int active = 0;
    for (Transfer *transfer : std::as_const(m_transfers))
        active += transfer->isActive() ? 1 : 0;
    for (Transfer *transfer : std::as_const(m_transfers)) {
        if (active >= m_maxConcurrent)
            break;
        if (transfer->state() == Transfer::State::Queued) {
            transfer->start();
            active += transfer->isActive() ? 1 : 0;
        }
    }
}

void TransferQueue::saveNow()
{
    m_saveTimer.stop();
    if (m_dir.isEmpty() || !QDir().mkpath(m_dir))
        return;
    QJsonArray list;
    for (const Transfer *transfer : std::as_const(m_transfers))
        list.append(queueEntryToJson(*transfer));
    const QJsonObject root {
        {QStringLiteral("version"), 1},
        {QStringLiteral("paused"), m_paused},
        {QStringLiteral("pausedByQueue"), QJsonArray::fromStringList(m_pausedByQueue.values())},
        {QStringLiteral("transfers"), list}};
    QSaveFile file(stateFile());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson());
        file.commit();
    }
}

} // namespace wharf::transfer
