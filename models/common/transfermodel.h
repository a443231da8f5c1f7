#pragma once

#include "common/modelroles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace wharf::transfer {
class Transfer;
class TransferQueue;
} // namespace wharf::transfer

namespace wharf {

// The transfers of a TransferQueue as a table (the transfers dock). Follows the queue row by
// row; progress arrives as dataChanged for the rows that moved, gathered over a short
// interval so a dozen busy transfers do not repaint the view hundreds of times a second.
class TransferModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AccountColumn,
        DirectionColumn,
        SizeColumn,
        SpeedColumn,
        EtaColumn,
        StateColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ProgressRole = models::FirstModelRole, // 0..1, or -1 while the size is unknown
        StateRole, // Transfer::State as int
        IsUploadRole,
        BytesDoneRole,
        BytesTotalRole,
        CanPauseRole,
        CanResumeRole,
        CanRetryRole,
        CanCancelRole,
    };
    Q_ENUM(Role)

    explicit TransferModel(QObject *parent = nullptr);

    // The queue is not owned; nullptr detaches.
    void setQueue(transfer::TransferQueue *queue);
    // Turns account ids into the names users know (default: the id itself).
    void setAccountNameResolver(std::function<QString(const QString &)> resolver);
    void setUpdateInterval(int ms) { m_flush.setInterval(ms); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    transfer::Transfer *transferAt(int row) const { return m_rows.value(row); }
    QModelIndex indexOf(const QString &transferId) const;

private:
    void onAboutToBeAdded(int row);
    void onAdded(int row);
    void onAboutToBeRemoved(int row);
    void onRemoved(int row);
    void watch(transfer::Transfer *transfer);
    void markDirty(transfer::Transfer *transfer);
    void flush();
    QVariant display(const transfer::Transfer &t, int column) const;
    QVariant sortValue(const transfer::Transfer &t, int column) const;

    QPointer<transfer::TransferQueue> m_queue;
    QList<transfer::Transfer *> m_rows; // mirrors the queue between begin*/end* calls
    QSet<transfer::Transfer *> m_dirty;
    QTimer m_flush;
    std::function<QString(const QString &)> m_accountName;
};

} // namespace wharf
