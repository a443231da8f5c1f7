#pragma once

#include "shell/appcontext.h"

#include <QHash>
#include <QMainWindow>

class QAbstractItemModel;
class QDockWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTreeView;

namespace wharf {
class AccountTreeModel;
class TransferModel;
namespace transfer {
class TransferQueue;
}
} // namespace wharf

namespace wharf::ui {

class ConnectionStatus;
class Page;
class QuickSwitcher;

// The application's main window: account tree, page stack, transfers dock, status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a page by id ("account/<id>", "account/<id>/<page>"); false if there is none.
    bool showPage(const QString &pageId);
    QString currentPageId() const;
    Page *currentPage() const;
    // The transfers dock shows this queue (not owned).
    void setTransfers(transfer::TransferQueue *queue, TransferModel *model);
    // Services created after the window (the notifier is parented to it).
    void setContext(const AppContext &context) { m_context = context; }
    // Arguments of this or a later launch: files to upload and/or a server to add.
    void openArguments(const QStringList &files, const QString &serverUrl);
    void bringToFront();

    QTreeView *accountTree() const { return m_tree; }
    QuickSwitcher *quickSwitcher() const { return m_switcher; }
    ConnectionStatus *connectionStatus() const { return m_status; }
    QDockWidget *transfersDock() const { return m_transfersDock; }

public Q_SLOTS:
    // Opens the add-account dialog, optionally with the server address filled in.
    void addAccount(const QString &serverUrl = QString());
    void signIn(const QString &accountId);
    void removeAccount(const QString &accountId);
    void showQuickSwitcher();
    void showRawReply();
    void showSettings();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Asks what to do with running transfers; false when the user chose to stay.
    bool confirmClose();
    void keepRunningInTray();
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    Page *createPage(const QString &pageId);
    // Closes the page with this id and every page below it (an account's, a project's).
    void closePages(const QString &pageId);
    void showTreeMenu(const QPoint &at);
    // Creates a project on the account's platform (its dialog); shows it in the tree.
    void newProject(const QString &accountId);
    // Gives the files received so far to the page if it takes them; true if it did.
    bool handPendingFiles(Page *page);
    void onTreeSelection();
    void restoreWindowState();

    AppContext m_context;
    AccountTreeModel *m_treeModel;
    QTreeView *m_tree;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QHash<QString, Page *> m_pages;
    QDockWidget *m_transfersDock;
    transfer::TransferQueue *m_transferQueue = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    ConnectionStatus *m_status;
    QuickSwitcher *m_switcher;
    QStringList m_pendingFiles; // handed over by a launch, waiting for an upload target
    QString m_pendingPage; // asked for before its tree node existed
};

} // namespace wharf::ui
