// Contaxy projects and files against the emulator: the project and file models (under
// QAbstractItemModelTester, loaded through fetchMore as a view does), the home project that
// GET /projects hides, in-place reloads and deletions (no model reset), project creation,
// uploads and downloads through the transfer engine with keys that need encoding, upload
// planning, and the client-side rules for IDs and keys.
#include "accounts/account.h"
#include "auth/accountsession.h"
#include "cannedserver.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/files.h"
#include "contaxy/projects.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "sessionhelpers.h"
#include "transfer/curlengine.h"
#include "transfer/transfer.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;

namespace {

constexpr auto kDemoUserId = "k3alice7demo2user9xq4w8m5"; // the emulator's demo user

int rowOfKey(const ContaxyFileModel &model, const QString &key)
{
    return model.rowOf(key);
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

    QString write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void projectsWithTheHiddenHomeProjectFirst()
    {
        ContaxyProjectModel model(m_session.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loader()->isLoading()); // the tester, like a view, asked for the rows
        QVERIFY(test::fetchAll(model));
        QVERIFY(!model.canFetchMore(QModelIndex())); // not paged: one reply is the list
        const QString home = QString::fromLatin1(kDemoUserId);
        QCOMPARE(model.homeId(), home);
        QCOMPARE(model.rowOf(home), 0); // GET /projects hides it; the model adds it first
        QVERIFY(model.index(0, 0).data(ContaxyProjectModel::IsHomeRole).toBool());
        QCOMPARE(model.index(0, 0).data(models::IconNameRole).toString(),
                 QStringLiteral("go-home"));
        QVERIFY(model.index(0, 0).data().toString().contains(QLatin1String("home")));
        const int demo = model.rowOf(QStringLiteral("demo-project"));
        QVERIFY(demo > 0);
        QCOMPARE(model.index(demo, 0).data().toString(), QStringLiteral("Demo project"));
        QCOMPARE(model.index(demo, 0).data(models::IdRole).toString(),
                 QStringLiteral("demo-project"));
        QVERIFY(demo < model.rowOf(QStringLiteral("speech-lab"))); // then by display name
        QVERIFY(!model.loader()->lastReply().isEmpty());
    }

    void createAndDeleteProjectsInPlace()
    {
        ContaxyProjectModel model(m_session.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QString suggested;
        model.suggestId(QStringLiteral("Aardvark Studies"), this, [&](const QString &id, auto) {
            suggested = id;
        });
        QTRY_COMPARE_WITH_TIMEOUT(suggested, QStringLiteral("aardvark-studies"), 10000);
        contaxy::Project project;
        project.id = suggested;
        project.displayName = QStringLiteral("Aardvark Studies");
        QString created;
        net::ApiError error;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.create(project, this, [&](const QString &id, const net::ApiError &e) {
            created = id;
            error = e;
        });
        QTRY_COMPARE_WITH_TIMEOUT(created, suggested, 10000);
        QVERIFY(!error);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(suggested), 1); // after home, first by name ("Aardvark" < "Demo")
        // The same id again: the server's 409 comes back, nothing is added.
        created = QStringLiteral("unset");
        model.create(project, this, [&](const QString &id, const net::ApiError &e) {
            created = id;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(created.isEmpty(), 10000);
        QCOMPARE(error.kind, net::ApiError::Kind::Conflict);
        QCOMPARE(inserted.size(), 1);

        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.remove(suggested);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(model.rowOf(suggested), -1);
        model.reload(); // the server agrees, and the reload changes rows in place
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowOf(suggested), -1);
        QCOMPARE(resets.size(), 0);
    }

    void filesListedWithSizesAndVersions()
    {
        ContaxyFileModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QVERIFY(model.rowCount() >= 4);
        const int row = rowOfKey(model, QStringLiteral("models/classifier.bin"));
        QVERIFY(row >= 0);
        QCOMPARE(model.file(row).size, 300 * 1024);
        QCOMPARE(model.index(row, ContaxyFileModel::SizeColumn).data(models::SortRole).toLongLong(),
                 300 * 1024);
        QCOMPARE(model.index(row, ContaxyFileModel::VersionsColumn).data().toInt(), 1);
        QCOMPARE(model.transferOwner(), QStringLiteral("contaxy/files/demo-project"));
        // No project: nothing to load.
        ContaxyFileModel none(m_session.get(), QString(), nullptr);
        QVERIFY(!none.canFetchMore(QModelIndex()));
    }

    void uploadDownloadDeleteWithAwkwardKey()
    {
        const QString key = QStringLiteral("reports/Q3 résumé #1 50%.txt");
        QVERIFY(contaxy::fileKeyProblem(key).isEmpty());
        const QByteArray content = QByteArray("quarterly numbers\n").repeated(5000);
        const QString local = write(QStringLiteral("upload.txt"), content);
        const auto up = contaxy::uploadSpec(
            QStringLiteral("acc"), m_server.url, QStringLiteral("demo-project"), key, local);
        QCOMPARE(up.owner, QStringLiteral("contaxy/files/demo-project"));
        QCOMPARE(run(up), transfer::Transfer::State::Completed);

        ContaxyFileModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QVERIFY(rowOfKey(model, key) >= 0);
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

        // Deleting removes exactly that row when the server confirms: no reload, no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        const int before = model.rowCount();
        QVERIFY(model.removeFiles({key}));
        QVERIFY(model.isRemoving());
        QVERIFY(!model.removeFiles({key})); // one deletion at a time
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(rowOfKey(model, key), -1);
        // A reload agrees and changes nothing structural.
        model.reload();
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(rowOfKey(model, key), -1);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
    }

    void deletingAMissingFileSaysSo()
    {
        ContaxyFileModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QVERIFY(test::fetchAll(model));
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        QVERIFY(model.removeFiles({QStringLiteral("no/such/file.txt")}));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(1).toBool());
        QVERIFY(finished.at(0).at(0).toString().contains(QLatin1String("no/such/file.txt")));
    }

    void uploadPlansKeepFolderPaths()
    {
        const QString single = write(QStringLiteral("plan/notes.txt"), "n\n");
        write(QStringLiteral("plan/batch/run1/metrics.json"), "{}");
        write(QStringLiteral("plan/batch/summary.md"), "# s\n");
        const QString bad = write(QStringLiteral("plan/odd~name.txt"), "x");
        const auto plan
            = contaxy::planUploads(QStringLiteral("acc"),
                                   m_server.url,
                                   QStringLiteral("demo-project"),
                                   {single, m_dir.filePath(QStringLiteral("plan/batch")), bad});
        QVERIFY(!plan.tooMany);
        QStringList names;
        for (const auto &spec : plan.transfers)
            names << spec.url.path().section(QStringLiteral("/files/"), 1);
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("batch/run1/metrics.json"),
                              QStringLiteral("batch/summary.md"),
                              QStringLiteral("notes.txt")}));
        QCOMPARE(plan.refused.size(), 1);
        QVERIFY(plan.refused.first().startsWith(QLatin1String("odd~name.txt")));
        const auto tooMany = contaxy::planUploads(QStringLiteral("acc"),
                                                  m_server.url,
                                                  QStringLiteral("demo-project"),
                                                  {m_dir.filePath(QStringLiteral("plan/batch"))},
                                                  1);
        QVERIFY(tooMany.tooMany);
        QVERIFY(tooMany.transfers.isEmpty());
    }

    void nothingLoadsWithoutAToken()
    {
        // A page restored before the keychain answered: no request without a token (it would
        // only fail with 401 and stick); once the token is there, the view may load.
        auto session = test::tokenSession(PlatformKind::Contaxy, m_server.url, QString());
        ContaxyFileModel model(session.get(), QStringLiteral("demo-project"), nullptr);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.reload();
        QVERIFY(!model.loader()->isLoading());
        session->useToken(m_session->client()->bearerToken());
        QVERIFY(model.canFetchMore(QModelIndex()));
        QVERIFY(test::fetchAll(model));
        QVERIFY(model.rowCount() >= 4);
    }

    void unexpectedReplyIsAClearError()
    {
        test::CannedServer server(200, R"({"detail":"not a list"})", "application/json");
        auto session = test::tokenSession(PlatformKind::Contaxy, server.url());
        ContaxyFileModel model(session.get(), QStringLiteral("demo-project"), nullptr);
        QSignalSpy failed(model.loader(), &ListLoader::errorOccurred);
        model.reload();
        QVERIFY(failed.wait(10000));
        const auto error = failed.at(0).at(0).value<net::ApiError>();
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        QVERIFY2(error.message.contains(QLatin1String("list")), qPrintable(error.message));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex())); // until the user reloads
        QCOMPARE(model.loader()->lastReply(), QByteArray(R"({"detail":"not a list"})"));
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
