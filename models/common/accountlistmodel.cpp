#include "common/accountlistmodel.h"

namespace wharf {

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void AccountListModel::setStore(AccountStore *store)
{
    if (store == m_store)
        return;
    beginResetModel();
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_rows = store ? store->accounts() : QList<Account>();
    if (store) {
        connect(store, &AccountStore::accountAdded, this, &AccountListModel::onAdded);
        connect(store, &AccountStore::accountChanged, this, &AccountListModel::onChanged);
        connect(store, &AccountStore::accountRemoved, this, &AccountListModel::onRemoved);
        connect(store, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
    }
    endResetModel();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Account &account = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case DisplayNameRole:
        return account.displayName;
    case Qt::ToolTipRole:
        if (account.username.isEmpty())
            return account.serverUrl.toDisplayString();
        return tr("%1 on %2").arg(account.username, account.serverUrl.toDisplayString());
    case IdRole:
        return account.id;
    case ServerUrlRole:
        return account.serverUrl;
    case KindIdRole:
        return platformKindId(account.kind);
    case KindDisplayNameRole:
        return platformKindDisplayName(account.kind);
    case UsernameRole:
        return account.username;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "accountId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(ServerUrlRole, "serverUrl");
    names.insert(KindIdRole, "kindId");
    names.insert(KindDisplayNameRole, "kindDisplayName");
    names.insert(UsernameRole, "username");
    return names;
}

QModelIndex AccountListModel::indexOfAccount(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

int AccountListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void AccountListModel::onAdded(const QString &id)
{
    const std::optional<Account> account = m_store->findById(id);
    if (!account || rowOf(id) >= 0)
        return;
    // Same position as in the store, which only ever appends; clamp in case they diverged.
    const int row = qBound(0, m_store->indexOf(id), int(m_rows.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, *account);
    endInsertRows();
}

void AccountListModel::onChanged(const QString &id)
{
    const int row = rowOf(id);
    const std::optional<Account> account = m_store->findById(id);
    if (row < 0 || !account)
        return;
    m_rows[row] = *account;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void AccountListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace wharf
