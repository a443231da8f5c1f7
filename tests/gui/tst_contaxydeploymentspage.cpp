// The Contaxy deployments page of the demo project against the emulator: services and jobs
// listed, the log opening below the list (a finished job's whole log; a running job followed
// as it grows), find with next/previous and a match count, the next error, saving the log,
// and Delete asking first with Cancel as the default. The deploy dialog refusing bad input
// under each field, Suggest filling the name, a deploy selecting its new row, and the actions
// menu listing the selected service's actions.
#include "common/logmodel.h"
#include "common/logview.h"
#include "contaxy/contaxydeploymentmodel.h"
#include "contaxy/contaxydeploymentspage.h"
#include "contaxy/contaxylogmodel.h"
#include "contaxy/deploydialog.h"
#include "i18n/languagemanager.h"
#include "modelhelpers.h"
#include "pagefixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUuid>
#include <QtTest>

using namespace wharf;

class TestContaxyDeploymentsPage : public QObject
{
    Q_OBJECT
    LanguageManager m_language; // English plural forms ("8 lines") come from its catalogue
    std::unique_ptr<test::PageFixture> m_fixture;
    std::unique_ptr<ui::ContaxyDeploymentsPage> m_page;

    QModelIndex viewIndexOf(const QString &key) const
    {
        const int row = m_page->model()->rowOfId(key);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_page->view()->model());
        return row < 0 ? QModelIndex() : proxy->mapFromSource(m_page->model()->index(row, 0));
    }

    QAction *toolAction(const QString &text) const
    {
        for (QAction *a : m_page->findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_language.setLanguage(QStringLiteral("en")), QStringLiteral("en"));
        m_fixture = std::make_unique<test::PageFixture>(
            PlatformKind::Contaxy, QStringLiteral("contaxy"), QStringLiteral("Lab Contaxy"));
        QVERIFY(m_fixture->ok());
        m_page = std::make_unique<ui::ContaxyDeploymentsPage>(
            m_fixture->pageContext(QStringLiteral("demo-project"), QStringLiteral("deployments")));
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
        QTRY_VERIFY_WITH_TIMEOUT(viewIndexOf(QStringLiteral("jobs/train-classifier")).isValid(),
                                 10000);
    }

    void listsServicesAndJobs()
    {
        QVERIFY(viewIndexOf(QStringLiteral("services/jupyter-lab")).isValid());
        QTRY_VERIFY2(m_page->statusLabel()->text().contains(QLatin1String("deployment")),
                     qPrintable(m_page->statusLabel()->text()));
        QVERIFY(!m_page->logView()->isVisible()); // until a log is asked for
        QAction *open = toolAction(QStringLiteral("&Open in Browser"));
        QVERIFY(open && !open->isEnabled());
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("services/jupyter-lab")));
        QVERIFY(open->isEnabled()); // a service with an endpoint
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("jobs/train-classifier")));
        QVERIFY(!open->isEnabled()); // jobs have none
    }

    void finishedJobShowsItsWholeLog()
    {
        m_page->view()->setFocus();
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("jobs/train-classifier")));
        QTest::keyClick(m_page->view(), Qt::Key_Return); // Return opens the log
        QVERIFY(m_page->logView()->isVisible());
        LogModel *log = m_page->logModel();
        QVERIFY(log);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 8, 10000);
        QVERIFY(!m_page->logView()->followAction()->isChecked()); // it has ended
        QCOMPARE(log->index(0).data().toString(),
                 QStringLiteral("Loading data/train.csv (2000 rows)"));
        QTRY_VERIFY2(m_page->statusLabel()->text().contains(QLatin1String("8 lines")),
                     qPrintable(m_page->statusLabel()->text()));

        // Find: count, next and previous wrap around.
        ui::LogView *view = m_page->logView();
        view->findField()->setFocus();
        QTest::keyClicks(view->findField(), QStringLiteral("EPOCH"));
        QCOMPARE(view->matchLabel()->text(), QStringLiteral("3 matching lines"));
        QTest::keyClick(view->findField(), Qt::Key_Return);
        QCOMPARE(view->list()->currentIndex().row(), 1);
        QVERIFY(view->findNext());
        QCOMPARE(view->list()->currentIndex().row(), 3);
        QVERIFY(view->findNext(true));
        QCOMPARE(view->list()->currentIndex().row(), 1);
        QVERIFY(view->findNext(true)); // wraps to the last match
        QCOMPARE(view->list()->currentIndex().row(), 4);
        QTest::keyClicks(view->findField(), QStringLiteral("nowhere"));
        QCOMPARE(view->matchLabel()->text(), QStringLiteral("No match"));
        view->findField()->clear();

        // The next error, then the selected line copied.
        view->list()->setCurrentIndex(log->index(0));
        QVERIFY(view->nextError());
        QCOMPARE(view->list()->currentIndex().row(), 5);
        QVERIFY(log->index(5).data().toString().startsWith(QLatin1String("ERROR")));
        view->copySelection();
        QCOMPARE(QApplication::clipboard()->text(), log->index(5).data().toString() + "\n");

        // Saved as it is; an unwritable place says why.
        const QString path = m_fixture->path(QStringLiteral("train.log"));
        QCOMPARE(view->saveTo(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QCOMPARE(content.count('\n'), 8);
        QVERIFY(content.endsWith("done in 41.2 s\n"));
        QVERIFY(!view->saveTo(QStringLiteral("/proc/no/such/dir/x.log")).isEmpty());

        // Wrapping keeps every row, with heights of their own.
        view->wrapAction()->trigger();
        QVERIFY(!view->list()->uniformItemSizes());
        QCOMPARE(view->list()->model()->rowCount(), 8);
        view->wrapAction()->trigger();
        QVERIFY(view->list()->uniformItemSizes());
    }

    void runningJobIsFollowed()
    {
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("jobs/nightly-etl")));
        m_page->showLog(m_page->model()->rowOfId(QStringLiteral("jobs/nightly-etl")));
        ui::LogView *view = m_page->logView();
        QVERIFY(view->followAction()->isChecked());
        LogModel *log = m_page->logModel();
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0, 10000);
        const int first = log->rowCount();
        view->list()->scrollToBottom();
        // The job logs a line every 0.1 s; polls bring them in, each exactly once, in order.
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() >= first + 15, 10000);
        for (int row = 0; row < log->rowCount(); ++row)
            QVERIFY2(
                log->index(row).data().toString().startsWith(QStringLiteral("step %1:").arg(row)),
                qPrintable(log->index(row).data().toString()));
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("Following")));
        // The tail stays in view while following.
        const QRect last = view->list()->visualRect(log->index(log->rowCount() - 1));
        QVERIFY(view->list()->viewport()->rect().intersects(last));
        view->followAction()->trigger(); // off
        QVERIFY(!m_page->logModel()->follower()->following());
        const int stopped = log->rowCount();
        QTest::qWait(1500);
        QCOMPARE(log->rowCount(), stopped);
    }

    void theOpenLogOpensAgain()
    {
        // runningJobIsFollowed left nightly-etl's log open.
        const auto context
            = m_fixture->pageContext(QStringLiteral("demo-project"), QStringLiteral("deployments"));
        ui::ContaxyDeploymentsPage again(context);
        again.activate();
        QTRY_VERIFY_WITH_TIMEOUT(again.logModel(), 10000);
        QCOMPARE(again.logModel()->deployment().id, QStringLiteral("nightly-etl"));
        QAction *close = nullptr;
        for (QAction *a : again.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Close Log"))
                close = a;
        }
        QVERIFY(close && close->isEnabled());
        close->trigger();
        QVERIFY(!again.logModel());
        QVERIFY(!again.logView()->isVisibleTo(&again));
        ui::ContaxyDeploymentsPage third(context); // closed: stays closed
        third.activate();
        QVERIFY(test::waitLoaded(*third.model()));
        QTest::qWait(100);
        QVERIFY(!third.logModel());
    }

    void deployDialogRefusesBadInputPerField()
    {
        QCOMPARE(m_page->deployAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        m_page->deployAction()->trigger();
        ui::DeployDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ui::DeployDialog *>()) && dialog->isVisible());
        using F = ui::DeployDialog::Field;
        dialog->imageEdit()->setText(QStringLiteral("bad image"));
        dialog->nameEdit()->setText(QStringLiteral("ab"));
        dialog->addParameterRow(QStringLiteral("NO SPACE"), QStringLiteral("1"));
        dialog->endpointsEdit()->setText(QStringLiteral("8080 webapp"));
        dialog->volumeEdit()->setText(QStringLiteral("relative"));
        dialog->commandEdit()->setText(QStringLiteral("sh -c 'open"));
        QSignalSpy deployed(m_page->model(), &ContaxyDeploymentModel::deployed);
        dialog->deployButton()->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy()); // nothing was sent
        for (F f :
             {F::Image, F::DisplayName, F::Parameters, F::Endpoints, F::VolumePath, F::Command})
            QVERIFY2(!dialog->fieldProblem(f).isEmpty(), qPrintable(QString::number(int(f))));
        QVERIFY(dialog->fieldProblem(F::Args).isEmpty());
        QCOMPARE(dialog->focusWidget(), dialog->imageEdit()); // the first problem
        QVERIFY(dialog->fieldProblem(F::Endpoints).contains(QLatin1String("webapp")));
        QCOMPARE(deployed.size(), 0);
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<ui::DeployDialog *>());
    }

    void suggestFillsTheName()
    {
        ui::DeployDialog *dialog = m_page->openDeployDialog();
        QVERIFY(dialog->nameEdit()->text().isEmpty());
        QTest::keyClicks(dialog->imageEdit(), QStringLiteral("busybox:1.36"));
        // Leaving the image asks for a suggestion (the test's window is never active, so
        // the focus-out is the signal itself).
        Q_EMIT dialog->imageEdit()->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->nameEdit()->text().size() >= 4, 10000);
        const QString first = dialog->nameEdit()->text();
        dialog->suggestButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->suggestButton()->isEnabled(), 10000);
        QVERIFY(dialog->nameEdit()->text().size() >= 4);
        Q_UNUSED(first);
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<ui::DeployDialog *>());
    }

    void deploySelectsTheNewRow()
    {
        ui::DeployDialog *dialog = m_page->openDeployDialog();
        const QString name
            = QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        dialog->imageEdit()->setText(QStringLiteral("nginx:1.25"));
        dialog->nameEdit()->setText(name);
        dialog->addParameterRow(QStringLiteral("MODE"), QStringLiteral("demo"));
        dialog->endpointsEdit()->setText(QStringLiteral("8080, 9001/webapp/ui"));
        dialog->memoryBox()->setValue(256);
        dialog->deployButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ui::DeployDialog *>(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(viewIndexOf(QStringLiteral("services/") + name).isValid(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->view()->currentIndex().row(),
                                  viewIndexOf(QStringLiteral("services/") + name).row(),
                                  10000);
        // The same name again: the server's 409 is shown and the dialog keeps the input.
        dialog = m_page->openDeployDialog();
        dialog->imageEdit()->setText(QStringLiteral("nginx:1.25"));
        dialog->nameEdit()->setText(name);
        dialog->deployButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 10000);
        QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("exists")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), name);
        dialog->reject();
        QTRY_VERIFY(!m_page->findChild<ui::DeployDialog *>());
    }

    void actionsMenuListsServiceActions()
    {
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("services/jupyter-lab")));
        const auto texts = [this] {
            QStringList out;
            for (QAction *a : m_page->actionsMenu()->actions())
                out << a->text();
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(texts(), (QStringList {"Stop", "Restart", "Access 8080"}), 10000);
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("jobs/heartbeat")));
        QTRY_COMPARE_WITH_TIMEOUT(texts(), QStringList {"No actions"}, 10000);
    }

    void deleteAsksFirst()
    {
        m_page->view()->setCurrentIndex(viewIndexOf(QStringLiteral("jobs/heartbeat")));
        QAction *remove = toolAction(QStringLiteral("&Delete…"));
        QVERIFY(remove && remove->isEnabled());
        remove->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY(box->text().contains(QLatin1String("heartbeat")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>());
        QVERIFY(viewIndexOf(QStringLiteral("jobs/heartbeat")).isValid()); // still there
    }
};

QTEST_MAIN(TestContaxyDeploymentsPage)
#include "tst_contaxydeploymentspage.moc"
