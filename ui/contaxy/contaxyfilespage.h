#pragma once

#include "common/resourcepage.h"

class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace wharf {
class ContaxyFileModel;
namespace contaxy {
struct FileItem;
}
} // namespace wharf

namespace wharf::ui {

// One Contaxy project's files (the project comes from the tree): filter, upload (toolbar or
// drag and drop of files and folders), download (double-click), copy keys, delete. Transfers
// go through the queue, so they show in the transfers dock and survive a restart.
class ContaxyFilesPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyFilesPage(const PageContext &context, QWidget *parent = nullptr);

    // Queues uploads of local files and folders (folders keep their inner paths) into the
    // project. Returns the number queued; refused names are listed in the status.
    int uploadPaths(const QStringList &paths);

    QTableView *view() const { return m_view; }
    ContaxyFileModel *model() const { return m_model; }
    QAction *uploadAction() const { return m_upload; }
    QAction *downloadAction() const { return m_download; }
    QAction *deleteAction() const { return m_delete; }

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;
    void ownTransferFinished(transfer::Transfer *transfer) override;

private:
    QList<contaxy::FileItem> selectedFiles() const;
    void chooseUploads();
    void download(const QList<contaxy::FileItem> &files);
    void copyKeys();
    void confirmDelete();

    ContaxyFileModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_upload;
    QAction *m_download;
    QAction *m_copy;
    QAction *m_delete;
    QTimer *m_reloadSoon;
};

} // namespace wharf::ui
