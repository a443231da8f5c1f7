#pragma once

#include "common/modelroles.h"
#include "common/pagecatalog.h"
#include "common/pageid.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace wharf::auth {
class SessionRegistry;
}

namespace wharf {

class AccountListModel;
class ResourceListModel;

// The navigation tree: accounts; under each, for platforms with projects (Contaxy), the
// projects the user can open with their pages, then the account's own pages (PageCatalog).
// Top-level rows follow an AccountListModel row by row; project rows follow the account's
// project model (loaded once signed in, and as a view expands the account).
class AccountTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeType { Account, Project, Page };
    enum Role {
        PageIdRole = models::FirstModelRole, // PageId::toString()
        AccountIdRole,
        ProjectIdRole,
        KindIdRole,
        SignedInRole,
        ConnectionStateRole, // int of net::ConnectionMonitor::State
        NodeTypeRole, // int of NodeType
        IsAccountRole,
        IconNameRole, // freedesktop icon name
    };
    Q_ENUM(Role)

    AccountTreeModel(AccountListModel *accounts,
                     auth::SessionRegistry *registry,
                     QObject *parent = nullptr);
    ~AccountTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QModelIndex indexOfPage(const QString &pageId) const;
    // The projects of an account whose platform has them (the tree's own model), or null.
    ResourceListModel *projectModel(const QString &accountId) const;
    // Lists the account's projects again (after one was created or deleted elsewhere).
    void reloadProjects(const QString &accountId);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *accountNode(const QString &accountId) const;
    std::unique_ptr<Node> makeAccount(int row);
    std::unique_ptr<Node> makeProject(Node *account, int projectRow);
    void rebuild();
    void updateProjectModel(Node *account);
    void watchProjects(Node *account);
    QVariant accountData(const Node *node, int role) const;
    void onAccountStateChanged(const QString &accountId);

    QPointer<AccountListModel> m_accounts;
    auth::SessionRegistry *m_registry;
    std::vector<std::unique_ptr<Node>> m_roots;
};

} // namespace wharf
