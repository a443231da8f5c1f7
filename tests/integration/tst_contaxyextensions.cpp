// Contaxy extensions against the emulator (contaxy.md §10): the list holds the project's own
// and the global extensions with their fields; installing checks its input first and lands in
// the list; removing and suggestions, which upstream answers with 500, end with the server's
// message and change nothing; the web UI address goes through the platform's proxy.
#include "auth/accountsession.h"
#include "contaxy/contaxyextensionmodel.h"
#include "contaxy/extensions.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "sessionhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace wharf;

class TestContaxyExtensions : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void inputCheckedBeforeSending()
    {
        contaxy::ExtensionInput in;
        in.service.image = QStringLiteral("lab/tool:1");
        in.service.displayName = QStringLiteral("lab-tool");
        QVERIFY(in.validate().isEmpty());
        in.uiEndpoint = QStringLiteral("ui/only");
        QCOMPARE(in.validate().size(), 1);
        in.uiEndpoint = QStringLiteral("8080b/ui");
        in.type = QStringLiteral("team-extension");
        QCOMPARE(in.validate().size(), 1);
        in.type = QStringLiteral("user-extension");
        in.service.displayName = QStringLiteral("ab"); // the service's own rules apply too
        QVERIFY(!in.validate().isEmpty());
        in.service.displayName = QStringLiteral("lab-tool");
        in.capabilities = {QStringLiteral("list_files")};
        const QJsonObject json = in.toJson();
        QCOMPARE(json.value(QLatin1String("extension_type")).toString(),
                 QStringLiteral("user-extension"));
        QCOMPARE(json.value(QLatin1String("ui_extension_endpoint")).toString(),
                 QStringLiteral("8080b/ui"));
        QCOMPARE(json.value(QLatin1String("capabilities")).toArray().size(), 1);
        QCOMPARE(json.value(QLatin1String("container_image")).toString(),
                 QStringLiteral("lab/tool:1"));
    }

    void listInstallAndUpstreamGaps()
    {
        ContaxyExtensionModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        const int global = model.rowOf(QStringLiteral("dataset-viewer"));
        QVERIFY(global >= 0);
        const contaxy::Extension viewer = model.extension(global);
        QCOMPARE(viewer.type, QStringLiteral("user-extension"));
        QCOMPARE(viewer.uiEndpoint, QStringLiteral("8080/webapp/ui"));
        QCOMPARE(viewer.apiEndpoint, QStringLiteral("8080/extension/api"));
        QVERIFY(viewer.capabilities.contains(QStringLiteral("list_files")));
        const QUrl ui = model.uiUrl(global);
        QCOMPARE(
            ui.path(),
            QStringLiteral("/projects/demo-project/services/dataset-viewer/access/8080/webapp/ui"));
        QCOMPARE(ui.query(), QStringLiteral("project=demo-project"));

        contaxy::ExtensionInput in;
        in.service.image = QStringLiteral("lab/annotator:3");
        in.service.displayName
            = QStringLiteral("annotator-%1").arg(QCoreApplication::applicationPid());
        in.service.endpoints = {QStringLiteral("9000")};
        in.uiEndpoint = QStringLiteral("9000/ui");
        contaxy::Extension installed;
        net::ApiError error;
        bool done = false;
        model.install(in, this, [&](const contaxy::Extension &e, const net::ApiError &err) {
            installed = e;
            error = err;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(installed.uiEndpoint, QStringLiteral("9000/ui"));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(installed.service.id) >= 0, 10000);

        // The server refuses a name that it takes for a missing one.
        contaxy::ExtensionInput nameless = in;
        nameless.service.displayName.clear();
        done = false;
        model.install(nameless, this, [&](const contaxy::Extension &, const net::ApiError &err) {
            error = err;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.httpStatus, 400);

        // Upstream does not implement suggestions and removal: 500, said as such.
        done = false;
        model.suggest(
            QStringLiteral("lab/annotator:3"), this, [&](const auto &, const net::ApiError &err) {
                error = err;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.httpStatus, 500);
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        const int rows = model.rowCount();
        model.remove(viewer);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY2(finished.last().at(0).toString().contains(QLatin1String("Internal server error")),
                 qPrintable(finished.last().at(0).toString()));
        QCOMPARE(model.rowCount(), rows);
    }

    void otherUsersProjectIsRefused()
    {
        ContaxyExtensionModel model(m_session.get(), QStringLiteral("not-mine"), nullptr);
        QSignalSpy failed(model.loader(), &ListLoader::errorOccurred);
        model.reload();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<net::ApiError>().httpStatus, 403);
    }
};

QTEST_GUILESS_MAIN(TestContaxyExtensions)
#include "tst_contaxyextensions.moc"
