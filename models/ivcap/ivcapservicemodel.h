#pragma once

#include "common/resourcelistmodel.h"
#include "ivcap/services.h"

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// IVCAP services (GET /1/services2), a page at a time through canFetchMore/fetchMore as the
// view scrolls, following the server's opaque cursors (ivcap.md §1.2).
class IvcapServiceModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, TagsColumn, IdColumn, ColumnCount };

    IvcapServiceModel(auth::AccountSession *session, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setPageSize(int size) { m_pageSize = size; }
    const ivcap::ServiceSummary &service(int row) const { return m_rows.at(row); }

protected:
    QStringList columnTitles() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    QList<ivcap::ServiceSummary> m_rows;
    int m_pageSize = 50;
};

} // namespace wharf
