#pragma once

#include <QSortFilterProxyModel>

namespace wharf {

// Sorts like QSortFilterProxyModel (by models::SortRole when set so), but rows whose
// `folderRole` is true come first in either order, as file managers list them.
class FoldersFirstProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    FoldersFirstProxy(int folderRole, QObject *parent);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_folderRole;
};

} // namespace wharf
