#pragma once

#include "common/resourcepage.h"

class QLineEdit;
class QTableView;
class QTimer;

namespace wharf {
class ContaxyFileModel;
class FoldersFirstProxy;
namespace contaxy {
struct FileItem;
}
} // namespace wharf

namespace wharf::ui {

class BreadcrumbBar;

// One Contaxy project's files as a folder browser (the project comes from the tree): a
// breadcrumb with back, forward and up; folders open in place; search below the folder;
// upload by picker or by dropping files and folders onto the list or onto a folder row;
// download of files, a selection or whole folders (asking before anything is replaced); file
// properties with metadata and versions; copy key and URL; delete. Transfers go through the
// queue, so they show in the transfers dock and survive a restart.
class ContaxyFilesPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyFilesPage(const PageContext &context, QWidget *parent = nullptr);

    // Queues uploads of local files and folders (folders keep their inner paths) into
    // `folder` of the project ("" the root; the folder shown by default). Returns the number
    // queued; refused names are listed in the status.
    int uploadPaths(const QStringList &paths);
    int uploadPathsInto(const QStringList &paths, const QString &folder);
    // Queues downloads of the entries (files, and every file below folders) into `target`,
    // keeping the folders; `replace` overwrites files that exist there. Returns the number.
    int downloadKeysTo(const QStringList &keys, const QString &target, bool replace);

    QTableView *view() const { return m_view; }
    ContaxyFileModel *model() const { return m_model; }
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }
    QLineEdit *filter() const { return m_filter; }
    QAction *uploadAction() const { return m_upload; }
    QAction *downloadAction() const { return m_download; }
    QAction *deleteAction() const { return m_delete; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *upAction() const { return m_up; }
    QAction *propertiesAction() const { return m_properties; }

    // Opens a folder ("a/b/") and remembers where the user was, for Back.
    void openFolder(const QString &folder);
    // A folder key opens it; a file key opens its folder with the file selected (once the
    // list is there).
    void openItem(const QString &key) override;

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;
    void ownTransferFinished(transfer::Transfer *transfer) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addNavigation(const QString &icon,
                           const QString &text,
                           const QKeySequence &shortcut,
                           std::function<void()> triggered);
    QStringList selectedKeys() const;
    QString folderAt(const QPoint &pagePos) const;
    void chooseUploads(bool folders);
    void download(const QStringList &keys);
    void copyKeys();
    void copyUrls();
    void confirmDelete(bool olderVersionsOnly);
    void showProperties();
    void folderShown(const QString &folder);
    void goBack();
    void goForward();

    ContaxyFileModel *m_model;
    FoldersFirstProxy *m_proxy;
    QTableView *m_view;
    BreadcrumbBar *m_breadcrumb;
    QLineEdit *m_filter = nullptr;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_up;
    QAction *m_upload;
    QAction *m_uploadFolder;
    QAction *m_download;
    QAction *m_properties;
    QAction *m_copy;
    QAction *m_copyUrl;
    QAction *m_delete;
    QAction *m_deleteOlder;
    QTimer *m_reloadSoon;
    QTimer *m_searchSoon;
    QString m_pendingItem; // openItem before the list had arrived
    QStringList m_backStack;
    QStringList m_forwardStack;
};

} // namespace wharf::ui
