#include "shell/mainwindow.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "common/accounttreemodel.h"
#include "common/pageregistry.h"
#include "shell/accountpage.h"
#include "shell/connectionstatus.h"
#include "shell/quickswitcher.h"
#include "shell/transferspanel.h"
#include "shell/welcomepage.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace wharf::ui {

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    // The tree reads the page catalog, so every platform registers its pages first.
    , m_treeModel(
          (registerAllPages(), new AccountTreeModel(context.accountList, context.sessions, this)))
    , m_tree(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_transfersDock(new QDockWidget(this))
    , m_status(new ConnectionStatus(context, this))
    , m_switcher(new QuickSwitcher(m_treeModel, AccountTreeModel::PageIdRole, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setObjectName(QStringLiteral("AccountTree"));
    m_tree->setAccessibleName(tr("Accounts"));
    m_tree->setExpandsOnDoubleClick(true);
    m_stack->addWidget(m_welcome);
    m_stack->setAccessibleName(tr("Page"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("MainSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});
    setCentralWidget(splitter);

    m_transfersDock->setObjectName(QStringLiteral("TransfersDock"));
    auto *noTransfers = new QLabel(tr("No transfers yet."), m_transfersDock);
    noTransfers->setAlignment(Qt::AlignCenter);
    m_transfersDock->setWidget(noTransfers);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfersDock);
    resizeDocks({m_transfersDock}, {160}, Qt::Vertical);
    statusBar()->addPermanentWidget(m_status);

    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::onTreeSelection);
    connect(m_switcher, &QuickSwitcher::pageChosen, this, &MainWindow::showPage);
    connect(static_cast<WelcomePage *>(m_welcome), &WelcomePage::addAccountRequested, this, [this] {
        addAccount();
    });
    connect(m_treeModel,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &where, int first, int last) {
                if (!where.isValid() && !m_tree->currentIndex().isValid())
                    m_tree->setCurrentIndex(m_treeModel->index(first, 0));
                // New accounts and projects open; nodes the user collapsed stay so.
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_treeModel->index(row, 0, where));
            });
    connect(m_treeModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_treeModel->rowCount() == 0)
            m_stack->setCurrentWidget(m_welcome);
    });
    // Pages of accounts and projects that leave the tree go with them.
    connect(m_treeModel,
            &QAbstractItemModel::rowsAboutToBeRemoved,
            this,
            [this](const QModelIndex &where, int first, int last) {
                for (int row = first; row <= last; ++row)
                    closePages(m_treeModel->index(row, 0, where)
                                   .data(AccountTreeModel::PageIdRole)
                                   .toString());
            });
    // A page asked for before its node or session existed (projects still loading, sessions
    // made just after start) opens when they come.
    auto showPending = [this] {
        if (!m_pendingPage.isEmpty() && m_treeModel->indexOfPage(m_pendingPage).isValid())
            showPage(std::exchange(m_pendingPage, QString()));
    };
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this, showPending);
    connect(m_context.sessions, &auth::SessionRegistry::sessionAdded, this, showPending);
    // Everything under the tree goes at once: so do the pages.
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        for (Page *page : std::as_const(m_pages))
            page->deleteLater();
        m_pages.clear();
        m_stack->setCurrentWidget(m_welcome);
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    createActions();
    retranslate();
    m_tree->expandAll();
    if (m_treeModel->rowCount() > 0)
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::retranslate()
{
    setWindowTitle(m_context.sandbox ? tr("Wharf — Sandbox") : tr("Wharf"));
    m_transfersDock->setWindowTitle(tr("Transfers"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setTransfers(transfer::TransferQueue *queue, TransferModel *model)
{
    m_transferQueue = queue;
    m_transfersDock->setWidget(new TransfersPanel(queue, model, m_transfersDock));
    for (Page *page : std::as_const(m_pages))
        page->setTransferQueue(queue);
}

bool MainWindow::showPage(const QString &pageId)
{
    const QModelIndex index = m_treeModel->indexOfPage(pageId);
    if (!index.isValid()) {
        // A project page of a known account: its node comes once the projects are listed.
        const auto id = PageId::parse(pageId);
        if (id && id->project
            && m_treeModel->indexOfPage(PageId::forAccount(id->accountId).toString()).isValid())
            m_pendingPage = pageId;
        return false;
    }
    m_pendingPage.clear();
    if (m_tree->currentIndex() != index) {
        m_tree->setCurrentIndex(index); // comes back through onTreeSelection
        return true;
    }
    Page *page = m_pages.value(pageId);
    if (!page) {
        page = createPage(pageId);
        if (!page) {
            if (!m_context.sessions->session(
                    index.data(AccountTreeModel::AccountIdRole).toString()))
                m_pendingPage = pageId; // the account's session comes just after start
            return false;
        }
        m_pages.insert(pageId, page);
        m_stack->addWidget(page);
    }
    m_stack->setCurrentWidget(page);
    m_status->setAccount(index.data(AccountTreeModel::AccountIdRole).toString());
    page->activate();
    handPendingFiles(page); // files received earlier go to the first page that takes them
    return true;
}

void MainWindow::closePages(const QString &pageId)
{
    if (pageId.isEmpty())
        return;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() == pageId || it.key().startsWith(pageId + QLatin1Char('/'))) {
            it.value()->deleteLater();
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
}

QString MainWindow::currentPageId() const
{
    const Page *page = currentPage();
    return page ? page->pageId() : QString();
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::onTreeSelection()
{
    const QString id = m_tree->currentIndex().data(AccountTreeModel::PageIdRole).toString();
    if (!id.isEmpty())
        showPage(id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPageId());
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString page = settings.value(QStringLiteral("window/page")).toString();
    if (!page.isEmpty())
        showPage(page);
}

} // namespace wharf::ui
