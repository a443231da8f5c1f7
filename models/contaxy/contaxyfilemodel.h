#pragma once

#include "contaxy/files.h"

#include <QAbstractTableModel>

namespace wharf::net {
class HttpClient;
}

namespace wharf {

class ListLoader;

// The files of one Contaxy project (latest versions), loaded whole: the server neither pages
// nor sorts (contaxy.md §2.3), so sorting and filtering happen in a proxy.
class ContaxyFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, VersionsColumn, TypeColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole };

    explicit ContaxyFileModel(net::HttpClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Shows the files of this project (empty: none) and loads them.
    void setProject(const QString &projectId);
    QString project() const { return m_project; }
    void reload();
    const contaxy::FileItem &file(int row) const { return m_rows.at(row); }
    ListLoader *loader() const { return m_loader; }

private:
    void onLoaded(const net::ApiResponse &response);

    ListLoader *m_loader;
    QString m_project;
    QList<contaxy::FileItem> m_rows;
};

} // namespace wharf
