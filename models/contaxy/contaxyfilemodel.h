#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/filetree.h"

#include <QSet>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The files of one Contaxy project (latest versions) as folders: the server lists every key
// at once and neither pages nor sorts (contaxy.md §2.3), so the whole list is read, streamed
// and decoded element by element as it arrives, and the rows are the entries of one folder
// of the tree the keys imply (or, while searching, every match below it). Sorting happens in
// a proxy. A reload updates the rows in place; deleting removes each row as the server
// confirms it.
class ContaxyFileModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, VersionsColumn, TypeColumn, ColumnCount };
    enum Role { KeyRole = models::FirstModelRole, ContentTypeRole, IsFolderRole };

    ContaxyFileModel(auth::AccountSession *session, const QString &projectId, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString project() const { return m_project; }
    const contaxy::FileTree::Entry &entry(int row) const { return m_rows.at(row); }
    const contaxy::FileItem &file(int row) const { return m_rows.at(row).file; }
    const contaxy::FileTree &tree() const { return m_tree; }
    int rowOf(const QString &key) const;
    // Tag of this project's transfers (TransferSpec::owner).
    QString transferOwner() const;

    // The folder shown: "" (the project's root) or a key prefix ending in '/'.
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    // Non-empty: the rows are every folder and file below the folder whose name contains it.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    int totalFiles() const { return int(m_tree.files().size()); }

    // Deletes the files (every version, or with `keepLatest` the older ones); file rows go as
    // the server confirms, folders once all is done. Ends with actionFinished. Refused while
    // an earlier deletion runs.
    bool removeFiles(const QStringList &keys, bool keepLatest = false);
    bool isRemoving() const { return m_removing > 0; }

Q_SIGNALS:
    void folderChanged(const QString &folder);

protected:
    QStringList columnTitles() const override;
    bool canLoad() const override { return ResourceListModel::canLoad() && !m_project.isEmpty(); }
    int rows() const override { return int(m_rows.size()); }

private:
    void fetch(QObject *context, ListLoader::Done done);
    void setTree(QList<contaxy::FileItem> files);
    QList<contaxy::FileTree::Entry> currentEntries() const;
    void removed(int count, bool keepLatest);

    auth::AccountSession *m_session;
    QString m_project;
    contaxy::FileTree m_tree;
    QString m_folder;
    QString m_search;
    QList<contaxy::FileTree::Entry> m_rows;
    int m_removing = 0;
    QStringList m_removeFailures;
    QSet<QString> m_removedKeys;
};

} // namespace wharf
