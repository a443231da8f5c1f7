// The Contaxy documents page of one project against the emulator: a collection is opened by
// name and remembered, its documents are listed and the selected one shows in the highlighted
// JSON view; the edit dialog refuses invalid JSON with line and column and keeps Save
// disabled, Save sends a merge patch and the view shows the result; New refuses a taken key
// with the server's 409 in the dialog; a bad filter shows the server's message; Delete asks
// first.
#include "accounts/accountstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/sessionregistry.h"
#include "common/jsonview.h"
#include "common/listloader.h"
#include "contaxy/contaxydocumentmodel.h"
#include "contaxy/contaxydocumentspage.h"
#include "contaxy/documenteditdialog.h"
#include "contaxy/recentcollections.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "pagefixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace wharf;

class TestContaxyDocumentsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PageFixture> m_fixture;
    std::unique_ptr<ui::ContaxyDocumentsPage> m_page;
    QString m_collection;

    void selectKey(const QString &key)
    {
        const int row = m_page->model()->rowOf(key);
        QVERIFY(row >= 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_page->view()->model());
        m_page->view()->selectionModel()->select(
            proxy->mapFromSource(m_page->model()->index(row, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    ui::DocumentEditDialog *openDialog(QAction *action)
    {
        action->trigger();
        ui::DocumentEditDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = m_page->findChild<ui::DocumentEditDialog *>();
            return dialog && dialog->isVisible();
        });
        return shown ? dialog : nullptr;
    }

    static QPushButton *saveButton(ui::DocumentEditDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear(); // the collections remembered by an earlier run
        m_fixture = std::make_unique<test::PageFixture>(
            PlatformKind::Contaxy, QStringLiteral("contaxy"), QStringLiteral("Lab Contaxy"));
        QVERIFY(m_fixture->ok());
        m_collection = QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_page = std::make_unique<ui::ContaxyDocumentsPage>(
            m_fixture->pageContext(QStringLiteral("demo-project"), QStringLiteral("documents")));
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
    }

    void openAndRememberCollection()
    {
        QVERIFY(!m_page->newAction()->isEnabled()); // nothing open yet
        QVERIFY(!m_page->openCollection(QStringLiteral("bad name"))); // refused, said so
        QVERIFY(!m_page->statusLabel()->text().isEmpty());
        QComboBox *box = m_page->collectionBox();
        box->setFocus();
        box->lineEdit()->setText(QStringLiteral("experiments"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_page->model()->collection(), QStringLiteral("experiments"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(QStringLiteral("baseline")) >= 0, 10000);
        QCOMPARE(contaxy::RecentCollections(m_fixture->accountId(), QStringLiteral("demo-project"))
                     .collections()
                     .first(),
                 QStringLiteral("experiments"));
        selectKey(QStringLiteral("run-3"));
        QVERIFY(m_page->jsonView()->isJson());
        QVERIFY(m_page->jsonView()->text().contains(QLatin1String("\"best so far\"")));
        QVERIFY(m_page->editAction()->isEnabled());
        QVERIFY(m_page->copyAction()->isEnabled());
        // A page opened later starts with the collection used last.
        ui::ContaxyDocumentsPage again(
            m_fixture->pageContext(QStringLiteral("demo-project"), QStringLiteral("documents")));
        QCOMPARE(again.model()->collection(), QStringLiteral("experiments"));
        QVERIFY(again.collectionBox()->findText(QStringLiteral("experiments")) >= 0);
    }

    void createValidatesAndSaves()
    {
        QVERIFY(m_page->openCollection(m_collection));
        QVERIFY(test::waitLoaded(*m_page->model()));
        ui::DocumentEditDialog *dialog = openDialog(m_page->newAction());
        QVERIFY(dialog);
        dialog->keyEdit()->setText(QStringLiteral("first"));
        dialog->editor()->setPlainText(QStringLiteral("[1, 2]"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("object")));
        dialog->editor()->setPlainText(
            QStringLiteral("{\n  \"n\": 1,\n  \"p\": {\"x\": 1}\n  \"t\": 2\n}"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("line 4")),
                 qPrintable(dialog->errorLabel()->text()));
        dialog->editor()->setPlainText(
            QStringLiteral("{\n  \"n\": 1,\n  \"p\": {\"x\": 1, \"y\": 2},\n  \"t\": 2\n}"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(!dialog->errorLabel()->isVisible());
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(QStringLiteral("first")) >= 0, 10000);
        QTRY_VERIFY(m_page->jsonView()->text().contains(QLatin1String("\"y\": 2")));

        // The same key again: the server's 409 shows in the dialog, which keeps the text.
        dialog = openDialog(m_page->newAction());
        QVERIFY(dialog);
        dialog->keyEdit()->setText(QStringLiteral("first"));
        dialog->editor()->setPlainText(QStringLiteral("{\"other\": true}"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->errorLabel()->text().contains(QLatin1String("already exists")), 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->editor()->toPlainText(), QStringLiteral("{\"other\": true}"));
        dialog->reject();
    }

    void editSendsMergePatch()
    {
        selectKey(QStringLiteral("first"));
        ui::DocumentEditDialog *dialog = openDialog(m_page->editAction());
        QVERIFY(dialog);
        QVERIFY(dialog->keyEdit()->isReadOnly());
        QVERIFY(dialog->editor()->toPlainText().contains(QLatin1String("\"n\": 1")));
        // Remove n and p.y, change t, add a nested member.
        dialog->editor()->setPlainText(
            QStringLiteral("{\"p\": {\"x\": 1, \"z\": {\"deep\": true}}, \"t\": [3]}"));
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        const int row = m_page->model()->rowOf(QStringLiteral("first"));
        QCOMPARE(
            m_page->model()->document(row).value,
            QJsonDocument::fromJson("{\"p\":{\"x\":1,\"z\":{\"deep\":true}},\"t\":[3]}").object());
        QTRY_VERIFY(m_page->jsonView()->text().contains(QLatin1String("\"deep\": true")));
        QVERIFY(!m_page->jsonView()->text().contains(QLatin1String("\"n\"")));
    }

    void badFilterShowsTheServersMessage()
    {
        QLineEdit *filter = m_page->filterEdit();
        filter->setText(QStringLiteral("$ ? (@.n >"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->statusLabel()->text().contains(QLatin1String("syntax error")), 10000);
        filter->setText(QStringLiteral("$.t[*] ? (@ == 3)"));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->loader()->isLoading()
                                     && !m_page->model()->loader()->lastError(),
                                 10000);
        QCOMPARE(m_page->model()->rowCount(), 1);
        filter->clear();
        QVERIFY(test::waitLoaded(*m_page->model()));
    }

    void deleteAsksFirst()
    {
        selectKey(QStringLiteral("first"));
        m_page->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(QStringLiteral("first")), -1, 10000);
        QVERIFY(m_page->jsonView()->text().isEmpty());
    }
};

QTEST_MAIN(TestContaxyDocumentsPage)
#include "tst_contaxydocumentspage.moc"
