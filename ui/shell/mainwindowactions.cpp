// MainWindow's menus, shortcuts and the dialogs they open; the layout is in mainwindow.cpp.
#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "common/accounttreemodel.h"
#include "common/pageregistry.h"
#include "common/resourcelistmodel.h"
#include "logging/logfile.h"
#include "shell/aboutdialog.h"
#include "shell/accountpage.h"
#include "shell/addaccountdialog.h"
#include "shell/mainwindow.h"
#include "shell/quickswitcher.h"
#include "shell/rawreplydialog.h"
#include "shell/settingsdialog.h"
#include "shell/signindialog.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTreeView>

namespace wharf::ui {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Add Account…"), QKeySequence::New, this, [this] { addAccount(); });
    file->addSeparator();
    QAction *settings = file->addAction(
        tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    settings->setEnabled(m_context.settings != nullptr);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Quick Switcher…"),
                  QKeySequence(Qt::CTRL | Qt::Key_K),
                  this,
                  &MainWindow::showQuickSwitcher);
    go->addAction(tr("Focus &Account Tree"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] {
        m_tree->setFocus();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *transfers = m_transfersDock->toggleViewAction();
    transfers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(transfers);
    view->addAction(
        tr("Show &Raw Reply"), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::showRawReply);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    auto currentAccount = [this] {
        return m_tree->currentIndex().data(AccountTreeModel::AccountIdRole).toString();
    };
    account->addAction(tr("&Sign In…"), this, [this, currentAccount] { signIn(currentAccount()); });
    account->addAction(tr("Sign &Out"), this, [this, currentAccount] {
        if (auto *session = m_context.sessions->session(currentAccount()))
            session->signOut();
    });
    account->addAction(
        tr("&Retry Connection"), QKeySequence::Refresh, this, [this, currentAccount] {
            if (auto *monitor = m_context.sessions->monitor(currentAccount()))
                monitor->retryNow();
        });
    account->addSeparator();
    account->addAction(
        tr("Re&move Account…"), this, [this, currentAccount] { removeAccount(currentAccount()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Wharf"), this, &MainWindow::showAbout);
}

void MainWindow::showSettings()
{
    if (!m_context.settings)
        return;
    QList<SettingsDialog::Page> pages;
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        const QModelIndex account = m_treeModel->index(row, 0);
        pages.append(
            {account.data(AccountTreeModel::PageIdRole).toString(), account.data().toString()});
    }
    SettingsDialog dialog(m_context.settings, m_context.credentials, pages, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QStringList accounts;
    for (const Account &account : m_context.accounts->accounts())
        accounts << QStringLiteral("%1 – %2 – %3")
                        .arg(account.displayName,
                             platformKindDisplayName(account.kind),
                             account.serverUrl.toString());
    AboutDialog dialog(accounts, logging::LogFile::installed(), this);
    dialog.exec();
}

Page *MainWindow::createPage(const QString &pageId)
{
    const auto id = PageId::parse(pageId);
    const QModelIndex index = m_treeModel->indexOfPage(pageId);
    if (!id || !index.isValid())
        return nullptr;
    if (!m_context.sessions->session(id->accountId))
        return nullptr; // sessions come just after start (showPage waits for them)
    if (id->isAccountPage()) {
        auto *page = new AccountPage(m_context, id->accountId, m_stack);
        connect(page, &AccountPage::signInRequested, this, &MainWindow::signIn);
        connect(page, &AccountPage::removeRequested, this, &MainWindow::removeAccount);
        return page;
    }
    PageContext context {m_context, *id, m_transferQueue, m_treeModel->projectModel(id->accountId)};
    const auto platform = platformKindFromId(index.data(AccountTreeModel::KindIdRole).toString());
    return PageRegistry::create(platform, context, m_stack);
}

void MainWindow::showTreeMenu(const QPoint &at)
{
    const QModelIndex index = m_tree->indexAt(at);
    if (!index.isValid())
        return;
    const QString accountId = index.data(AccountTreeModel::AccountIdRole).toString();
    const auto type
        = AccountTreeModel::NodeType(index.data(AccountTreeModel::NodeTypeRole).toInt());
    const auto platform = platformKindFromId(index.data(AccountTreeModel::KindIdRole).toString());
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Open"), this, [this, index] {
        showPage(index.data(AccountTreeModel::PageIdRole).toString());
    });
    if (PageRegistry::newProject(platform) && m_treeModel->projectModel(accountId)) {
        menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                       tr("&New Project…"),
                       this,
                       [this, accountId] { newProject(accountId); });
        menu.addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                       tr("&Reload Projects"),
                       this,
                       [this, accountId] { m_treeModel->reloadProjects(accountId); });
    }
    if (type == AccountTreeModel::NodeType::Account) {
        menu.addSeparator();
        const bool signedIn = m_context.sessions->isSignedIn(accountId);
        if (!signedIn)
            menu.addAction(QIcon::fromTheme(QStringLiteral("dialog-password")),
                           tr("&Sign In…"),
                           this,
                           [this, accountId] { signIn(accountId); });
        else
            menu.addAction(QIcon::fromTheme(QStringLiteral("network-disconnect")),
                           tr("Sign &Out"),
                           this,
                           [this, accountId] {
                               if (auto *session = m_context.sessions->session(accountId))
                                   session->signOut();
                           });
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                       tr("Re&move Account…"),
                       this,
                       [this, accountId] { removeAccount(accountId); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

void MainWindow::newProject(const QString &accountId)
{
    const QModelIndex account = m_treeModel->indexOfPage(PageId::forAccount(accountId).toString());
    const auto platform = platformKindFromId(account.data(AccountTreeModel::KindIdRole).toString());
    const auto create = PageRegistry::newProject(platform);
    ResourceListModel *projects = m_treeModel->projectModel(accountId);
    if (!create || !projects)
        return;
    const QString id = create(projects, this);
    if (!id.isEmpty())
        showPage(PageId::forProject(accountId, id).toString());
}

void MainWindow::addAccount(const QString &serverUrl)
{
    AddAccountDialog dialog(m_context.accounts, this);
    dialog.urlEdit()->setText(serverUrl);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showPage(PageId::forAccount(dialog.addedAccountId()).toString());
    if (!dialog.addressNote().isEmpty())
        statusBar()->showMessage(dialog.addressNote(), 15000);
    signIn(dialog.addedAccountId());
}

void MainWindow::signIn(const QString &accountId)
{
    auth::AccountSession *session = m_context.sessions->session(accountId);
    if (!session)
        return;
    auto *dialog = new SignInDialog(session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::removeAccount(const QString &accountId)
{
    const auto account = m_context.accounts->findById(accountId);
    if (!account)
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Remove Account"),
        tr("Remove the account \"%1\"? Its stored sign-in is deleted from the keychain; "
           "nothing on the server changes.")
            .arg(account->displayName));
    if (answer == QMessageBox::Yes)
        m_context.accounts->remove(accountId);
}

void MainWindow::openArguments(const QStringList &files, const QString &serverUrl)
{
    bringToFront();
    if (!serverUrl.isEmpty())
        addAccount(serverUrl);
    if (files.isEmpty())
        return;
    m_pendingFiles += files;
    if (!handPendingFiles(currentPage()))
        statusBar()->showMessage(tr("%n file(s) received; open a Files or Jobs page to upload "
                                    "them.",
                                    nullptr,
                                    int(m_pendingFiles.size())));
}

bool MainWindow::handPendingFiles(Page *page)
{
    if (m_pendingFiles.isEmpty() || !page || !page->takeFiles(m_pendingFiles))
        return false;
    statusBar()->showMessage(
        tr("%n file(s) handed to %1.", nullptr, int(m_pendingFiles.size())).arg(page->title()));
    m_pendingFiles.clear();
    return true;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    QApplication::alert(this);
}

bool MainWindow::confirmClose()
{
    if (!m_transferQueue)
        return true;
    int active = 0;
    for (const transfer::Transfer *t : m_transferQueue->transfers())
        active += t->isActive() ? 1 : 0;
    if (active == 0)
        return true;
    QMessageBox box(QMessageBox::Question,
                    tr("Transfers Running"),
                    tr("%n transfer(s) still running.", nullptr, active),
                    QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Resumable transfers continue the next time Wharf starts."));
    QPushButton *stop = box.addButton(tr("&Quit and Pause"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(tr("Quit and &Cancel Them"), QMessageBox::DestructiveRole);
    QPushButton *tray = nullptr;
    if (QSystemTrayIcon::isSystemTrayAvailable()) // GNOME often has none: then not offered
        tray = box.addButton(tr("Keep Running in the &Tray"), QMessageBox::ActionRole);
    QPushButton *wait = box.addButton(tr("&Wait"), QMessageBox::RejectRole);
    box.setDefaultButton(wait);
    box.exec();
    if (tray && box.clickedButton() == tray) {
        keepRunningInTray();
        return false;
    }
    if (box.clickedButton() == cancel) {
        for (const transfer::Transfer *t : m_transferQueue->transfers()) {
            if (t->isActive())
                m_transferQueue->cancel(t->id());
        }
        return true;
    }
    if (box.clickedButton() == stop) {
        m_transferQueue->setPaused(true);
        m_transferQueue->saveNow();
        return true;
    }
    return false;
}

void MainWindow::keepRunningInTray()
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Wharf — transfers running"));
        auto *menu = new QMenu(this);
        menu->addAction(tr("&Show Wharf"), this, &MainWindow::bringToFront);
        menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, &MainWindow::bringToFront);
    }
    m_tray->show();
    hide();
}

void MainWindow::showQuickSwitcher()
{
    m_switcher->refresh();
    m_switcher->open();
}

void MainWindow::showRawReply()
{
    const Page *page = currentPage();
    if (!page)
        return;
    auto *dialog = new RawReplyDialog(page->title(), page->rawReply(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace wharf::ui
