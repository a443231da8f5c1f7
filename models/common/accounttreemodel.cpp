#include "common/accounttreemodel.h"

#include "auth/sessionregistry.h"
#include "common/accountlistmodel.h"
#include "common/resourcelistmodel.h"

#include <QIcon>

#include <algorithm>

namespace wharf {

struct AccountTreeModel::Node
{
    NodeType type = NodeType::Account;
    Node *parent = nullptr;
    PlatformKind platform = PlatformKind::Unknown;
    QString accountId;
    QString projectId;
    PageKind page; // page nodes
    std::vector<std::unique_ptr<Node>> children;
    // Account nodes of platforms with projects, while signed in: the first children follow
    // its rows one to one, the account's own pages come after them.
    std::unique_ptr<ResourceListModel> projects;

    int row(const std::vector<std::unique_ptr<Node>> &siblings) const
    {
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return -1;
    }
    PageId pageId() const
    {
        if (type == NodeType::Account)
            return PageId::forAccount(accountId);
        if (type == NodeType::Project)
            return PageId::forProject(accountId, projectId);
        return parent->type == NodeType::Project
            ? PageId::forProject(accountId, projectId, page.key)
            : PageId::forAccount(accountId, page.key);
    }
};

namespace {

QString accountIcon(PlatformKind kind)
{
    switch (kind) {
    case PlatformKind::Contaxy:
        return QStringLiteral("applications-science");
    case PlatformKind::ProjectW:
        return QStringLiteral("audio-x-generic");
    case PlatformKind::Ivcap:
        return QStringLiteral("office-chart-line");
    case PlatformKind::Unknown:
        break;
    }
    return QStringLiteral("network-server");
}

} // namespace

AccountTreeModel::AccountTreeModel(AccountListModel *accounts,
                                   auth::SessionRegistry *registry,
                                   QObject *parent)
    : QAbstractItemModel(parent)
    , m_accounts(accounts)
    , m_registry(registry)
{
    // The list's row changes become top-level changes of the tree.
    connect(accounts,
            &QAbstractItemModel::rowsAboutToBeInserted,
            this,
            [this](const QModelIndex &, int first, int last) {
                beginInsertRows(QModelIndex(), first, last);
            });
    connect(accounts, &QAbstractItemModel::rowsInserted, this, [this](auto, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_roots.insert(m_roots.begin() + row, makeAccount(row));
        endInsertRows();
        for (int row = first; row <= last; ++row)
            updateProjectModel(m_roots[size_t(row)].get());
    });
    connect(accounts,
            &QAbstractItemModel::rowsAboutToBeRemoved,
            this,
            [this](const QModelIndex &, int first, int last) {
                beginRemoveRows(QModelIndex(), first, last);
                m_roots.erase(m_roots.begin() + first, m_roots.begin() + last + 1);
            });
    connect(accounts, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(accounts, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_roots.clear();
    });
    connect(accounts, &QAbstractItemModel::modelReset, this, [this] { rebuild(); });
    connect(accounts,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), 0));
            });
    if (registry) {
        for (auto signal : {&auth::SessionRegistry::accountStateChanged,
                            &auth::SessionRegistry::sessionAdded,
                            &auth::SessionRegistry::sessionRemoved})
            connect(registry, signal, this, &AccountTreeModel::onAccountStateChanged);
        connect(registry,
                &auth::SessionRegistry::connectionStateChanged,
                this,
                &AccountTreeModel::onAccountStateChanged);
    }
    beginResetModel();
    rebuild();
}

AccountTreeModel::~AccountTreeModel() = default;

void AccountTreeModel::rebuild() // between beginResetModel() and here
{
    m_roots.clear();
    for (int row = 0; m_accounts && row < m_accounts->rowCount(); ++row)
        m_roots.push_back(makeAccount(row));
    endResetModel();
    for (auto &account : m_roots)
        updateProjectModel(account.get());
}

std::unique_ptr<AccountTreeModel::Node> AccountTreeModel::makeAccount(int row)
{
    const QModelIndex source = m_accounts->index(row);
    auto node = std::make_unique<Node>();
    node->accountId = source.data(AccountListModel::IdRole).toString();
    node->platform = platformKindFromId(source.data(AccountListModel::KindIdRole).toString());
    for (const PageKind &kind : PageCatalog::pages(node->platform, PageKind::Scope::Account)) {
        auto page = std::make_unique<Node>();
        page->type = NodeType::Page;
        page->parent = node.get();
        page->platform = node->platform;
        page->accountId = node->accountId;
        page->page = kind;
        node->children.push_back(std::move(page));
    }
    return node;
}

