// The Contaxy tokens page of an account (and of a project) against the emulator: values stay
// hidden until asked for, the create dialog refuses bad scopes before sending and shows the
// server's 403, the new token is shown once with Copy, and Revoke asks first (Cancel is the
// default) and mentions the server's 5-minute cache.
#include "accounts/accountstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/sessionregistry.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/contaxytokenmodel.h"
#include "contaxy/contaxytokenspage.h"
#include "contaxy/createtokendialog.h"
#include "contaxy/tokenvaluedialog.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "net/httpclient.h"
#include "pagefixture.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace wharf;

class TestContaxyTokensPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PageFixture> m_fixture;
    std::unique_ptr<ContaxyProjectModel> m_projects;
    std::unique_ptr<ui::ContaxyTokensPage> m_page;
    const QString m_tag = QUuid::createUuid().toString(QUuid::Id128).left(8);

    ui::PageContext pageContext(const QString &project) const
    {
        return m_fixture->pageContext(project, QStringLiteral("tokens"), nullptr, m_projects.get());
    }

    void select(ui::ContaxyTokensPage *page, int sourceRow)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->view()->model());
        page->view()->selectionModel()->select(
            proxy->mapFromSource(page->model()->index(sourceRow, 0)),
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

    int rowWithDescription(const QString &description) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->token(row).description == description)
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
        auth::AccountSession *session = m_fixture->session();
        m_projects = std::make_unique<ContaxyProjectModel>(session, nullptr);
        m_projects->reload();
        QVERIFY(test::waitLoaded(*m_projects));
        m_page = std::make_unique<ui::ContaxyTokensPage>(pageContext(QString()));
        m_page->resize(900, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
    }

    void valuesHiddenUntilAsked()
    {
        const QString current = m_fixture->session()->client()->bearerToken();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfToken(current) >= 0, 10000);
        QCOMPARE(m_page->title(), QStringLiteral("Tokens — Lab Contaxy"));
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("token")));
        // The server's token cache, said before anyone relies on a revocation (§3.2).
        QVERIFY(m_page->hintLabel()->isVisible());
        QVERIFY2(m_page->hintLabel()->text().contains(QLatin1String("up to 5 minute")),
                 qPrintable(m_page->hintLabel()->text()));
        QVERIFY(!m_page->rawReply().contains(current.toUtf8())); // the raw view hides them too
        QVERIFY(!m_page->showAction()->isEnabled()); // nothing selected yet
        QVERIFY(!m_page->revokeAction()->isEnabled());
        const int row = m_page->model()->rowOfToken(current);
        for (int column = 0; column < m_page->model()->columnCount(); ++column)
            QVERIFY(!m_page->model()->index(row, column).data().toString().contains(current));
        QVERIFY(m_page->model()->index(row, 0).data().toString().contains(
            QLatin1String("this sign-in")));
        select(m_page.get(), row);
        QVERIFY(m_page->showAction()->isEnabled());
        m_page->showAction()->trigger();
        auto *shown = waitForDialog<ui::TokenValueDialog>(m_page.get());
        QVERIFY(shown);
        QCOMPARE(shown->valueEdit()->text(), current);
        QVERIFY(shown->valueEdit()->isReadOnly());
        shown->reject();
        m_page->copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), current);
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("copied")));
    }

    void createDialogChecksThenShowsTheTokenOnce()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier); // New Token…
        auto *dialog = waitForDialog<ui::CreateTokenDialog>(m_page.get());
        QVERIFY(dialog);
        QVERIFY(!dialog->forProject());
        QVERIFY(!dialog->createButton()->isEnabled()); // the first scope is still empty
        QVERIFY(!dialog->errorLabel()->isVisible()); // not worth an error yet
        // Bad input is refused before anything is sent, with the reason.
        QTest::keyClicks(dialog->scopeResource(0), QStringLiteral("projects/a b"));
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("Scope 1")));
        dialog->scopeResource(0)->clear();
        QTest::keyClicks(dialog->scopeResource(0), QStringLiteral("projects/demo-project"));
        QVERIFY(dialog->createButton()->isEnabled());
        QTest::keyClicks(dialog->descriptionEdit(), QString(241, QLatin1Char('x')));
        QCOMPARE(dialog->descriptionEdit()->text().size(), 240); // the field stops at the limit
        dialog->descriptionEdit()->clear();
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("gui ") + m_tag);
        // A second scope beyond the user's rights: the server's 403 shows, the dialog stays.
        dialog->addScopeButton()->click();
        QCOMPARE(dialog->scopeCount(), 2);
        QVERIFY(!dialog->createButton()->isEnabled());
        QCOMPARE(dialog->focusWidget(), dialog->scopeResource(1));
        QTest::keyClicks(dialog->scopeResource(1), QStringLiteral("system"));
        dialog->scopeLevel(1)->setCurrentIndex(dialog->scopeLevel(1)->findData("admin"));
        QTest::keyClick(dialog->scopeResource(1), Qt::Key_Return); // Return means Create
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->text().contains(QLatin1String("refused")),
                                 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(rowWithDescription(QStringLiteral("gui ") + m_tag), -1);
        dialog->scopeLevel(1)->setCurrentIndex(dialog->scopeLevel(1)->findData("read"));
        dialog->scopeResource(1)->clear();
        QTest::keyClicks(dialog->scopeResource(1), QStringLiteral("projects/speech-lab/files"));
        QSignalSpy accepted(dialog, &QDialog::accepted);
        dialog->createButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);

        // Shown once, with Copy; the row arrives without its value in any column.
        auto *shown = waitForDialog<ui::TokenValueDialog>(m_page.get());
        QVERIFY(shown);
        const QString value = shown->valueEdit()->text();
        QCOMPARE(value.size(), 40);
        QVERIFY(shown->explanationLabel()->text().contains(QLatin1String("Copy")));
        shown->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), value);
        shown->reject();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfToken(value) >= 0, 10000);
        const int row = m_page->model()->rowOfToken(value);
        QCOMPARE(m_page->model()->token(row).scopes,
                 QStringList({QStringLiteral("projects/demo-project#read"),
                              QStringLiteral("projects/speech-lab/files#read")}));
        for (int column = 0; column < m_page->model()->columnCount(); ++column)
            QVERIFY(!m_page->model()->index(row, column).data().toString().contains(value));
    }

    void sessionTokenShownOnceAndNotListed()
    {
        m_page->createAction()->trigger();
        auto *dialog = waitForDialog<ui::CreateTokenDialog>(m_page.get());
        QVERIFY(dialog);
        dialog->typeBox()->setCurrentIndex(1); // session
        QTest::keyClicks(dialog->scopeResource(0), QStringLiteral("projects/demo-project"));
        dialog->createButton()->click();
        auto *shown = waitForDialog<ui::TokenValueDialog>(m_page.get());
        QVERIFY(shown);
        QVERIFY(shown->explanationLabel()->text().contains(QLatin1String("cannot be shown again")));
        const QString jwt = shown->valueEdit()->text();
        QCOMPARE(jwt.count(QLatin1Char('.')), 2);
        shown->reject();
        m_page->model()->reload();
        QVERIFY(test::waitLoaded(*m_page->model()));
        QCOMPARE(m_page->model()->rowOfToken(jwt), -1);
    }

    void revokeAsksFirst()
    {
        const int row = rowWithDescription(QStringLiteral("gui ") + m_tag);
        QVERIFY(row >= 0);
        const QString value = m_page->model()->token(row).token;
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        select(m_page.get(), row);
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        auto *box = waitForDialog<QMessageBox>(m_page.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("gui ") + m_tag));
        QVERIFY2(box->text().contains(QLatin1String("up to 5 minute")), qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Escape); // cancelled: nothing happens
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>());
        QTest::qWait(300);
        QVERIFY(m_page->model()->rowOfToken(value) >= 0);

        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        box = waitForDialog<QMessageBox>(m_page.get());
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOfToken(value), -1, 10000);
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("Revoked")),
                 qPrintable(m_page->statusLabel()->text()));
        // The server's own list agrees.
        m_page->model()->reload();
        QVERIFY(test::waitLoaded(*m_page->model()));
        QCOMPARE(m_page->model()->rowOfToken(value), -1);
    }

    void projectPageMakesTheProjectsToken()
    {
        ui::ContaxyTokensPage page(pageContext(QStringLiteral("demo-project")));
        page.show();
        page.activate();
        QVERIFY(test::waitLoaded(*page.model()));
        QCOMPARE(page.title(), QStringLiteral("Tokens of Demo project — Lab Contaxy"));
        page.createAction()->trigger();
        auto *dialog = waitForDialog<ui::CreateTokenDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(dialog->forProject());
        QVERIFY(dialog->createButton()->isEnabled());
        dialog->levelBox()->setCurrentIndex(dialog->levelBox()->findData("write"));
        dialog->createButton()->click();
        auto *shown = waitForDialog<ui::TokenValueDialog>(&page);
        QVERIFY(shown);
        const QString value = shown->valueEdit()->text();
        shown->reject();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOfToken(value) >= 0, 10000);
        QCOMPARE(page.model()->token(page.model()->rowOfToken(value)).scopes,
                 QStringList {QStringLiteral("projects/demo-project#write")});
    }
};

QTEST_MAIN(TestContaxyTokensPage)
#include "tst_contaxytokenspage.moc"
