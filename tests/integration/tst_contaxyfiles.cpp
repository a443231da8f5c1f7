// Contaxy files against the emulator: the file model's folders (under
// QAbstractItemModelTester, loaded as a view does), search, in-place reloads and deletions
// (no model reset), uploads and downloads through the transfer engine with keys that need
// encoding, folder downloads, metadata and versions, upload planning, and the client-side
// rules for IDs and keys. Projects: tst_contaxyprojects; big and broken lists:
// tst_contaxyfilelists.
#include "accounts/account.h"
#include "auth/accountsession.h"
#include "cannedserver.h"
#include "contaxy/contaxyfiledetails.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/contaxyfileversionmodel.h"
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>


using namespace wharf;

namespace {

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

    void filesListedWithSizesAndVersions()
    {
        ContaxyFileModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QVERIFY(model.rowCount() >= 4);
        // The root lists folders (with what is below them) and the files at the top.
        const int models = rowOfKey(model, QStringLiteral("models/"));
        QVERIFY(models >= 0);
        QVERIFY(model.index(models, 0).data(ContaxyFileModel::IsFolderRole).toBool());
        QCOMPARE(model.index(models, 0).data().toString(), QStringLiteral("models"));
        // The totals of everything below it (other tests add files to the shared emulator,
        // so they are counted from the listing itself; the demo has at least these two).
        int below = 0;
        qint64 bytes = 0;
        for (const contaxy::FileItem &f : model.tree().files()) {
            if (f.key.startsWith(QLatin1String("models/"))) {
                ++below;
                bytes += f.size;
            }
        }
        QVERIFY(below >= 2);
        QCOMPARE(model.entry(models).files, below);
        QCOMPARE(model.entry(models).size, bytes);
        QCOMPARE(model.index(models, ContaxyFileModel::VersionsColumn).data(), QVariant());
        QVERIFY(rowOfKey(model, QStringLiteral("README.md")) >= 0);
        QCOMPARE(rowOfKey(model, QStringLiteral("models/classifier.bin")), -1);
        QSignalSpy folderChanged(&model, &ContaxyFileModel::folderChanged);
        model.setFolder(QStringLiteral("models/"));
        QCOMPARE(folderChanged.size(), 1);
        QVERIFY(rowOfKey(model, QStringLiteral("models/v2/")) >= 0);
        model.setFolder(QStringLiteral("no/such/")); // not a folder: stays
        QCOMPARE(model.folder(), QStringLiteral("models/"));
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
        model.setFolder(QStringLiteral("reports/"));
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
        auto keysOf = [](const contaxy::UploadPlan &p) {
            QStringList keys;
            for (const auto &spec : p.transfers)
                keys << spec.url.path().section(QStringLiteral("/files/"), 1);
            keys.sort();
            return keys;
        };
        QCOMPARE(keysOf(plan),
                 QStringList({QStringLiteral("batch/run1/metrics.json"),
                              QStringLiteral("batch/summary.md"),
                              QStringLiteral("notes.txt")}));
        QCOMPARE(plan.refused.size(), 1);
        QVERIFY(plan.refused.first().startsWith(QLatin1String("odd~name.txt")));
        const auto tooMany = contaxy::planUploads(QStringLiteral("acc"),
                                                  m_server.url,
                                                  QStringLiteral("demo-project"),
                                                  {m_dir.filePath(QStringLiteral("plan/batch"))},
                                                  QString(),
                                                  1);
        QVERIFY(tooMany.tooMany);
        QVERIFY(tooMany.transfers.isEmpty());
        // Into a folder (a drop onto its row): the keys start with it.
        const auto into
            = contaxy::planUploads(QStringLiteral("acc"),
                                   m_server.url,
                                   QStringLiteral("demo-project"),
                                   {single, m_dir.filePath(QStringLiteral("plan/batch"))},
                                   QStringLiteral("data/raw/"));
        QCOMPARE(keysOf(into),
                 QStringList({QStringLiteral("data/raw/batch/run1/metrics.json"),
                              QStringLiteral("data/raw/batch/summary.md"),
                              QStringLiteral("data/raw/notes.txt")}));
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

    void searchFindsMatchesBelowTheFolder()
    {
        ContaxyFileModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        model.setSearch(QStringLiteral("JSONL"));
        QCOMPARE(model.rowCount(), 2);
        const int row = rowOfKey(model, QStringLiteral("data/raw/2026-11-01.jsonl"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data().toString(),
                 QStringLiteral("data/raw/2026-11-01.jsonl"));
        model.setFolder(QStringLiteral("data/"));
        QCOMPARE(model.index(rowOfKey(model, QStringLiteral("data/raw/2026-11-01.jsonl")), 0)
                     .data()
                     .toString(),
                 QStringLiteral("raw/2026-11-01.jsonl")); // the path below the folder
        model.setSearch(QString());
        QVERIFY(rowOfKey(model, QStringLiteral("data/raw/")) >= 0);
    }

    void metadataEditedAsAMergePatch()
    {
        const QString key = QStringLiteral("notebooks/explore.ipynb");
        contaxy::FileItem file;
        file.key = key;
        ContaxyFileDetails details(m_session.get(), QStringLiteral("demo-project"), file, nullptr);
        QSignalSpy loaded(&details, &ContaxyFileDetails::loaded);
        details.load();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(details.file().displayName, QStringLiteral("explore.ipynb"));
        QJsonObject meta {{QStringLiteral("owner"), QStringLiteral("lab")}};
        // Only what changed goes: the unchanged display name stays out of the patch.
        const QJsonObject patch
            = details.patchFor(QStringLiteral("explore.ipynb"), QStringLiteral("EDA"), meta);
        QCOMPARE(patch,
                 QJsonObject({{QStringLiteral("description"), QStringLiteral("EDA")},
                              {QStringLiteral("metadata"), meta}}));
        QVERIFY(!ContaxyFileDetails::problem(QStringLiteral("abc"), QString(), meta).isEmpty());
        QVERIFY(!ContaxyFileDetails::problem(QString(), QString(241, 'x'), meta).isEmpty());
        QVERIFY(!ContaxyFileDetails::problem(
                     QString(), QString(), {{QStringLiteral(" "), QStringLiteral("v")}})
                     .isEmpty());
        QSignalSpy saved(&details, &ContaxyFileDetails::saved);
        details.save(QStringLiteral("Exploration"), QStringLiteral("EDA"), meta);
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
        // The server has it: read back through a fresh listing.
        ContaxyFileModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QVERIFY(test::fetchAll(model));
        model.setFolder(QStringLiteral("notebooks/"));
        const contaxy::FileItem stored = model.file(rowOfKey(model, key));
        QCOMPARE(stored.displayName, QStringLiteral("Exploration"));
        QCOMPARE(stored.description, QStringLiteral("EDA"));
        QCOMPARE(stored.metadata, meta);
        // The server's refusal comes back as the outcome, not as a crash or silence.
        details.save(QStringLiteral("Exploration"), QString(300, 'x'), meta);
        QVERIFY(saved.wait(10000));
        QVERIFY(!saved.at(1).at(0).toBool());
        QVERIFY(saved.at(1).at(1).toString().startsWith(QLatin1String("Not saved")));
    }

    void versionsListedAndDeleted()
    {
        const QString key = QStringLiteral("versions/model.txt");
        const QString local = write(QStringLiteral("v.txt"), "one\n");
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(run(contaxy::uploadSpec(QStringLiteral("acc"),
                                             m_server.url,
                                             QStringLiteral("demo-project"),
                                             key,
                                             local)),
                     transfer::Transfer::State::Completed);
        }
        ContaxyFileVersionModel versions(
            m_session.get(), QStringLiteral("demo-project"), key, nullptr);
        QAbstractItemModelTester tester(&versions,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(versions));
        QCOMPARE(versions.rowCount(), 3);
        QVERIFY(versions.version(0).latest); // newest first
        QVERIFY(versions.index(0, 0).data().toString().contains(QLatin1String("latest")));
        const QString oldest = versions.version(2).version;
        QSignalSpy finished(&versions, &ResourceListModel::actionFinished);
        versions.removeVersion(oldest);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(versions.rowCount(), 2);
        versions.removeOlderVersions();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(1).at(1).toBool());
        QVERIFY(test::waitLoaded(versions));
        QCOMPARE(versions.rowCount(), 1);
        QVERIFY(versions.version(0).latest);
        // A version that is not there: the server's message, the rows unchanged.
        versions.removeVersion(oldest);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(2).at(1).toBool());
        QCOMPARE(versions.rowCount(), 1);
    }

    void folderDownloadRecreatesFoldersAndReplacesOnRequest()
    {
        ContaxyFileModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QVERIFY(test::fetchAll(model));
        QTemporaryDir target;
        const auto files = model.tree().filesUnder(QStringLiteral("data/raw/"));
        QCOMPARE(files.size(), 3);
        for (bool replace : {false, true}) {
            const auto specs = contaxy::downloadSpecsFor(QStringLiteral("acc"),
                                                         m_server.url,
                                                         QStringLiteral("demo-project"),
                                                         QStringLiteral("data/raw/"),
                                                         files,
                                                         target.path(),
                                                         replace);
            for (const auto &spec : specs)
                QCOMPARE(run(spec), transfer::Transfer::State::Completed);
        }
        QFile png(target.filePath(QStringLiteral("raw/images/cat.png")));
        QVERIFY(png.open(QIODevice::ReadOnly));
        QCOMPARE(png.size(), 48 * 1024);
        // The second pass replaced the files instead of adding " (2)" copies.
        QVERIFY(!QFile::exists(target.filePath(QStringLiteral("raw/images/cat (2).png"))));
        QCOMPARE(QDir(target.filePath(QStringLiteral("raw"))).entryList(QDir::Files).size(), 2);
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
