#pragma once

#include "contaxy/projects.h"

#include <QAbstractListModel>

namespace wharf::net {
class HttpClient;
}

namespace wharf {

class ListLoader;

// The Contaxy projects the signed-in user may see (GET /projects), by display name.
class ContaxyProjectModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DescriptionRole };

    explicit ContaxyProjectModel(net::HttpClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    int rowOf(const QString &projectId) const;
    ListLoader *loader() const { return m_loader; }

private:
    void onLoaded(const net::ApiResponse &response);

    ListLoader *m_loader;
    QList<contaxy::Project> m_rows;
};

} // namespace wharf
