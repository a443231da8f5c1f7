#include "common/resourcelistmodel.h"

#include "auth/accountsession.h"

namespace wharf {

bool ResourceListModel::canLoad() const
{
    return !m_session || m_session->hasToken();
}

void ResourceListModel::reload()
{
    if (canLoad())
        m_loader->reload();
    else
        m_loader->cancel();
}

bool ResourceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader && canLoad() && m_loader->canFetchMore();
}

void ResourceListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_loader->fetchMore();
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ResourceListModel::rowOfId(const QVariant &id) const
{
    const QString wanted = id.toString();
    for (int row = 0; row < rows(); ++row) {
        if (index(row, 0).data(models::IdRole).toString() == wanted)
            return row;
    }
    return -1;
}

QHash<int, QByteArray> ResourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(models::SortRole, "sortValue");
    names.insert(models::IdRole, "resourceId");
    return names;
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = columnTitles();
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

} // namespace wharf
