#pragma once

#include "common/page.h"
#include "shell/appcontext.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace wharf {
class ContaxyFileModel;
class ContaxyProjectModel;
namespace contaxy {
struct FileItem;
}
namespace transfer {
class TransferQueue;
}
} // namespace wharf

namespace wharf::ui {

// A Contaxy project's files: pick the project, filter, upload (button or drag and drop of
// files and folders), download, copy a key, delete. Transfers go through the queue, so they
// show in the transfers dock and survive a restart.
class ContaxyFilesPage : public Page
{
    Q_OBJECT
public:
    ContaxyFilesPage(const AppContext &context,
                     const QString &accountId,
                     transfer::TransferQueue *transfers,
                     QWidget *parent = nullptr);

    QString title() const override;
    QByteArray rawReply() const override;
    void activate() override;
    void setTransferQueue(transfer::TransferQueue *queue) override;
    bool takeFiles(const QStringList &paths) override;

    // Queues uploads of local files and folders (folders keep their inner paths) into the
    // current project. Returns the number queued; refused names are listed in the status.
    int uploadPaths(const QStringList &paths);

    QComboBox *projectBox() const { return m_projects; }
    QPushButton *newProjectButton() const { return m_newProject; }
    QTableView *view() const { return m_view; }
    ContaxyFileModel *model() const { return m_model; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *downloadButton() const { return m_download; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QList<contaxy::FileItem> selectedFiles() const;
    void chooseUploads();
    void downloadSelected();
    void copyKeys();
    void confirmDelete();
    void createProject();
    void deleteFiles(const QList<contaxy::FileItem> &files);
    void updateActions();
    void updateStatus();

    AppContext m_context;
    QString m_accountId;
    transfer::TransferQueue *m_transfers;
    ContaxyProjectModel *m_projectModel;
    ContaxyFileModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_projects;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_reload;
    QPushButton *m_newProject;
    QPushButton *m_upload;
    QPushButton *m_download;
    QPushButton *m_copy;
    QPushButton *m_delete;
    QTimer *m_reloadSoon;
    QString m_notice; // the outcome of the last action, shown beside the counts
    int m_pendingDeletes = 0;
    bool m_projectsResetting = false;
    QStringList m_waitingFiles; // handed over before a project was chosen
};

} // namespace wharf::ui
