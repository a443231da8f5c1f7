// The Contaxy members page and the project page's Edit dialog against the emulator: the
// edit dialog refuses names of the wrong length before sending and renames the project in
// the list; Add Member searches the server's users and adds the one chosen; Remove asks
// first with Cancel the default; the level menu changes a member's level.
#include "contaxy/addmemberdialog.h"
#include "contaxy/contaxymembermodel.h"
#include "contaxy/contaxymemberspage.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/contaxyprojectpage.h"
#include "contaxy/editprojectdialog.h"
#include "modelhelpers.h"
#include "pagefixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace wharf;

class TestContaxyMembersPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PageFixture> m_fixture;
    std::unique_ptr<ContaxyProjectModel> m_projects;
    std::unique_ptr<ui::ContaxyMembersPage> m_page;
    QString m_project;

    void select(int sourceRow)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_page->view()->model());
        m_page->view()->selectionModel()->select(
            proxy->mapFromSource(m_page->model()->index(sourceRow, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    template<typename T> T *waitForDialog(QWidget *parent)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (T *d : parent->findChildren<T *>()) {
                    if (d->isVisible())
                        found = d;
                }
                return found != nullptr;
            },
            10000);
        return shown ? found : nullptr;
    }

    int rowOfName(const QString &name) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->member(row).user.username == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::PageFixture>(
            PlatformKind::Contaxy, QStringLiteral("contaxy"), QStringLiteral("Lab Contaxy"));
        QVERIFY(m_fixture->ok());
        m_projects = std::make_unique<ContaxyProjectModel>(m_fixture->session(), nullptr);
        m_projects->reload();
        QVERIFY(test::waitLoaded(*m_projects));
        // A project of the test's own: other tests use the shared emulator at the same time.
        contaxy::Project project;
        project.id = QStringLiteral("members-gui-%1").arg(QCoreApplication::applicationPid());
        project.displayName = QStringLiteral("Members page test");
        bool done = false;
        m_projects->create(
            project, this, [&](const QString &, const net::ApiError &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(m_projects->rowOf(project.id) >= 0);
        m_project = project.id;
        m_page = std::make_unique<ui::ContaxyMembersPage>(m_fixture->pageContext(
            m_project, QStringLiteral("members"), nullptr, m_projects.get()));
        m_page->resize(900, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        if (!m_projects || m_project.isEmpty())
            return;
        QSignalSpy finished(m_projects.get(), &ResourceListModel::actionFinished);
        m_projects->remove(m_project);
        QVERIFY(finished.wait(10000));
    }

    void editDialogValidatesAndRenames()
    {
        ui::ContaxyProjectPage page(
            m_fixture->pageContext(m_project, QString(), nullptr, m_projects.get()));
        page.show();
        QVERIFY(page.editAction()->isEnabled());
        page.editAction()->trigger();
        auto *dialog = waitForDialog<ui::EditProjectDialog>(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Members page test"));
        QPushButton *save = dialog->buttons()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("abc"));
        QVERIFY(!save->isEnabled()); // 4 to 128 characters
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("4 to 128")));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("d edit"));
        QVERIFY(save->isEnabled());
        QVERIFY(!dialog->errorLabel()->isVisible());
        dialog->descriptionEdit()->setText(QStringLiteral("Changed in the GUI test"));
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return); // Save is the default
        QTRY_COMPARE_WITH_TIMEOUT(m_projects->project(m_projects->rowOf(m_project)).displayName,
                                  QStringLiteral("abcd edit"),
                                  10000);
        QTRY_VERIFY(!page.findChild<ui::EditProjectDialog *>());
        QVERIFY(page.title().startsWith(QLatin1String("abcd edit")));
        QCOMPARE(m_projects->project(m_projects->rowOf(m_project)).description,
                 QStringLiteral("Changed in the GUI test"));
    }

    void membersListed()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 10000);
        QCOMPARE(m_page->title(), QStringLiteral("Members of abcd edit — Lab Contaxy"));
        QVERIFY(m_page->addMemberAction()->isEnabled());
        QVERIFY(!m_page->removeAction()->isEnabled()); // nothing selected
        QVERIFY(!m_page->levelAction()->isEnabled());
        QVERIFY(m_page->levelAction()->menu());
        QCOMPARE(m_page->levelAction()->menu()->actions().size(), 3);
    }

    void addMemberSearchesUsers()
    {
        m_page->addMemberAction()->trigger();
        auto *dialog = waitForDialog<ui::AddMemberDialog>(m_page.get());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->usersLoaded(), 10000);
        // alice is a member already, so she is not offered.
        for (int i = 0; i < dialog->userList()->count(); ++i)
            QVERIFY(!dialog->userList()->item(i)->text().startsWith(QLatin1String("alice")));
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("no such user"));
        QCOMPARE(dialog->userList()->count(), 0);
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("No user matches")));
        dialog->searchEdit()->clear();
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("DANA@"));
        QCOMPARE(dialog->userList()->count(), 1); // by e-mail, any case
        QCOMPARE(dialog->userList()->item(0)->text(), QStringLiteral("dana <dana@example.test>"));
        QCOMPARE(dialog->userList()->currentRow(), 0); // the one match is chosen
        QCOMPARE(dialog->levelBox()->currentData().toString(), QStringLiteral("write"));
        dialog->levelBox()->setCurrentIndex(dialog->levelBox()->findData(QStringLiteral("read")));
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfName(QStringLiteral("dana")) >= 0, 10000);
        QCOMPARE(m_page->model()->member(rowOfName(QStringLiteral("dana"))).level,
                 QStringLiteral("read"));
        QTRY_VERIFY(m_page->statusLabel()->text().contains(QLatin1String("Added dana")));
    }

    void levelMenuChangesTheLevel()
    {
        const int row = rowOfName(QStringLiteral("dana"));
        QVERIFY(row >= 0);
        select(row);
        QVERIFY(m_page->levelAction()->isEnabled());
        QVERIFY(m_page->levelChoice(QStringLiteral("read"))->isChecked());
        m_page->levelChoice(QStringLiteral("admin"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->member(rowOfName(QStringLiteral("dana"))).level,
                                  QStringLiteral("admin"),
                                  10000);
        QTRY_VERIFY(m_page->statusLabel()->text().contains(QLatin1String("Admin")));
    }

    void removeAsksFirst()
    {
        select(rowOfName(QStringLiteral("dana")));
        QVERIFY(m_page->removeAction()->isEnabled());
        m_page->removeAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("dana")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Return); // the default: Cancel
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>());
        QTest::qWait(200);
        QVERIFY(rowOfName(QStringLiteral("dana")) >= 0); // still there

        select(rowOfName(QStringLiteral("dana")));
        m_page->removeAction()->trigger();
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rowOfName(QStringLiteral("dana")), -1, 10000);
        QCOMPARE(m_page->model()->rowCount(), 1);
    }

    void onlyAdminStays()
    {
        // With dana gone, alice is the one admin of the test's project: she cannot go.
        const int alice = rowOfName(QStringLiteral("alice"));
        QVERIFY(alice >= 0);
        QCOMPARE(m_page->model()->member(alice).level, QStringLiteral("admin"));
        select(alice);
        m_page->removeAction()->trigger();
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("only admin")));
        QTest::qWait(200);
        QVERIFY(!m_page->findChild<QMessageBox *>()); // refused before asking
        QVERIFY(m_page->model()->isOnlyAdmin(m_page->model()->member(alice).user.id));
        QVERIFY(!m_page->model()->isOnlyAdmin(QStringLiteral("someone-else")));
    }
};

QTEST_MAIN(TestContaxyMembersPage)
#include "tst_contaxymemberspage.moc"
