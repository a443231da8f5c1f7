#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/files.h"

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The versions of one file, newest first as the server keeps them oldest first (versions are
// opaque strings, so the order is the server's, not a sort). One version can be deleted, or
// every older one.
class ContaxyFileVersionModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, ModifiedColumn, SizeColumn, Md5Column, ColumnCount };

    ContaxyFileVersionModel(auth::AccountSession *session,
                            const QString &projectId,
                            const QString &key,
                            QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const contaxy::FileItem &version(int row) const { return m_rows.at(row); }

    // Each ends with actionFinished; the rows follow the server.
    void removeVersion(const QString &version);
    void removeOlderVersions();

protected:
    QStringList columnTitles() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    void removeDone(const net::ApiResponse &reply, const QString &done, const QString &version);

    auth::AccountSession *m_session;
    QString m_project;
    QString m_key;
    QList<contaxy::FileItem> m_rows;
};

} // namespace wharf
