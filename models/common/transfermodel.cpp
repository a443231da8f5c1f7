#include "common/transfermodel.h"

#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QLocale>

namespace wharf {

using transfer::Transfer;

namespace {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

TransferModel::TransferModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, &TransferModel::flush);
}

void TransferModel::setQueue(transfer::TransferQueue *queue)
{
    beginResetModel();
    if (m_queue)
        m_queue->disconnect(this);
    for (Transfer *t : std::as_const(m_rows))
        t->disconnect(this);
    m_rows.clear();
    m_dirty.clear();
    m_queue = queue;
    if (queue) {
        m_rows = queue->transfers();
        for (Transfer *t : std::as_const(m_rows))
            watch(t);
        using Q = transfer::TransferQueue;
        connect(queue, &Q::transferAboutToBeAdded, this, &TransferModel::onAboutToBeAdded);
        connect(queue, &Q::transferAdded, this, &TransferModel::onAdded);
        connect(queue, &Q::transferAboutToBeRemoved, this, &TransferModel::onAboutToBeRemoved);
        connect(queue, &Q::transferRemoved, this, &TransferModel::onRemoved);
    }
    endResetModel();
}

void TransferModel::setAccountNameResolver(std::function<QString(const QString &)> resolver)
{
    m_accountName = std::move(resolver);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, AccountColumn));
}

void TransferModel::onAboutToBeAdded(int row)
{
    beginInsertRows(QModelIndex(), row, row);
}

void TransferModel::onAdded(int row)
{
    Transfer *t = m_queue->at(row);
    m_rows.insert(row, t);
    watch(t);
    endInsertRows();
}

void TransferModel::onAboutToBeRemoved(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    Transfer *t = m_rows.takeAt(row);
    t->disconnect(this);
    m_dirty.remove(t);
}

void TransferModel::onRemoved(int)
{
    endRemoveRows();
}

void TransferModel::watch(Transfer *transfer)
{
    connect(transfer, &Transfer::progressChanged, this, [this, transfer] { markDirty(transfer); });
    connect(transfer, &Transfer::stateChanged, this, [this, transfer] { markDirty(transfer); });
    connect(transfer, &Transfer::specChanged, this, [this, transfer] { markDirty(transfer); });
}

void TransferModel::markDirty(Transfer *transfer)
{
    m_dirty.insert(transfer);
    if (!m_flush.isActive())
        m_flush.start();
}

void TransferModel::flush()
{
    QList<int> rows;
    for (Transfer *t : std::as_const(m_dirty)) {
        const int row = int(m_rows.indexOf(t));
        if (row >= 0)
            rows.append(row);
    }
    m_dirty.clear();
    if (rows.isEmpty())
        return;
    const int last = columnCount() - 1;
    // Most rows moving (a busy queue): one signal for all is cheaper than many small ones.
    if (rows.size() * 2 > m_rows.size()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, last));
        return;
    }
    std::sort(rows.begin(), rows.end());
    int first = rows.first();
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(first, 0), index(rows.at(i - 1), last));
        if (i < rows.size())
            first = rows.at(i);
    }
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex TransferModel::indexOf(const QString &transferId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row)->id() == transferId)
            return index(row, 0);
    }
    return QModelIndex();
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Transfer &t = *m_rows.at(index.row());
    const auto state = t.state();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn || index.column() == StateColumn
            ? QVariant(t.error().toString())
            : display(t, index.column());
    case models::SortRole:
        return sortValue(t, index.column());
    case models::IdRole:
        return t.id();
    case ProgressRole:
        return t.bytesTotal() > 0                 ? double(t.bytesDone()) / double(t.bytesTotal())
            : state == Transfer::State::Completed ? 1.0
                                                  : -1.0;
    case StateRole:
        return int(state);
    case IsUploadRole:
        return t.spec().isUpload();
    case BytesDoneRole:
        return t.bytesDone();
    case BytesTotalRole:
        return t.bytesTotal();
    case CanPauseRole:
        return (t.isActive() && t.canPause()) || state == Transfer::State::Queued;
    case CanResumeRole:
        return state == Transfer::State::Paused;
    case CanRetryRole:
        return state == Transfer::State::Failed || state == Transfer::State::Interrupted;
    case CanCancelRole:
        return !t.isFinished();
    default:
        return QVariant();
    }
}

QVariant TransferModel::display(const Transfer &t, int column) const
{
    switch (column) {
    case NameColumn:
        return t.spec().displayName();
    case AccountColumn:
        return m_accountName ? m_accountName(t.spec().accountId) : t.spec().accountId;
    case DirectionColumn:
        return t.spec().isUpload() ? tr("Upload") : tr("Download");
    case SizeColumn:
        if (t.state() == Transfer::State::Completed || t.bytesDone() == t.bytesTotal())
            return t.bytesTotal() >= 0 ? size(t.bytesTotal()) : QString();
        return t.bytesTotal() >= 0 ? tr("%1 of %2").arg(size(t.bytesDone()), size(t.bytesTotal()))
                                   : size(t.bytesDone());
    case SpeedColumn:
        return t.isActive() && t.bytesPerSecond() >= 1
            ? tr("%1/s").arg(size(qint64(t.bytesPerSecond())))
            : QString();
    case EtaColumn: {
        const qint64 s = t.secondsLeft();
        if (s < 0)
            return QString();
        if (s >= 3600)
            return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
        return s >= 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60) : tr("%1 s").arg(s);
    }
    case StateColumn:
        switch (t.state()) {
        case Transfer::State::Queued:
            return tr("Queued");
        case Transfer::State::Running:
            return tr("Running");
        case Transfer::State::Retrying:
            return tr("Retrying (attempt %1)").arg(t.attempt() + 1);
        case Transfer::State::Paused:
            return tr("Paused");
        case Transfer::State::Completed:
            return tr("Completed");
        case Transfer::State::Failed:
            return tr("Failed");
        case Transfer::State::Cancelled:
            return tr("Cancelled");
        case Transfer::State::Interrupted:
            return tr("Interrupted");
        }
        return QString();
    case ErrorColumn:
        return t.error() && t.state() != Transfer::State::Cancelled ? t.error().toString()
                                                                    : QString();
    default:
        return QVariant();
    }
}

QVariant TransferModel::sortValue(const Transfer &t, int column) const
{
    switch (column) {
    case DirectionColumn:
        return t.spec().isUpload() ? 1 : 0;
    case SizeColumn:
        return t.bytesTotal();
    case SpeedColumn:
        return t.isActive() ? t.bytesPerSecond() : 0.0;
    case EtaColumn:
        return t.secondsLeft();
    case StateColumn:
        return int(t.state());
    default:
        return display(t, column).toString().toLower();
    }
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case DirectionColumn:
        return tr("Direction");
    case SizeColumn:
        return tr("Size");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    case ErrorColumn:
        return tr("Error");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TransferModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(models::SortRole, "sortValue");
    names.insert(models::IdRole, "transferId");
    names.insert(ProgressRole, "progress");
    names.insert(StateRole, "state");
    names.insert(IsUploadRole, "isUpload");
    names.insert(BytesDoneRole, "bytesDone");
    names.insert(BytesTotalRole, "bytesTotal");
    names.insert(CanPauseRole, "canPause");
    names.insert(CanResumeRole, "canResume");
    names.insert(CanRetryRole, "canRetry");
    names.insert(CanCancelRole, "canCancel");
    return names;
}

} // namespace wharf
