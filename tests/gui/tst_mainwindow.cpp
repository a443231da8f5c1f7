#include "accounts/accountstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/sessionregistry.h"
#include "common/accountlistmodel.h"
#include "common/accounttreemodel.h"
#include "common/jsonview.h"
#include "common/pageregistry.h"
#include "common/resourcepage.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/contaxyfilespage.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/contaxyprojectpage.h"
#include "emulators.h"
#include "icontheme.h"
#include "ivcap/ivcapservicemodel.h"
#include "ivcap/ivcapservicespage.h"
#include "shell/accountpage.h"
#include "shell/connectionstatus.h"
#include "shell/mainwindow.h"
#include "shell/quickswitcher.h"
#include "shell/rawreplydialog.h"
#include "shell/signindialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace wharf;

// The test's own page of another platform with the key Contaxy's files page has.
class OtherFilesPage : public ui::Page
{
    Q_OBJECT
public:
    OtherFilesPage(const QString &id, QWidget *parent)
        : ui::Page(id, parent)
    { }
    QString title() const override { return QStringLiteral("other files"); }
};

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    auth::MemoryCredentialStore *m_credentials = nullptr;
    AccountStore *m_accounts = nullptr;
    AccountListModel *m_list = nullptr;
    auth::SessionRegistry *m_sessions = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_contaxyId, m_ivcapId;

    AccountTreeModel *m_treeModel() const
    {
        return qobject_cast<AccountTreeModel *>(m_window->accountTree()->model());
    }

    ui::AppContext context() const
    {
        ui::AppContext c;
        c.accounts = m_accounts;
        c.accountList = m_list;
        c.credentials = m_credentials;
        c.sessions = m_sessions;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installIconFallback(); // as the application does: icons without a desktop theme
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("accounts.ini")),
                                                 QSettings::IniFormat);
        m_credentials = new auth::MemoryCredentialStore(this);
        m_accounts = new AccountStore(m_settings.get(), m_credentials, this);
        Account contaxy;
        contaxy.displayName = QStringLiteral("Lab Contaxy");
        contaxy.serverUrl = test::emulator(QStringLiteral("contaxy")).url;
        contaxy.kind = PlatformKind::Contaxy;
        contaxy.username = QStringLiteral("alice");
        Account ivcap;
        ivcap.displayName = QStringLiteral("Science IVCAP");
        ivcap.serverUrl = test::emulator(QStringLiteral("ivcap")).url;
        ivcap.kind = PlatformKind::Ivcap;
        m_contaxyId = m_accounts->add(contaxy)->id;
        m_ivcapId = m_accounts->add(ivcap)->id;
        m_list = new AccountListModel(this);
        m_list->setStore(m_accounts);
        m_sessions = new auth::SessionRegistry(m_accounts, m_credentials, this);
        // A page key that Contaxy uses too ("files"), on another platform: each platform's
        // page opens, never the other's.
        ui::registerAllPages();
        ui::PageRegistry::add({PlatformKind::Ivcap,
                               QStringLiteral("files"),
                               QT_TRANSLATE_NOOP("Pages", "Files"),
                               QStringLiteral("folder"),
                               PageKind::Scope::Account},
                              [](const ui::PageContext &c, QWidget *parent) {
                                  return new OtherFilesPage(c.id.toString(), parent);
                              });
        m_window = std::make_unique<ui::MainWindow>(context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_sessions->session(m_ivcapId));
    }

    void opensWithAccounts()
    {
        QAbstractItemModel *tree = m_window->accountTree()->model();
        new QAbstractItemModelTester(
            tree, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(tree->rowCount(), 2);
        QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("Lab Contaxy"));
        QCOMPARE(tree->rowCount(tree->index(1, 0)), 2); // IVCAP › Services, Files (the test's)
        // Contaxy: the account's pages; projects come before them once signed in.
        QStringList accountPages;
        for (int row = 0; row < tree->rowCount(tree->index(0, 0)); ++row)
            accountPages << tree->index(row, 0, tree->index(0, 0)).data().toString();
        QCOMPARE(
            accountPages,
            QStringList(
                {QStringLiteral("Tokens"), QStringLiteral("Server"), QStringLiteral("Users")}));
        QCOMPARE(tree->index(1, 0).data(AccountTreeModel::IconNameRole).toString(),
                 QStringLiteral("office-chart-line"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("account/") + m_contaxyId);
    }

    void signInThroughDialog()
    {
        m_window->signIn(m_contaxyId);
        auto *dialog = m_window->findChild<ui::SignInDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("alice"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("wrong-password"));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("unauthorized_client")));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("alice-password"));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sessions->identity(m_contaxyId).name.isEmpty(), 10000);
        QCOMPARE(m_sessions->identity(m_contaxyId).name, QStringLiteral("alice"));
        QTRY_VERIFY(m_window->connectionStatus()->text().contains(QStringLiteral("alice")));
        QVERIFY(m_credentials->contains(m_contaxyId));
    }

    void accountPageSaysHowAndWhen()
    {
        QVERIFY(m_window->showPage(PageId::forAccount(m_contaxyId).toString()));
        auto *page = qobject_cast<ui::AccountPage *>(m_window->currentPage());
        QVERIFY(page);
        auto label = [page](const char *name) {
            for (QLabel *l : page->findChildren<QLabel *>()) {
                if (l->accessibleName() == QLatin1String(name))
                    return l->text();
            }
            return QStringLiteral("<none>");
        };
        QTRY_VERIFY_WITH_TIMEOUT(label("Signed in as").contains(QLatin1String("alice")), 10000);
        QCOMPARE(label("Sign-in method"), QStringLiteral("API token")); // Contaxy's never expire
        QCOMPARE(label("Sign-in expires"), QStringLiteral("not set by the server"));
        QTRY_VERIFY_WITH_TIMEOUT(label("Server version") != QLatin1String("checking…"), 10000);
        QVERIFY2(label("Server version").contains(QRegularExpression(QStringLiteral("^\\d"))),
                 qPrintable(label("Server version")));
        QVERIFY(label("Server").contains(test::emulator(QStringLiteral("contaxy")).url.toString()));
    }

    void projectsAppearInTheTree()
    {
        QAbstractItemModel *tree = m_window->accountTree()->model();
        const QModelIndex contaxy = tree->index(0, 0);
        // Home first (GET /projects hides it), then by name; each project has its pages.
        // The account's own pages (Tokens, Server, Users) are there before the projects.
        QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount(contaxy) >= 3 + 2, 10000);
        QVERIFY(tree->index(0, 0, contaxy).data().toString().contains(QLatin1String("home")));
        QCOMPARE(tree->index(0, 0, contaxy).data(AccountTreeModel::IconNameRole).toString(),
                 QStringLiteral("go-home"));
        const QModelIndex demo = m_treeModel()->indexOfPage(
            PageId::forProject(m_contaxyId, QStringLiteral("demo-project")).toString());
        QVERIFY(demo.isValid());
        QCOMPARE(demo.parent(), contaxy);
        QCOMPARE(demo.data().toString(), QStringLiteral("Demo project"));
        QStringList pages;
        for (int row = 0; row < tree->rowCount(demo); ++row)
            pages << tree->index(row, 0, demo).data().toString();
        QCOMPARE(pages,
                 QStringList({QStringLiteral("Files"),
                              QStringLiteral("Deployments"),
                              QStringLiteral("Tokens"),
                              QStringLiteral("Documents"),
                              QStringLiteral("Extensions"),
                              QStringLiteral("Members")}));
        QCOMPARE(tree->index(0, 0, demo).data(AccountTreeModel::PageIdRole).toString(),
                 QStringLiteral("account/%1/project/demo-project/files").arg(m_contaxyId));
        QVERIFY(!tree->index(0, 0, demo).data(Qt::DecorationRole).value<QIcon>().isNull()
                || QIcon::themeName().isEmpty()); // icons come from the theme or the fallback
    }

    void everyNodeAndActionHasAnIcon()
    {
        // Icon names are data (the page catalogue, models' IconNameRole, page actions), so
        // tst_iconmanifest cannot see them: every one must resolve here, theme or fallback.
        QAbstractItemModel *tree = m_window->accountTree()->model();
        QList<QModelIndex> pending {QModelIndex()};
        int nodes = 0;
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < tree->rowCount(parent); ++row) {
                const QModelIndex index = tree->index(row, 0, parent);
                QVERIFY2(!index.data(Qt::DecorationRole).value<QIcon>().isNull(),
                         qPrintable(index.data(AccountTreeModel::IconNameRole).toString()));
                pending << index;
                ++nodes;
            }
        }
        QVERIFY(nodes >= 8);
        for (const QString &page :
             {PageId::forProject(
                  m_contaxyId, QStringLiteral("demo-project"), QStringLiteral("files"))
                  .toString(),
              PageId::forAccount(m_ivcapId, QStringLiteral("services")).toString()}) {
            QVERIFY(m_window->showPage(page));
            auto *resources = qobject_cast<ui::ResourcePage *>(m_window->currentPage());
            QVERIFY(resources);
            int withIcons = 0;
            for (QAction *action : resources->toolBar()->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue; // widgets in the toolbar (filter, format box)
                QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
                ++withIcons;
            }
            QVERIFY(withIcons >= 3);
        }
    }

    void samePageKeyOnTwoPlatformsOpensEach()
    {
        const QString contaxyFiles = PageId::forProject(m_contaxyId,
                                                        QStringLiteral("demo-project"),
                                                        QStringLiteral("files"))
                                         .toString();
        QVERIFY(m_window->showPage(contaxyFiles));
        auto *files = qobject_cast<ui::ContaxyFilesPage *>(m_window->currentPage());
        QVERIFY(files);
        QCOMPARE(files->model()->project(), QStringLiteral("demo-project"));
        QTRY_VERIFY(files->title().contains(QLatin1String("Demo project")));
        QVERIFY(
            m_window->showPage(PageId::forAccount(m_ivcapId, QStringLiteral("files")).toString()));
        QVERIFY(qobject_cast<OtherFilesPage *>(m_window->currentPage()));
        // The project node opens the project's own page.
        QVERIFY(m_window->showPage(
            PageId::forProject(m_contaxyId, QStringLiteral("demo-project")).toString()));
        QVERIFY(qobject_cast<ui::ContaxyProjectPage *>(m_window->currentPage()));
    }

    void projectPagesGoWithTheirProject()
    {
        auto *projects
            = qobject_cast<ContaxyProjectModel *>(m_treeModel()->projectModel(m_contaxyId));
        QVERIFY(projects);
        contaxy::Project project;
        project.id = QStringLiteral("short-lived");
        project.displayName = QStringLiteral("Short lived");
        bool created = false;
        projects->create(project, this, [&](const QString &id, auto) { created = !id.isEmpty(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        const QString pageId
            = PageId::forProject(m_contaxyId, project.id, QStringLiteral("files")).toString();
        QVERIFY(m_window->showPage(pageId)); // in the tree at once
        QPointer<ui::Page> page = m_window->currentPage();
        QVERIFY(page);
        projects->remove(project.id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_treeModel()->indexOfPage(pageId).isValid(), 10000);
        QTRY_VERIFY(page.isNull()); // closed with its node
    }

    void renamedProjectMovesInTheTree()
    {
        auto *projects
            = qobject_cast<ContaxyProjectModel *>(m_treeModel()->projectModel(m_contaxyId));
        QVERIFY(projects);
        contaxy::Project project;
        project.id = QStringLiteral("renamed-later");
        project.displayName = QStringLiteral("Zz renamed later");
        bool created = false;
        projects->create(project, this, [&](const QString &id, auto) { created = !id.isEmpty(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        const QString pageId
            = PageId::forProject(m_contaxyId, project.id, QStringLiteral("files")).toString();
        QVERIFY(m_window->showPage(pageId));
        QPointer<ui::Page> page = m_window->currentPage();
        const QModelIndex node
            = m_treeModel()->indexOfPage(PageId::forProject(m_contaxyId, project.id).toString());
        QPersistentModelIndex before(node);
        bool saved = false;
        projects->update(project.id,
                         QStringLiteral("Aa renamed later"),
                         QString(),
                         this,
                         [&](const QString &id, auto) { saved = !id.isEmpty(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        // Right after the home project now; the node, its pages and the open page stay.
        const QModelIndex moved
            = m_treeModel()->indexOfPage(PageId::forProject(m_contaxyId, project.id).toString());
        QCOMPARE(moved.row(), projects->rowOf(project.id));
        QVERIFY(moved.row() < node.row() || node.row() == 1);
        QCOMPARE(QModelIndex(before), moved);
        QCOMPARE(moved.data().toString(), QStringLiteral("Aa renamed later"));
        QVERIFY(m_treeModel()->indexOfPage(pageId).isValid());
        QVERIFY(!page.isNull());
        projects->remove(project.id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_treeModel()->indexOfPage(pageId).isValid(), 10000);
    }

    void deletingAProjectNeedsItsId()
    {
        auto *projects
            = qobject_cast<ContaxyProjectModel *>(m_treeModel()->projectModel(m_contaxyId));
        QVERIFY(projects);
        contaxy::Project project;
        project.id = QStringLiteral("typed-away");
        project.displayName = QStringLiteral("Typed away");
        bool created = false;
        projects->create(project, this, [&](const QString &id, auto) { created = !id.isEmpty(); });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        QVERIFY(m_window->showPage(PageId::forProject(m_contaxyId, project.id).toString()));
        auto *page = qobject_cast<ui::ContaxyProjectPage *>(m_window->currentPage());
        QVERIFY(page);
        auto answer = [page](const QString &typed) {
            page->confirmDelete();
            QInputDialog *ask = nullptr;
            QTRY_VERIFY((ask = page->findChild<QInputDialog *>()) && ask->isVisible());
            ask->setTextValue(typed);
            ask->accept();
        };
        answer(QStringLiteral("typed-awa")); // not quite
        auto status = [page] {
            for (QLabel *l : page->findChildren<QLabel *>())
                if (l->accessibleName() == QLatin1String("Status"))
                    return l->text();
            return QString();
        };
        QTRY_VERIFY(status().contains(QLatin1String("did not match")));
        QTest::qWait(200);
        QVERIFY(projects->rowOf(project.id) >= 0);
        answer(project.id);
        QTRY_COMPARE_WITH_TIMEOUT(projects->rowOf(project.id), -1, 10000);
        // The home project cannot be deleted from here.
        QVERIFY(m_window->showPage(PageId::forProject(m_contaxyId, projects->homeId()).toString()));
        auto *home = qobject_cast<ui::ContaxyProjectPage *>(m_window->currentPage());
        QVERIFY(home);
        bool deletable = true;
        for (QAction *action : home->findChildren<QAction *>())
            if (action->text().contains(QLatin1String("Delete Project")))
                deletable = action->isEnabled();
        QVERIFY(!deletable);
    }

    void rawReplyOfCurrentPage()
    {
        QVERIFY(m_window->showPage(PageId::forAccount(m_contaxyId).toString()));
        m_window->showRawReply();
        auto *dialog = m_window->findChild<ui::RawReplyDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->view()->isJson());
        QVERIFY(dialog->view()->text().contains(QStringLiteral("\"alice\"")));
        dialog->close();
    }

    void quickSwitcherFindsPage()
    {
        auth::AccountSession *ivcap = m_sessions->session(m_ivcapId);
        ivcap->signInWithToken(QStringLiteral("ivcap-demo-token"));
        QTRY_VERIFY(m_sessions->isSignedIn(m_ivcapId));
        // Shortcuts reach only the active window.
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        ui::QuickSwitcher *switcher = m_window->quickSwitcher();
        QTRY_VERIFY(switcher->isVisible());
        // "serv" alone would match Contaxy's Server page first.
        QTest::keyClicks(switcher->filterEdit(), QStringLiteral("servi"));
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPageId(),
                     QStringLiteral("account/%1/services").arg(m_ivcapId));
    }

    void servicesPageLoadsPageByPage()
    {
        auto *page = qobject_cast<ui::IvcapServicesPage *>(m_window->currentPage());
        QVERIFY(page);
        // The view asks for more pages until it is full or the list ends.
        QTRY_COMPARE(page->model()->rowCount(), 23);
        QVERIFY(page->model()->loader()->atEnd());
        QVERIFY(page->rawReply().contains("\"items\""));
        QVERIFY(page->view()->model()->rowCount() == 23);

        // Page by page: the tester, like a view, asks for more after each page arrives.
        IvcapServiceModel model(m_sessions->session(m_ivcapId), nullptr);
        model.setPageSize(10);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loader()->isLoading());
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 23);
        QVERIFY(model.loader()->atEnd());
        QVERIFY(!model.canFetchMore({}));
        QList<int> pageSizes;
        for (const auto &args : inserted)
            pageSizes << args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(pageSizes, (QList<int> {10, 10, 3}));
        QCOMPARE(model.index(0, IvcapServiceModel::IdColumn).data().toString().left(18),
                 QStringLiteral("urn:ivcap:service:"));
    }

    void windowStateIsRemembered()
    {
        m_window->resize(900, 640);
        m_window->close();
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        QCOMPARE(settings.value(QStringLiteral("window/page")).toString(),
                 QStringLiteral("account/%1/services").arg(m_ivcapId));
        ui::MainWindow again(context());
        QCOMPARE(again.size(), QSize(900, 640));
        QCOMPARE(again.currentPageId(), QStringLiteral("account/%1/services").arg(m_ivcapId));
        // A project page comes back once the account's projects are listed again.
        const QString files
            = PageId::forProject(m_contaxyId, QStringLiteral("speech-lab"), QStringLiteral("files"))
                  .toString();
        again.showPage(files); // shown once the projects are listed
        QTRY_COMPARE_WITH_TIMEOUT(again.currentPageId(), files, 10000);
        again.close();
        ui::MainWindow third(context());
        QTRY_COMPARE_WITH_TIMEOUT(third.currentPageId(), files, 10000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
