#include "common/foldersfirstproxy.h"

namespace wharf {

FoldersFirstProxy::FoldersFirstProxy(int folderRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_folderRole(folderRole)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool FoldersFirstProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftFolder = left.data(m_folderRole).toBool();
    const bool rightFolder = right.data(m_folderRole).toBool();
    if (leftFolder != rightFolder) // the view reverses the result for a descending order
        return sortOrder() == Qt::AscendingOrder ? leftFolder : rightFolder;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace wharf
