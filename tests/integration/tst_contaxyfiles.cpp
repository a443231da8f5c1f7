// Contaxy projects and files against the emulator: the project and file models (under
// QAbstractItemModelTester), uploads and downloads through the transfer engine with keys that
// need encoding, deletion, and the client-side rules for IDs and keys.
#include "accounts/account.h"
#include "auth/accountsession.h"
#include "cannedserver.h"
#include "common/listloader.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/files.h"
#include "contaxy/projects.h"
#include "emulators.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "sessionhelpers.h"
#include "transfer/curlengine.h"
#include "transfer/transfer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;

namespace {

int rowOfKey(const ContaxyFileModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.file(row).key == key)
            return row;
    }
    return -1;
}

} // namespace

class TestContaxyFiles : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;
    QTemporaryDir m_dir;
    transfer::CurlEngine m_engine;

    transfer::Transfer::State run(const transfer::TransferSpec &spec)
    {
        QString error;
        const auto state = test::runTransfer(m_engine, spec, m_session.get(), &error);
        if (state != transfer::Transfer::State::Completed)
            qWarning() << error;
        return state;
    }

    void reloadAndWait(ContaxyFileModel &model)
    {
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.loader()->isLoading(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void projectsAreListedByName()
    {
        ContaxyProjectModel model(m_session->client());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 2, 10000);
        QVERIFY(model.rowOf(QStringLiteral("demo-project")) >= 0);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("demo-project"))).data().toString(),
                 QStringLiteral("Demo project"));
        QVERIFY(model.rowOf(QStringLiteral("demo-project"))
                < model.rowOf(QStringLiteral("speech-lab"))); // sorted by display name
        QVERIFY(!model.loader()->lastReply().isEmpty());
    }

    void filesListedWithSizesAndVersions()
    {
        ContaxyFileModel model(m_session->client());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(QStringLiteral("demo-project"));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 4, 10000);
        const int row = rowOfKey(model, QStringLiteral("models/classifier.bin"));
        QVERIFY(row >= 0);
        QCOMPARE(model.file(row).size, 300 * 1024);
        QCOMPARE(model.index(row, ContaxyFileModel::SizeColumn)
                     .data(ContaxyFileModel::SortRole)
                     .toLongLong(),
                 300 * 1024);
        QCOMPARE(model.index(row, ContaxyFileModel::VersionsColumn).data().toInt(), 1);
        // Switching projects empties the list at once, then shows the other project's files.
        model.setProject(QStringLiteral("speech-lab"));
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKey(model, QStringLiteral("interviews/2026-11-03.wav")) >= 0,
                                 10000);
    }

    void uploadDownloadDeleteWithAwkwardKey()
    {
        const QString key = QStringLiteral("reports/Q3 résumé #1 50%.txt");
        QVERIFY(contaxy::fileKeyProblem(key).isEmpty());
        const QString local = m_dir.filePath(QStringLiteral("upload.txt"));
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("quarterly numbers\n").repeated(5000);
        file.write(content);
        file.close();

        const auto up = contaxy::uploadSpec(
            QStringLiteral("acc"), m_server.url, QStringLiteral("demo-project"), key, local);
        QCOMPARE(run(up), transfer::Transfer::State::Completed);

        ContaxyFileModel model(m_session->client());
        model.setProject(QStringLiteral("demo-project"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKey(model, key) >= 0, 10000);
        const contaxy::FileItem item = model.file(rowOfKey(model, key));
        QCOMPARE(item.size, content.size());
        QCOMPARE(item.contentType, QStringLiteral("text/plain"));

        QTemporaryDir target;
        const auto down = contaxy::downloadSpec(QStringLiteral("acc"),
                                                m_server.url,
                                                QStringLiteral("demo-project"),
                                                item,
                                                target.path());
        QCOMPARE(run(down), transfer::Transfer::State::Completed);
        QFile saved(target.filePath(QStringLiteral("Q3 résumé #1 50%.txt")));
        QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(saved.fileName()));
        QCOMPARE(saved.readAll(), content);

        std::unique_ptr<net::ApiCall> call(m_session->client()->send(
            contaxy::deleteFileRequest(QStringLiteral("demo-project"), key)));
        QSignalSpy deleted(call.get(), &net::ApiCall::finished);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.at(0).at(0).value<net::ApiResponse>().status, 204);
        reloadAndWait(model);
        QCOMPARE(rowOfKey(model, key), -1);
    }

    void unexpectedReplyIsAClearError()
    {
        test::CannedServer server(200, R"({"detail":"not a list"})", "application/json");
        net::HttpClient client(server.url());
        ContaxyFileModel model(&client);
        QSignalSpy failed(model.loader(), &ListLoader::errorOccurred);
        model.setProject(QStringLiteral("demo-project"));
        QVERIFY(failed.wait(10000));
        const auto error = failed.at(0).at(0).value<net::ApiError>();
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        QVERIFY2(error.message.contains(QLatin1String("list")), qPrintable(error.message));
        QCOMPARE(model.rowCount(), 0);
    }

    void clientSideRules_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("ok");
        QTest::newRow("slug") << "my-first-project" << true;
        QTest::newRow("short") << "abc" << false;
        QTest::newRow("long") << QString(26, QLatin1Char('a')) << false;
        QTest::newRow("upper") << "MyProject" << false;
        QTest::newRow("double hyphen") << "my--project" << false;
        QTest::newRow("reserved") << "system" << false;
    }

    void clientSideRules()
    {
        QFETCH(QString, id);
        QFETCH(bool, ok);
        QCOMPARE(contaxy::projectIdProblem(id).isEmpty(), ok);
        QVERIFY(!contaxy::fileKeyProblem(QStringLiteral("a/../b")).isEmpty());
        QVERIFY(!contaxy::fileKeyProblem(QStringLiteral("x~ext")).isEmpty());
        QVERIFY(!contaxy::fileKeyProblem(QStringLiteral("line\nbreak")).isEmpty());
        QVERIFY(!contaxy::fileKeyProblem(QString(129, QLatin1Char('n'))).isEmpty());
        QVERIFY(contaxy::fileKeyProblem(QStringLiteral("folder/") + QString(128, 'n')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContaxyFiles)
#include "tst_contaxyfiles.moc"