std::unique_ptr<AccountTreeModel::Node> AccountTreeModel::makeProject(Node *account, int projectRow)
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Project;
    node->parent = account;
    node->platform = account->platform;
    node->accountId = account->accountId;
    node->projectId = account->projects->index(projectRow, 0).data(models::IdRole).toString();
    for (const PageKind &kind : PageCatalog::pages(account->platform, PageKind::Scope::Project)) {
        auto page = std::make_unique<Node>();
        page->type = NodeType::Page;
        page->parent = node.get();
        page->platform = node->platform;
        page->accountId = node->accountId;
        page->projectId = node->projectId;
        page->page = kind;
        node->children.push_back(std::move(page));
    }
    return node;
}

// Projects exist while the account is signed in; signing out takes them out of the tree.
void AccountTreeModel::updateProjectModel(Node *account)
{
    const auto factory = PageCatalog::projectModel(account->platform);
    auth::AccountSession *session = m_registry ? m_registry->session(account->accountId) : nullptr;
    const bool wanted = factory && session && m_registry->isSignedIn(account->accountId);
    if (wanted == bool(account->projects))
        return;
    if (!wanted) {
        const int count = account->projects->rowCount();
        if (count > 0) {
            beginRemoveRows(indexOf(account), 0, count - 1);
            account->children.erase(account->children.begin(), account->children.begin() + count);
            account->projects.reset();
            endRemoveRows();
        }
        account->projects.reset();
        return;
    }
    account->projects.reset(factory(session, nullptr));
    watchProjects(account);
    account->projects->reload();
}

// Project rows become the first children of the account node, one to one.
void AccountTreeModel::watchProjects(Node *account)
{
    ResourceListModel *projects = account->projects.get();
    connect(projects,
            &QAbstractItemModel::rowsAboutToBeInserted,
            this,
            [this, account](const QModelIndex &, int first, int last) {
                beginInsertRows(indexOf(account), first, last);
            });
    connect(projects,
            &QAbstractItemModel::rowsInserted,
            this,
            [this, account](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    account->children.insert(account->children.begin() + row,
                                             makeProject(account, row));
                endInsertRows();
            });
    connect(projects,
            &QAbstractItemModel::rowsAboutToBeRemoved,
            this,
            [this, account](const QModelIndex &, int first, int last) {
                beginRemoveRows(indexOf(account), first, last);
                account->children.erase(account->children.begin() + first,
                                        account->children.begin() + last + 1);
            });
    connect(projects, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    // A renamed project moves to its new place; its node and pages go with it.
    connect(projects,
            &QAbstractItemModel::rowsAboutToBeMoved,
            this,
            [this, account](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                const QModelIndex parent = indexOf(account);
                beginMoveRows(parent, first, last, parent, to);
            });
    connect(projects,
            &QAbstractItemModel::rowsMoved,
            this,
            [this, account](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                auto begin = account->children.begin();
                if (to > last)
                    std::rotate(begin + first, begin + last + 1, begin + to);
                else
                    std::rotate(begin + to, begin + first, begin + last + 1);
                endMoveRows();
            });
    connect(projects,
            &QAbstractItemModel::dataChanged,
            this,
            [this, account](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex parent = indexOf(account);
                Q_EMIT dataChanged(index(topLeft.row(), 0, parent),
                                   index(bottomRight.row(), 0, parent));
            });
    // The project models update rows in place; a reset would be a bug in one of them.
    connect(projects, &QAbstractItemModel::modelReset, this, [projects] {
        qWarning("AccountTreeModel: a project model was reset (%s)",
                 projects->metaObject()->className());
    });
}

AccountTreeModel::Node *AccountTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex AccountTreeModel::indexOf(const Node *node) const
{
    if (!node)
        return QModelIndex();
    const int row = node->row(node->parent ? node->parent->children : m_roots);
    return row < 0 ? QModelIndex() : createIndex(row, 0, const_cast<Node *>(node));
}

AccountTreeModel::Node *AccountTreeModel::accountNode(const QString &accountId) const
{
    for (const auto &node : m_roots) {
        if (node->accountId == accountId)
            return node.get();
    }
    return nullptr;
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const Node *owner = nodeOf(parent);
    const auto &children = owner ? owner->children : m_roots;
    return createIndex(row, column, children[size_t(row)].get());
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return int(node ? node->children.size() : m_roots.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool AccountTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (node && node->projects && node->projects->canFetchMore(QModelIndex()))
        return true;
    return rowCount(parent) > 0;
}

bool AccountTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node && node->projects && node->projects->canFetchMore(QModelIndex());
}

void AccountTreeModel::fetchMore(const QModelIndex &parent)
{
    if (Node *node = nodeOf(parent); node && node->projects)
        node->projects->fetchMore(QModelIndex());
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_accounts)
        return QVariant();
    const Node *node = nodeOf(index);
    if (node->type == NodeType::Account)
        return accountData(node, role);
    QModelIndex project;
    if (node->type == NodeType::Project)
        project = node->parent->projects->index(index.row(), 0);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return project.isValid() ? project.data(Qt::DisplayRole) : node->page.translatedTitle();
    case Qt::ToolTipRole:
        return project.isValid() ? project.data(Qt::ToolTipRole) : QVariant();
    case Qt::DecorationRole:
        return QIcon::fromTheme(data(index, IconNameRole).toString());
    case IconNameRole:
        if (project.isValid()) {
            const QString icon = project.data(models::IconNameRole).toString();
            return icon.isEmpty() ? QStringLiteral("folder") : icon;
        }
        return node->page.icon;
    case PageIdRole:
        return node->pageId().toString();
    case AccountIdRole:
        return node->accountId;
    case ProjectIdRole:
        return node->projectId;
    case KindIdRole:
        return platformKindId(node->platform);
    case NodeTypeRole:
        return int(node->type);
    case IsAccountRole:
        return false;
    default:
        return QVariant();
    }
}

