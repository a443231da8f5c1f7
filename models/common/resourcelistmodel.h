#pragma once

#include "common/listloader.h"
#include "common/modelroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <type_traits>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The base of every resource list: the rows come through its ListLoader (which pages them
// in through canFetchMore/fetchMore), and changes the user asks for (delete, abort, create)
// are methods of the subclass that update rows in place and report with actionFinished.
class ResourceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    ListLoader *loader() const { return m_loader; }
    // Loads the first page again; the rows shown stay until it has arrived.
    void reload();
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    // The row whose models::IdRole is `id` (compared as text), or -1.
    int rowOfId(const QVariant &id) const;
    QHash<int, QByteArray> roleNames() const override;
    // Column titles come from columnTitles().
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // The outcome of a change the user asked for, as a sentence for the status line.
    void actionFinished(const QString &outcome, bool ok);

protected:
    void setLoader(ListLoader *loader) { m_loader = loader; }
    // The session whose token the loads need; without one (signed out) nothing loads.
    void setSession(auth::AccountSession *session) { m_session = session; }
    // False while the model has nothing to load (signed out, no project chosen).
    virtual bool canLoad() const;
    virtual int rows() const = 0;
    // The horizontal header's titles, one per column in column order.
    virtual QStringList columnTitles() const { return {}; }

    // Makes `rows` equal to `fresh` with the fewest row signals: rows whose key is gone are
    // removed, rows that stay are updated in place, new keys are appended (views sort), or
    // inserted where `less` puts them in rows kept in that order.
    template<typename Row, typename KeyOf, typename Less = std::nullptr_t>
    void syncRows(QList<Row> &rows, QList<Row> fresh, KeyOf keyOf, Less less = nullptr);
    // Inserts one row where `less` puts it (rows kept in that order).
    template<typename Row, typename Less> void insertSorted(QList<Row> &rows, Row row, Less less);
    // Removes the row whose key is `key`, if it is there.
    template<typename Row, typename KeyOf>
    bool removeRowWithKey(QList<Row> &rows, const QString &key, KeyOf keyOf);

private:
    ListLoader *m_loader = nullptr;
    auth::AccountSession *m_session = nullptr;
};

template<typename Row, typename KeyOf, typename Less>
void ResourceListModel::syncRows(QList<Row> &rows, QList<Row> fresh, KeyOf keyOf, Less less)
{
    QHash<QString, qsizetype> freshIndex;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (!freshIndex.contains(keyOf(fresh.at(i)))) // a key twice in a reply: the first counts
            freshIndex.insert(keyOf(fresh.at(i)), i);
    }
    // Gone rows, from the end so that row numbers stay valid; adjacent ones in one signal.
    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (freshIndex.contains(keyOf(rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !freshIndex.contains(keyOf(rows.at(first - 1))))
            --first;
        beginRemoveRows(QModelIndex(), int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const qsizetype from = freshIndex.take(keyOf(rows.at(row)));
        rows[row] = std::move(fresh[from]);
    }
    if (!rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
    QList<Row> added;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const auto it = freshIndex.constFind(keyOf(fresh.at(i)));
        if (it == freshIndex.cend() || *it != i)
            continue; // kept above, or a repeated key
        freshIndex.erase(it);
        added.append(std::move(fresh[i]));
    }
    if (added.isEmpty())
        return;
    if constexpr (std::is_same_v<Less, std::nullptr_t>) {
        beginInsertRows(QModelIndex(), int(rows.size()), int(rows.size() + added.size()) - 1);
        rows.append(std::move(added));
        endInsertRows();
    } else {
        for (Row &row : added)
            insertSorted(rows, std::move(row), less);
    }
}

template<typename Row, typename Less>
void ResourceListModel::insertSorted(QList<Row> &rows, Row row, Less less)
{
    const int at = int(std::upper_bound(rows.cbegin(), rows.cend(), row, less) - rows.cbegin());
    beginInsertRows(QModelIndex(), at, at);
    rows.insert(at, std::move(row));
    endInsertRows();
}

template<typename Row, typename KeyOf>
bool ResourceListModel::removeRowWithKey(QList<Row> &rows, const QString &key, KeyOf keyOf)
{
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (keyOf(rows.at(row)) != key)
            continue;
        beginRemoveRows(QModelIndex(), int(row), int(row));
        rows.remove(row);
        endRemoveRows();
        return true;
    }
    return false;
}

} // namespace wharf
