#pragma once

#include "accounts/platformkind.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace wharf::auth {
class SessionRegistry;
}

namespace wharf {

class AccountListModel;

// The navigation tree: accounts, and under each the resource pages its platform offers.
// Top-level rows follow an AccountListModel row by row; status comes from the registry.
class AccountTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        PageIdRole = Qt::UserRole + 1, // "account/<id>" or "account/<id>/<page>"
        AccountIdRole,
        KindIdRole,
        SignedInRole,
        ConnectionStateRole, // int of net::ConnectionMonitor::State
        IsAccountRole,
    };
    Q_ENUM(Role)

    struct Page
    {
        QString key; // stable, part of the page id
        QString name; // translated
    };
    // The resource pages each platform has in the tree.
    static QList<Page> pagesFor(PlatformKind kind);
    static QString pageId(const QString &accountId, const QString &pageKey = QString());

    AccountTreeModel(AccountListModel *accounts,
                     auth::SessionRegistry *registry,
                     QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfPage(const QString &pageId) const;

private:
    QVariant accountData(int row, int role) const;
    QList<Page> pagesOfRow(int row) const;
    void onAccountStateChanged(const QString &accountId);

    QPointer<AccountListModel> m_accounts;
    auth::SessionRegistry *m_registry;
};

} // namespace wharf
