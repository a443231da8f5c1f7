#pragma once

#include "accounts/accountstore.h"
#include "common/modelroles.h"

#include <QAbstractListModel>
#include <QPointer>

namespace wharf {

// The accounts of an AccountStore as a list (account switcher, account tree roots, settings).
// Follows the store row by row: additions, edits and removals never reset the model.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = models::IdRole,
        DisplayNameRole = models::FirstModelRole,
        ServerUrlRole, // QUrl
        KindIdRole, // "contaxy", "projectw", "ivcap"
        KindDisplayNameRole,
        UsernameRole,
    };
    Q_ENUM(Role)

    explicit AccountListModel(QObject *parent = nullptr);

    // The store is not owned; nullptr detaches.
    void setStore(AccountStore *store);
    AccountStore *store() const { return m_store; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfAccount(const QString &id) const;

private:
    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);
    int rowOf(const QString &id) const;

    QPointer<AccountStore> m_store;
    // A copy, so row counts change only between begin*/end* calls, as views require.
    QList<Account> m_rows;
};

} // namespace wharf
