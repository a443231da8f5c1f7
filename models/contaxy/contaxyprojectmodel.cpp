#include "contaxy/contaxyprojectmodel.h"

#include "common/listloader.h"

namespace wharf {

ContaxyProjectModel::ContaxyProjectModel(net::HttpClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(new ListLoader(client, this))
{
    connect(m_loader, &ListLoader::loaded, this, &ContaxyProjectModel::onLoaded);
}

int ContaxyProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContaxyProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::Project &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.displayName;
    case Qt::ToolTipRole:
        return p.description.isEmpty() ? p.id : tr("%1\n%2").arg(p.id, p.description);
    case IdRole:
        return p.id;
    case DescriptionRole:
        return p.description;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ContaxyProjectModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "projectId");
    names.insert(DescriptionRole, "description");
    return names;
}

void ContaxyProjectModel::reload()
{
    m_loader->load(contaxy::listProjectsRequest());
}

int ContaxyProjectModel::rowOf(const QString &projectId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == projectId)
            return row;
    }
    return -1;
}

void ContaxyProjectModel::onLoaded(const net::ApiResponse &response)
{
    net::ApiError error;
    auto projects = contaxy::parseProjects(response, &error);
    if (!projects) {
        m_loader->setError(error);
        return;
    }
    std::sort(projects->begin(), projects->end(), [](const auto &a, const auto &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    beginResetModel();
    m_rows = std::move(*projects);
    endResetModel();
}

} // namespace wharf
