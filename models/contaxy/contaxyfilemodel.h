#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/files.h"

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The files of one Contaxy project (latest versions), loaded whole: the server neither pages
// nor sorts (contaxy.md §2.3), so sorting and filtering happen in a proxy. A reload updates
// the rows in place; deleting removes each row as the server confirms it.
class ContaxyFileModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, VersionsColumn, TypeColumn, ColumnCount };
    enum Role { KeyRole = models::FirstModelRole, ContentTypeRole };

    ContaxyFileModel(auth::AccountSession *session, const QString &projectId, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString project() const { return m_project; }
    const contaxy::FileItem &file(int row) const { return m_rows.at(row); }
    int rowOf(const QString &key) const;
    // Tag of this project's transfers (TransferSpec::owner).
    QString transferOwner() const;

    // Deletes the files with all their versions; each row goes when the server confirms.
    // Ends with actionFinished. Refused while an earlier deletion runs.
    bool removeFiles(const QStringList &keys);
    bool isRemoving() const { return m_removing > 0; }

protected:
    QStringList columnTitles() const override;
    bool canLoad() const override { return ResourceListModel::canLoad() && !m_project.isEmpty(); }
    int rows() const override { return int(m_rows.size()); }

private:
    auth::AccountSession *m_session;
    QString m_project;
    QList<contaxy::FileItem> m_rows;
    int m_removing = 0;
    QStringList m_removeFailures;
};

} // namespace wharf
