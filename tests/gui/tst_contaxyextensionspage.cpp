// The Contaxy extensions page against the emulator: the global extension is listed with its
// web UI, which opens at the platform's proxy address with ?project=; the install dialog
// checks endpoints before sending, says so when the server has no suggestion (upstream: 500),
// and installs into the list; Remove asks first and shows the server's refusal (upstream
// does not implement it) without losing the row.
#include "contaxy/contaxyextensionmodel.h"
#include "contaxy/contaxyextensionspage.h"
#include "contaxy/installextensiondialog.h"
#include "modelhelpers.h"
#include "pagefixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace wharf;

class TestContaxyExtensionsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PageFixture> m_fixture;
    std::unique_ptr<ui::ContaxyExtensionsPage> m_page;
    QList<QUrl> m_opened;

    void select(const QString &id)
    {
        const int row = m_page->model()->rowOf(id);
        QVERIFY(row >= 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_page->view()->model());
        const QModelIndex index = proxy->mapFromSource(m_page->model()->index(row, 0));
        m_page->view()->setCurrentIndex(index);
        m_page->view()->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::PageFixture>(
            PlatformKind::Contaxy, QStringLiteral("contaxy"), QStringLiteral("Lab Contaxy"));
        QVERIFY(m_fixture->ok());
        m_page = std::make_unique<ui::ContaxyExtensionsPage>(
            m_fixture->pageContext(QStringLiteral("demo-project"), QStringLiteral("extensions")));
        m_page->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        m_page->resize(900, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
    }

    void globalExtensionOpensItsWebUi()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(QStringLiteral("dataset-viewer")) >= 0,
                                 10000);
        QVERIFY(!m_page->openAction()->isEnabled()); // nothing selected
        select(QStringLiteral("dataset-viewer"));
        QVERIFY(m_page->openAction()->isEnabled());
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(
            m_opened.first().path(),
            QStringLiteral("/projects/demo-project/services/dataset-viewer/access/8080/webapp/ui"));
        QCOMPARE(m_opened.first().query(), QStringLiteral("project=demo-project"));
    }

    void installChecksThenInstalls()
    {
        ui::InstallExtensionDialog *dialog = m_page->openInstallDialog();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->installButton()->isEnabled());
        QTest::keyClicks(dialog->imageEdit(), QStringLiteral("ghcr.io/lab/labeler:2.1"));
        // No suggestion upstream: the server's 500 is said, the fields stay.
        QTest::mouseClick(dialog->suggestButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->messageLabel()->text().contains(QLatin1String("No suggestion")), 10000);
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("500")));
        const QString name = QStringLiteral("labeler-%1").arg(QCoreApplication::applicationPid());
        QTest::keyClicks(dialog->nameEdit(), name);
        QTest::keyClicks(dialog->endpointsEdit(), QStringLiteral("8080"));
        QTest::keyClicks(dialog->uiEdit(), QStringLiteral("web/ui")); // no port
        QVERIFY(!dialog->installButton()->isEnabled());
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("web/ui")));
        dialog->uiEdit()->setText(QStringLiteral("8080/ui"));
        dialog->typeBox()->setCurrentIndex(1); // user extension
        QTest::keyClicks(dialog->capabilitiesEdit(),
                         QStringLiteral("list_files, get_file_metadata"));
        QVERIFY(dialog->installButton()->isEnabled());
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(name) >= 0, 10000);
        const contaxy::Extension e = m_page->model()->extension(m_page->model()->rowOf(name));
        QCOMPARE(e.type, QStringLiteral("user-extension"));
        QCOMPARE(e.uiEndpoint, QStringLiteral("8080/ui"));
        QCOMPARE(e.capabilities,
                 QStringList({QStringLiteral("list_files"), QStringLiteral("get_file_metadata")}));
    }

    void removeAsksAndShowsTheRefusal()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTRY_VERIFY(m_page->model()->rowOf(QStringLiteral("dataset-viewer")) >= 0);
        select(QStringLiteral("dataset-viewer"));
        m_page->removeAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->statusLabel()->text().contains(QLatin1String("not removed")), 10000);
        QVERIFY2(m_page->statusLabel()->text().contains(QLatin1String("Internal server error")),
                 qPrintable(m_page->statusLabel()->text()));
        QVERIFY(m_page->model()->rowOf(QStringLiteral("dataset-viewer")) >= 0);
    }
};

QTEST_MAIN(TestContaxyExtensionsPage)
#include "tst_contaxyextensionspage.moc"
