// The Contaxy users and server pages against the emulator: a system admin sees whole user
// records; New User's dialog refuses a name that is an e-mail address, a malformed address and
// passwords that differ before anything is sent, creates the user, and shows the server's
// refusal of a taken name in the dialog; Delete asks first with Cancel the default; an
// ordinary user is told which permission is missing; the server page shows version, state
// and health and refreshes.
#include "contaxy/contaxyserverpage.h"
#include "contaxy/contaxyserverstatus.h"
#include "contaxy/contaxyusermodel.h"
#include "contaxy/contaxyuserspage.h"
#include "contaxy/createuserdialog.h"
#include "modelhelpers.h"
#include "pagefixture.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace wharf;

class TestContaxyUsersPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PageFixture> m_fixture; // signed in as the server's admin
    std::unique_ptr<ui::ContaxyUsersPage> m_page;
    QString m_name = QStringLiteral("gui%1").arg(QCoreApplication::applicationPid());

    static void select(ui::ContaxyUsersPage &page, int sourceRow)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(page.view()->model());
        page.view()->selectionModel()->select(
            proxy->mapFromSource(page.model()->index(sourceRow, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static int rowOfName(const ui::ContaxyUsersPage &page, const QString &name)
    {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->user(row).username == name)
                return row;
        }
        return -1;
    }

    ui::CreateUserDialog *openDialog()
    {
        m_page->newUserAction()->trigger();
        ui::CreateUserDialog *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (auto *d : m_page->findChildren<ui::CreateUserDialog *>()) {
                    if (d->isVisible())
                        found = d;
                }
                return found != nullptr;
            },
            10000);
        return shown ? found : nullptr;
    }

    static QString label(QWidget *page, const char *name)
    {
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (l->accessibleName() == QLatin1String(name))
                return l->text();
        }
        return QStringLiteral("<none>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::PageFixture>(
            PlatformKind::Contaxy, QStringLiteral("contaxy"), QStringLiteral("Lab Contaxy"));
        QVERIFY(m_fixture->ok());
        QSignalSpy signedIn(m_fixture->session(), &auth::AccountSession::signedIn);
        m_fixture->session()->signInWithPassword(QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(signedIn.wait(10000));
        QVERIFY(!signedIn.at(0).at(0).value<net::ApiError>());
        m_page = std::make_unique<ui::ContaxyUsersPage>(
            m_fixture->pageContext(QString(), QStringLiteral("users")));
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
    }

    void listedForTheAdmin()
    {
        QTRY_VERIFY_WITH_TIMEOUT(rowOfName(*m_page, QStringLiteral("dana")) >= 0, 10000);
        QVERIFY(m_page->model()->isAdminView());
        QVERIFY(!m_page->hintLabel()->isVisible());
        QCOMPARE(m_page->title(), QStringLiteral("Users — Lab Contaxy"));
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("user")));
        QVERIFY(m_page->newUserAction()->isEnabled());
        QVERIFY(!m_page->deleteAction()->isEnabled()); // nothing selected
        const int admin = rowOfName(*m_page, QStringLiteral("admin"));
        QCOMPARE(m_page->model()->index(admin, ContaxyUserModel::FlagsColumn).data().toString(),
                 QStringLiteral("technical"));
    }

    void dialogChecksBeforeSending()
    {
        ui::CreateUserDialog *dialog = openDialog();
        QVERIFY(dialog);
        QPushButton *create = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!create->isEnabled());
        QVERIFY(!dialog->errorLabel()->isVisible()); // nothing typed: nothing to complain about
        QTest::keyClicks(dialog->usernameEdit(), m_name + QStringLiteral("@lab.test"));
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("e-mail address")));
        dialog->usernameEdit()->setText(m_name);
        QVERIFY(!dialog->errorLabel()->isVisible());
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("not-an-address"));
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("not an e-mail")));
        QVERIFY(!create->isEnabled());
        dialog->emailEdit()->setText(m_name + QStringLiteral("@lab.test"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("gui-pw-1"));
        QVERIFY(!dialog->errorLabel()->isVisible()); // the confirmation is still to come
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("gui-pw-2"));
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("differ")));
        QVERIFY(!create->isEnabled());
        dialog->confirmEdit()->clear();
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("gui-pw-1"));
        QVERIFY(!dialog->errorLabel()->isVisible());
        QVERIFY(create->isEnabled());
        QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return); // Create is the default
        QTRY_VERIFY_WITH_TIMEOUT(rowOfName(*m_page, m_name) >= 0, 10000);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->createdUser().username, m_name);
        QTRY_VERIFY(m_page->statusLabel()->text().contains(QLatin1String("Created the user")));
        const int row = rowOfName(*m_page, m_name);
        QCOMPARE(m_page->model()->user(row).email, m_name + QStringLiteral("@lab.test"));
    }

    void refusalStaysInTheDialog()
    {
        ui::CreateUserDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->usernameEdit()->setText(m_name); // taken since the last test
        dialog->emailEdit()->setText(m_name + QStringLiteral("@other.test"));
        dialog->passwordEdit()->setText(QStringLiteral("x"));
        dialog->confirmEdit()->setText(QStringLiteral("x"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 10000);
        QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("taken")),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // may try again
        dialog->reject();
    }

    void deleteAsksFirst()
    {
        select(*m_page, rowOfName(*m_page, m_name));
        QVERIFY(m_page->deleteAction()->isEnabled());
        m_page->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(m_name));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Return); // the default: Cancel
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>());
        QTest::qWait(200);
        QVERIFY(rowOfName(*m_page, m_name) >= 0);

        select(*m_page, rowOfName(*m_page, m_name));
        m_page->deleteAction()->trigger();
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rowOfName(*m_page, m_name), -1, 10000);
        QTRY_VERIFY(m_page->statusLabel()->text().contains(QLatin1String("Deleted the user")));
    }

    void ordinaryUserIsToldWhatIsMissing()
    {
        test::PageFixture alice(
            PlatformKind::Contaxy, QStringLiteral("contaxy"), QStringLiteral("Alice's"));
        QVERIFY(alice.ok());
        ui::ContaxyUsersPage page(alice.pageContext(QString(), QStringLiteral("users")));
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfName(page, QStringLiteral("dana")) >= 0, 10000);
        QTRY_VERIFY(page.hintLabel()->isVisible());
        QVERIFY(page.hintLabel()->text().contains(QLatin1String("users#admin")));
        select(page, rowOfName(page, QStringLiteral("dana")));
        page.deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox *>()) && box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.statusLabel()->text().contains(QLatin1String("not deleted")),
                                 10000);
        QVERIFY2(page.statusLabel()->text().contains(QLatin1String("users#admin")),
                 qPrintable(page.statusLabel()->text()));
        QVERIFY(rowOfName(page, QStringLiteral("dana")) >= 0);
    }

    void serverPageShowsVersionAndHealth()
    {
        ui::ContaxyServerPage page(m_fixture->pageContext(QString(), QStringLiteral("server")));
        page.show();
        QCOMPARE(label(&page, "Server version"), QStringLiteral("unknown")); // not asked yet
        page.activate();
        QTRY_COMPARE_WITH_TIMEOUT(label(&page, "Server version"), QStringLiteral("0.0.23"), 10000);
        QCOMPARE(label(&page, "Namespace"), QStringLiteral("ctxy"));
        QCOMPARE(label(&page, "System state"), QStringLiteral("running"));
        QTRY_COMPARE_WITH_TIMEOUT(label(&page, "Health"), QStringLiteral("healthy"), 10000);
        QVERIFY(page.title().startsWith(QLatin1String("Server")));
        QVERIFY(page.rawReply().contains("\"version\""));
        QTRY_VERIFY(page.refreshButton()->isEnabled());
        QSignalSpy changed(page.status(), &ContaxyServerStatus::changed);
        QTest::mouseClick(page.refreshButton(), Qt::LeftButton);
        QCOMPARE(label(&page, "Health"), QStringLiteral("checking…"));
        QVERIFY(!page.refreshButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(label(&page, "Health"), QStringLiteral("healthy"), 10000);
        QVERIFY(changed.size() >= 3);
    }
};

QTEST_MAIN(TestContaxyUsersPage)
#include "tst_contaxyuserspage.moc"