QVariant AccountTreeModel::accountData(const Node *node, int role) const
{
    const QModelIndex source = m_accounts->indexOfAccount(node->accountId);
    const QString &id = node->accountId;
    const bool signedIn = m_registry && m_registry->isSignedIn(id);
    const auto *monitor = m_registry ? m_registry->monitor(id) : nullptr;
    const auto state = monitor ? monitor->state() : net::ConnectionMonitor::State::Unknown;
    switch (role) {
    case Qt::DisplayRole:
        return source.data(AccountListModel::DisplayNameRole);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2 at %3, %4, %5")
            .arg(source.data(AccountListModel::DisplayNameRole).toString(),
                 source.data(AccountListModel::KindDisplayNameRole).toString(),
                 source.data(AccountListModel::ServerUrlRole).toUrl().toString(),
                 signedIn ? tr("signed in") : tr("signed out"),
                 net::ConnectionMonitor::stateName(state));
    case Qt::DecorationRole:
        return QIcon::fromTheme(accountIcon(node->platform));
    case IconNameRole:
        return accountIcon(node->platform);
    case PageIdRole:
        return node->pageId().toString();
    case AccountIdRole:
        return id;
    case KindIdRole:
        return platformKindId(node->platform);
    case SignedInRole:
        return signedIn;
    case ConnectionStateRole:
        return int(state);
    case NodeTypeRole:
        return int(NodeType::Account);
    case IsAccountRole:
        return true;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> AccountTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PageIdRole, "pageId");
    names.insert(AccountIdRole, "accountId");
    names.insert(ProjectIdRole, "projectId");
    names.insert(KindIdRole, "kindId");
    names.insert(SignedInRole, "signedIn");
    names.insert(ConnectionStateRole, "connectionState");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(IsAccountRole, "isAccount");
    names.insert(IconNameRole, "iconName");
    return names;
}

QModelIndex AccountTreeModel::indexOfPage(const QString &text) const
{
    const auto id = PageId::parse(text);
    Node *node = id ? accountNode(id->accountId) : nullptr;
    if (!node)
        return QModelIndex();
    if (id->project) {
        Node *project = nullptr;
        for (const auto &child : node->children) {
            if (child->type == NodeType::Project && child->projectId == id->projectId)
                project = child.get();
        }
        node = project;
    }
    if (node && !id->key.isEmpty()) {
        Node *page = nullptr;
        for (const auto &child : node->children) {
            if (child->type == NodeType::Page && child->page.key == id->key)
                page = child.get();
        }
        node = page;
    }
    return indexOf(node);
}

ResourceListModel *AccountTreeModel::projectModel(const QString &accountId) const
{
    const Node *node = accountNode(accountId);
    return node ? node->projects.get() : nullptr;
}

void AccountTreeModel::reloadProjects(const QString &accountId)
{
    if (ResourceListModel *projects = projectModel(accountId))
        projects->reload();
}

void AccountTreeModel::onAccountStateChanged(const QString &accountId)
{
    Node *node = accountNode(accountId);
    if (!node)
        return;
    const QModelIndex index = indexOf(node);
    Q_EMIT dataChanged(index, index);
    updateProjectModel(node);
    // A listing that failed (offline at start) is tried again when the account's state moves.
    if (node->projects && node->projects->loader()->lastError()
        && !node->projects->loader()->isLoading())
        node->projects->reload();
}

} // namespace wharf
