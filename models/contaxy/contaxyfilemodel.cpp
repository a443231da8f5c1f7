#include "contaxy/contaxyfilemodel.h"

#include "common/listloader.h"

#include <QLocale>

namespace wharf {

ContaxyFileModel::ContaxyFileModel(net::HttpClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new ListLoader(client, this))
{
    connect(m_loader, &ListLoader::loaded, this, &ContaxyFileModel::onLoaded);
}

int ContaxyFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContaxyFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::FileItem &f = m_rows.at(index.row());
    if (role == KeyRole)
        return f.key;
    if (role == Qt::ToolTipRole)
        return tr("%1\nVersion %2\nMD5 %3").arg(f.key, f.version, f.md5);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return f.key;
    case SizeColumn:
        return sort ? QVariant(f.size) : QVariant(QLocale().formattedDataSize(f.size));
    case ModifiedColumn:
        return sort ? QVariant(f.updatedAt)
                    : QVariant(QLocale().toString(f.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case VersionsColumn:
        return int(f.versions.size());
    case TypeColumn:
        return f.contentType;
    default:
        return QVariant();
    }
}

QVariant ContaxyFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case VersionsColumn:
        return tr("Versions");
    case TypeColumn:
        return tr("Type");
    default:
        return QVariant();
    }
}

void ContaxyFileModel::setProject(const QString &projectId)
{
    if (projectId == m_project)
        return;
    m_project = projectId;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void ContaxyFileModel::reload()
{
    if (m_project.isEmpty()) {
        m_loader->cancel();
        return;
    }
    m_loader->load(contaxy::listFilesRequest(m_project));
}

void ContaxyFileModel::onLoaded(const net::ApiResponse &response)
{
    net::ApiError error;
    auto files = contaxy::parseFiles(response, &error);
    if (!files) {
        m_loader->setError(error);
        return;
    }
    beginResetModel();
    m_rows = std::move(*files);
    endResetModel();
}

} // namespace wharf
