#include "common/accounttreemodel.h"

#include "auth/sessionregistry.h"
#include "common/accountlistmodel.h"

namespace wharf {

namespace {
// Internal ids: 0 for account rows; 1 + account row for page rows (their parent's row).
constexpr quintptr kAccountNode = 0;
} // namespace

QList<AccountTreeModel::Page> AccountTreeModel::pagesFor(PlatformKind kind)
{
    switch (kind) {
    case PlatformKind::Ivcap:
        return {{QStringLiteral("services"), tr("Services")}};
    case PlatformKind::Contaxy:
        return {{QStringLiteral("files"), tr("Files")}};
    case PlatformKind::ProjectW:
        return {{QStringLiteral("jobs"), tr("Jobs")}};
    case PlatformKind::Unknown:
        break;
    }
    return {};
}

QString AccountTreeModel::pageId(const QString &accountId, const QString &pageKey)
{
    const QString base = QStringLiteral("account/") + accountId;
    return pageKey.isEmpty() ? base : base + QLatin1Char('/') + pageKey;
}

AccountTreeModel::AccountTreeModel(AccountListModel *accounts,
                                   auth::SessionRegistry *registry,
                                   QObject *parent)
    : QAbstractItemModel(parent)
    , m_accounts(accounts)
    , m_registry(registry)
{
    // Forward the list's row changes as top-level changes of the tree.
    connect(accounts,
            &QAbstractItemModel::rowsAboutToBeInserted,
            this,
            [this](const QModelIndex &, int first, int last) {
                beginInsertRows(QModelIndex(), first, last);
            });
    connect(accounts, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(accounts,
            &QAbstractItemModel::rowsAboutToBeRemoved,
            this,
            [this](const QModelIndex &, int first, int last) {
                beginRemoveRows(QModelIndex(), first, last);
            });
    connect(accounts, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(
        accounts, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(accounts, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(accounts,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), 0));
            });
    if (registry) {
        connect(registry,
                &auth::SessionRegistry::accountStateChanged,
                this,
                &AccountTreeModel::onAccountStateChanged);
        connect(registry,
                &auth::SessionRegistry::connectionStateChanged,
                this,
                &AccountTreeModel::onAccountStateChanged);
    }
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, kAccountNode);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kAccountNode)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, kAccountNode);
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_accounts)
        return 0;
    if (!parent.isValid())
        return m_accounts->rowCount();
    if (parent.column() != 0 || parent.internalId() != kAccountNode)
        return 0;
    return int(pagesOfRow(parent.row()).size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QList<AccountTreeModel::Page> AccountTreeModel::pagesOfRow(int row) const
{
    const QString kind = m_accounts->index(row).data(AccountListModel::KindIdRole).toString();
    return pagesFor(platformKindFromId(kind));
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_accounts)
        return QVariant();
    if (index.internalId() == kAccountNode)
        return accountData(index.row(), role);
    const int accountRow = int(index.internalId() - 1);
    const QList<Page> pages = pagesOfRow(accountRow);
    if (index.row() >= pages.size())
        return QVariant();
    const Page &page = pages.at(index.row());
    const QString accountId
        = m_accounts->index(accountRow).data(AccountListModel::IdRole).toString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return page.name;
    case PageIdRole:
        return pageId(accountId, page.key);
    case AccountIdRole:
        return accountId;
    case IsAccountRole:
        return false;
    default:
        return QVariant();
    }
}

QVariant AccountTreeModel::accountData(int row, int role) const
{
    const QModelIndex source = m_accounts->index(row);
    const QString id = source.data(AccountListModel::IdRole).toString();
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
    case PageIdRole:
        return pageId(id);
    case AccountIdRole:
        return id;
    case KindIdRole:
        return source.data(AccountListModel::KindIdRole);
    case SignedInRole:
        return signedIn;
    case ConnectionStateRole:
        return int(state);
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
    names.insert(KindIdRole, "kindId");
    names.insert(SignedInRole, "signedIn");
    names.insert(ConnectionStateRole, "connectionState");
    names.insert(IsAccountRole, "isAccount");
    return names;
}

QModelIndex AccountTreeModel::indexOfPage(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex account = index(row, 0);
        if (account.data(PageIdRole).toString() == id)
            return account;
        for (int child = 0; child < rowCount(account); ++child) {
            const QModelIndex page = index(child, 0, account);
            if (page.data(PageIdRole).toString() == id)
                return page;
        }
    }
    return QModelIndex();
}

void AccountTreeModel::onAccountStateChanged(const QString &accountId)
{
    if (!m_accounts)
        return;
    const QModelIndex source = m_accounts->indexOfAccount(accountId);
    if (source.isValid())
        Q_EMIT dataChanged(index(source.row(), 0), index(source.row(), 0));
}

} // namespace wharf
