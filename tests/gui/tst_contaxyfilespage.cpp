// The Contaxy files page of one project (as the tree opens it) against the emulator, with the
// real transfer queue behind it: folders and files appear, folders open (Return, breadcrumb,
// Back/Forward/Up, Backspace), search finds matches below the folder, dropped files and
// folders upload (onto the list or onto a folder row; bad names are refused and said so),
// downloads land in the download folder (files, and whole folders, asking before replacing),
// the properties dialog shows versions and saves metadata, Delete asks first with Cancel as
// the default, and the new-project dialog asks the server for an id and puts the project
// into the tree's project model.
#include "accounts/accountstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/sessionregistry.h"
#include "common/accountlistmodel.h"
#include "common/breadcrumbbar.h"
#include "common/listloader.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/contaxyfilespage.h"
#include "contaxy/contaxyfileversionmodel.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/filepropertiesdialog.h"
#include "contaxy/newprojectdialog.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "net/httpclient.h"
#include "sessionhelpers.h"
#include "settings/appsettings.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <optional>

using namespace wharf;

class TestContaxyFilesPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_accountsFile, m_appFile;
    std::unique_ptr<AppSettings> m_appSettings;
    auth::MemoryCredentialStore *m_credentials = nullptr;
    AccountStore *m_accounts = nullptr;
    auth::SessionRegistry *m_sessions = nullptr;
    transfer::TransferQueue *m_queue = nullptr;
    std::unique_ptr<ContaxyProjectModel> m_projects;
    std::unique_ptr<ui::ContaxyFilesPage> m_page;
    QString m_accountId;
    ui::AppContext m_context;

    ui::PageContext pageContext(transfer::TransferQueue *queue) const
    {
        return {m_context,
                PageId::forProject(
                    m_accountId, QStringLiteral("demo-project"), QStringLiteral("files")),
                queue,
                m_projects.get()};
    }

    QString write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("local/") + relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }

    int rowOf(const QString &key) const
    {
        const ContaxyFileModel *model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entry(row).key == key)
                return row;
        }
        return -1;
    }

    // Whether the project has a file at `key` (wherever the page is).
    bool hasKey(const QString &key) const
    {
        return m_page->model()->tree().filesUnder(key).size() == 1;
    }

    QModelIndex viewIndexOf(const QString &key) const
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_page->view()->model());
        return proxy->mapFromSource(m_page->model()->index(rowOf(key), 0));
    }

    // Drops local files at `at` (page coordinates; the list's centre by default).
    void drop(const QStringList &paths, std::optional<QPoint> where = std::nullopt)
    {
        auto *mime = new QMimeData;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        mime->setUrls(urls);
        const QPointF at = where
            ? QPointF(*where)
            : QPointF(m_page->view()->mapTo(m_page.get(), m_page->view()->rect().center()));
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &dropEvent);
        QVERIFY(dropEvent.isAccepted());
        delete mime;
    }

    // Waits until every transfer in the queue has ended; true if all completed.
    bool allTransfersComplete()
    {
        for (int i = 0; i < m_queue->count(); ++i) {
            transfer::Transfer *t = m_queue->at(i);
            QSignalSpy finished(t, &transfer::Transfer::finished);
            if (t->state() != transfer::Transfer::State::Completed
                && t->state() != transfer::Transfer::State::Failed && !finished.wait(20000))
                return false;
            if (t->state() != transfer::Transfer::State::Completed) {
                qWarning() << t->spec().displayName() << t->error().toString();
                return false;
            }
        }
        return true;
    }

    void selectKey(const QString &key)
    {
        const int row = rowOf(key);
        QVERIFY(row >= 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_page->view()->model());
        m_page->view()->selectionModel()->select(
            proxy->mapFromSource(m_page->model()->index(row, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_accountsFile = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("a.ini")),
                                                     QSettings::IniFormat);
        m_appFile = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("app.ini")),
                                                QSettings::IniFormat);
        m_appSettings = std::make_unique<AppSettings>(m_appFile.get());
        QDir().mkpath(m_dir.filePath(QStringLiteral("downloads")));
        QVERIFY(m_appSettings->setDownloadFolder(m_dir.filePath(QStringLiteral("downloads"))));
        m_credentials = new auth::MemoryCredentialStore(this);
        m_accounts = new AccountStore(m_accountsFile.get(), m_credentials, this);
        Account contaxy;
        contaxy.displayName = QStringLiteral("Lab Contaxy");
        contaxy.serverUrl = test::emulator(QStringLiteral("contaxy")).url;
        contaxy.kind = PlatformKind::Contaxy;
        m_accountId = m_accounts->add(contaxy)->id;
        m_sessions = new auth::SessionRegistry(m_accounts, m_credentials, this);
        m_sessions->setMonitoringEnabled(false);
        QTRY_VERIFY(m_sessions->session(m_accountId));
        auth::AccountSession *session = m_sessions->session(m_accountId);
        QSignalSpy signedIn(session, &auth::AccountSession::signedIn);
        session->signInWithPassword(QStringLiteral("alice"), QStringLiteral("alice-password"));
        QVERIFY(signedIn.wait(10000));
        m_queue = new transfer::TransferQueue(
            m_dir.filePath(QStringLiteral("queue")),
            [session](const QString &) { return test::settingsFor(session); },
            this);
        m_context.accounts = m_accounts;
        m_context.credentials = m_credentials;
        m_context.sessions = m_sessions;
        m_context.settings = m_appSettings.get();
        m_projects = std::make_unique<ContaxyProjectModel>(session, nullptr);
        m_projects->reload();
        QVERIFY(test::waitLoaded(*m_projects));
        m_page = std::make_unique<ui::ContaxyFilesPage>(pageContext(m_queue));
        m_page->resize(900, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
    }

    void filesShown()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("data/")) >= 0, 10000);
        QVERIFY(rowOf(QStringLiteral("README.md")) >= 0);
        QCOMPARE(m_page->title(), QStringLiteral("Files of Demo project — Lab Contaxy"));
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("file")));
        // Folders first, whatever the order.
        auto *proxy = m_page->view()->model();
        QVERIFY(proxy->index(0, 0).data(ContaxyFileModel::IsFolderRole).toBool());
        m_page->view()->sortByColumn(ContaxyFileModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(proxy->index(0, 0).data(ContaxyFileModel::IsFolderRole).toBool());
        QVERIFY(
            !proxy->index(proxy->rowCount() - 1, 0).data(ContaxyFileModel::IsFolderRole).toBool());
        m_page->view()->sortByColumn(ContaxyFileModel::NameColumn, Qt::AscendingOrder);
        // Search looks below the folder, by name.
        QLineEdit *filter = m_page->filter();
        QTest::keyClicks(filter, QStringLiteral("TRAIN"));
        QTRY_COMPARE(m_page->view()->model()->rowCount(), 1);
        QVERIFY(rowOf(QStringLiteral("data/train.csv")) >= 0);
        QCOMPARE(viewIndexOf(QStringLiteral("data/train.csv")).data().toString(),
                 QStringLiteral("data/train.csv"));
        filter->clear();
        QTRY_VERIFY(rowOf(QStringLiteral("data/")) >= 0);
        QVERIFY(!m_page->deleteAction()->isEnabled()); // nothing selected yet
        QVERIFY(!m_page->downloadAction()->isEnabled());
        QVERIFY(m_page->uploadAction()->isEnabled());
        // Reloading changes rows in place.
        QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
        m_page->model()->reload();
        QVERIFY(test::waitLoaded(*m_page->model()));
        QCOMPARE(resets.size(), 0);
        QVERIFY(rowOf(QStringLiteral("data/")) >= 0);
    }

    void foldersOpenAndNavigate()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("data/")) >= 0, 10000);
        QVERIFY(!m_page->backAction()->isEnabled());
        QVERIFY(!m_page->upAction()->isEnabled());
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("data/")));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Return); // opens, never downloads a folder
        QCOMPARE(m_page->model()->folder(), QStringLiteral("data/"));
        QVERIFY(rowOf(QStringLiteral("data/train.csv")) >= 0);
        QVERIFY(rowOf(QStringLiteral("data/raw/")) >= 0);
        QCOMPARE(m_page->breadcrumb()->keys(), QStringList({QString(), QStringLiteral("data/")}));
        m_page->openFolder(QStringLiteral("data/raw/"));
        QCOMPARE(m_page->breadcrumb()->keys().size(), 3);
        // The breadcrumb's root button goes to the root.
        QList<QToolButton *> crumbs = m_page->breadcrumb()->findChildren<QToolButton *>();
        QCOMPARE(crumbs.size(), 3);
        QCOMPARE(crumbs.first()->text(), QStringLiteral("Demo project"));
        QTest::mouseClick(crumbs.first(), Qt::LeftButton);
        QCOMPARE(m_page->model()->folder(), QString());
        // Back and Forward walk the history; Up and Backspace go to the parent.
        m_page->backAction()->trigger();
        QCOMPARE(m_page->model()->folder(), QStringLiteral("data/raw/"));
        m_page->backAction()->trigger();
        QCOMPARE(m_page->model()->folder(), QStringLiteral("data/"));
        QVERIFY(m_page->forwardAction()->isEnabled());
        m_page->forwardAction()->trigger();
        QCOMPARE(m_page->model()->folder(), QStringLiteral("data/raw/"));
        m_page->upAction()->trigger();
        QCOMPARE(m_page->model()->folder(), QStringLiteral("data/"));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Backspace);
        QCOMPARE(m_page->model()->folder(), QString());
        QVERIFY(!m_page->upAction()->isEnabled());
    }

    void queueArrivingLaterEnablesUploads()
    {
        // Pages restored at start-up are made before the transfer queue exists.
        ui::ContaxyFilesPage early(pageContext(nullptr));
        QVERIFY(!early.uploadAction()->isEnabled());
        QCOMPARE(early.uploadPaths({m_dir.filePath(QStringLiteral("a.ini"))}), 0);
        QVERIFY(early.statusLabel()->text().contains(QLatin1String("not ready")));
        early.setTransferQueue(m_queue);
        QVERIFY(early.uploadAction()->isEnabled());
    }

    void filesHandedOverGoToTheProject()
    {
        // "Open with Wharf", or a second launch: straight into this page's project.
        const QString file = write(QStringLiteral("handed-over.txt"), "from a second launch\n");
        const int before = m_queue->count();
        QVERIFY(m_page->takeFiles({file}));
        QCOMPARE(m_queue->count(), before + 1);
        const auto &spec = m_queue->at(before)->spec();
        QCOMPARE(spec.owner, QStringLiteral("contaxy/files/demo-project"));
        QVERIFY(spec.url.path().endsWith(
            QLatin1String("/projects/demo-project/files/handed-over.txt")));
        QVERIFY(allTransfersComplete());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("handed-over.txt")) >= 0, 10000);
    }

    void newProjectWithSuggestedId()
    {
        ui::NewProjectDialog *dialog = new ui::NewProjectDialog(m_projects.get(), m_page.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        QTRY_VERIFY(dialog->isVisible());
        auto *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Field Recordings"));
        // The server suggests a free ID from the name.
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->idEdit()->text(), QStringLiteral("field-recordings"), 10000);
        QVERIFY(create->isEnabled());
        // The client's own rule for IDs, before any request.
        dialog->idEdit()->clear();
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("Bad ID!"));
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog->errorLabel()->isVisible());
        // The server's refusal of a taken ID, and the dialog stays open to fix it.
        dialog->idEdit()->clear();
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("demo-project"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->text().contains(QLatin1String("exists")),
                                 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->idEdit()->hasFocus()); // back in the field to fix
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("field-recordings")); // replaces it
        QVERIFY(create->isEnabled());
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::keyClick(dialog->idEdit(), Qt::Key_Return); // Return creates, never cancels
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
        // In the tree's project model at once, by name.
        const int row = m_projects->rowOf(QStringLiteral("field-recordings"));
        QVERIFY(row > 0);
        QCOMPARE(m_projects->index(row, 0).data().toString(), QStringLiteral("Field Recordings"));
    }

    void dropUploadsFilesAndFolders()
    {
        const QString single = write(QStringLiteral("notes.txt"), "a note\n");
        write(QStringLiteral("batch/run1/metrics.json"), R"({"loss":0.1})");
        write(QStringLiteral("batch/summary.md"), "# done\n");
        const QString bad = write(QStringLiteral("odd~name.txt"), "x");
        const int before = m_queue->count();
        drop({single, m_dir.filePath(QStringLiteral("local/batch")), bad});
        QCOMPARE(m_queue->count(), before + 3);
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("odd~name.txt")),
                 qPrintable(m_page->statusLabel()->text()));
        QVERIFY(allTransfersComplete());
        // The page reloads by itself once the uploads are done.
        QTRY_VERIFY_WITH_TIMEOUT(hasKey(QStringLiteral("batch/run1/metrics.json")), 10000);
        QVERIFY(rowOf(QStringLiteral("notes.txt")) >= 0);
        QVERIFY(rowOf(QStringLiteral("batch/")) >= 0);
        QVERIFY(hasKey(QStringLiteral("batch/summary.md")));
        QVERIFY(!hasKey(QStringLiteral("odd~name.txt")));
        QCOMPARE(
            m_page->model()->tree().filesUnder(QStringLiteral("batch/summary.md")).first().size, 7);
    }

    void dropOntoAFolderRowUploadsIntoIt()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("models/")) >= 0, 10000);
        const QString file = write(QStringLiteral("weights.bin"), "0123456789");
        QTableView *view = m_page->view();
        const QRect rect = view->visualRect(viewIndexOf(QStringLiteral("models/")));
        const QPoint at = view->viewport()->mapTo(m_page.get(), rect.center());
        const int before = m_queue->count();
        drop({file}, at);
        QCOMPARE(m_queue->count(), before + 1);
        QVERIFY(m_queue->at(before)->spec().url.path().endsWith(
            QLatin1String("/projects/demo-project/files/models/weights.bin")));
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("models/")));
        QVERIFY(allTransfersComplete());
        QTRY_VERIFY_WITH_TIMEOUT(hasKey(QStringLiteral("models/weights.bin")), 10000);
        QVERIFY(!hasKey(QStringLiteral("weights.bin"))); // not at the top
    }

    void folderDownloadAsksBeforeReplacing()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("data/")) >= 0, 10000);
        m_page->openFolder(QStringLiteral("data/"));
        selectKey(QStringLiteral("data/raw/"));
        m_page->downloadAction()->trigger();
        QVERIFY(allTransfersComplete());
        const QString raw = m_dir.filePath(QStringLiteral("downloads/raw"));
        QVERIFY(QFile::exists(raw + QStringLiteral("/2026-11-01.jsonl")));
        QVERIFY(QFile::exists(raw + QStringLiteral("/images/cat.png")));
        // Again: the files are there, so the page asks; Replace overwrites them.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->downloadAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("3 of the files")), qPrintable(box->text()));
        QPushButton *replace = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().contains(QLatin1String("Replace")))
                replace = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(replace);
        const int before = m_queue->count();
        QTest::mouseClick(replace, Qt::LeftButton);
        QTRY_COMPARE(m_queue->count(), before + 3);
        QVERIFY(allTransfersComplete());
        QVERIFY(!QFile::exists(raw + QStringLiteral("/2026-11-01 (2).jsonl")));
        QCOMPARE(QDir(raw).entryList(QDir::Files).size(), 2);
        m_page->openFolder(QString());
    }

    void propertiesShowVersionsAndSaveMetadata()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("README.md")) >= 0, 10000);
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("README.md")));
        QVERIFY(m_page->propertiesAction()->isEnabled());
        m_page->propertiesAction()->trigger();
        ui::FilePropertiesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ui::FilePropertiesDialog *>())
                    && dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->versionModel()->rowCount(), 2, 10000);
        QCOMPARE(dialog->metadataTable()->rowCount(), 1); // "reviewed" from the upload
        auto *save = dialog->buttons()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        dialog->descriptionEdit()->setPlainText(QStringLiteral("Start here"));
        QVERIFY(save->isEnabled());
        dialog->displayNameEdit()->setText(QStringLiteral("abc")); // too short for the server
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->messageLabel()->isVisible());
        dialog->displayNameEdit()->setText(QStringLiteral("Read me first"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->text().contains(QLatin1String("saved")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->model()->tree().filesUnder(QStringLiteral("README.md")).value(0).description
                == QStringLiteral("Start here"),
            10000);
        // The versions tab deletes the older one.
        dialog->tabs()->setCurrentIndex(1);
        dialog->deleteOlderButton()->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->versionModel()->rowCount(), 1, 10000);
        dialog->close();
    }

    void downloadLandsInDownloadFolder()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("README.md")) >= 0, 10000);
        selectKey(QStringLiteral("README.md"));
        QVERIFY(m_page->downloadAction()->isEnabled());
        m_page->downloadAction()->trigger();
        QVERIFY(allTransfersComplete());
        QFile saved(m_dir.filePath(QStringLiteral("downloads/README.md")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("# Demo project"));
        // Return on a row (or double-click: both activate it) downloads too; the file is there
        // now, so the page asks, and Keep Both puts the new one next to the first.
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("README.md")));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QAbstractButton *keep = box->defaultButton();
        QVERIFY(keep && keep->text().contains(QLatin1String("Keep")));
        QTest::keyClick(box, Qt::Key_Return); // the default keeps both
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>());
        QVERIFY(allTransfersComplete());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("downloads/README (2).md"))));
    }

    void deleteAsksFirst()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("notes.txt")) >= 0, 10000);
        m_page->activateWindow(); // after the dialogs of earlier tests
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        selectKey(QStringLiteral("notes.txt"));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("notes.txt")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Escape); // cancelled: nothing happens
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>()); // closed and gone
        QTest::qWait(300);
        QVERIFY(rowOf(QStringLiteral("notes.txt")) >= 0);

        m_page->activateWindow(); // back from the message box
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->view()->setFocus();
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(QStringLiteral("notes.txt")), -1, 10000);
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("deleted")),
                 qPrintable(m_page->statusLabel()->text()));
    }
};

QTEST_MAIN(TestContaxyFilesPage)
#include "tst_contaxyfilespage.moc"
