// Contaxy projects and files against the emulator: the project and file models (under
// QAbstractItemModelTester, loaded through fetchMore as a view does), the home project that
// GET /projects hides, in-place reloads and deletions (no model reset), project creation,
// uploads and downloads through the transfer engine with keys that need encoding, upload
// planning, and the client-side rules for IDs and keys.
#include "accounts/account.h"
#include "apicalls.h"
#include "auth/accountsession.h"
#include "cannedserver.h"
#include "contaxy/contaxyfiledetails.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/contaxyfileversionmodel.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/files.h"
#include "contaxy/projects.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "net/streamedarray.h"
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
#include <QThread>
#include <QtTest>

#include <atomic>

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

    void hundredThousandFilesStreamIn()
    {
        // 100,000 files (~90 MB): more than a buffered reply may hold, so it must stream.
        net::ApiRequest make = net::ApiRequest::postJson(
            QStringLiteral("/__wharf__/bulk-files/bulk-100k"), QJsonObject());
        make.query.addQueryItem(QStringLiteral("count"), QStringLiteral("100000"));
        make.authenticated = false;
        const net::ApiResponse made = test::runCall(*m_session->client(), make, 120000);
        QVERIFY2(made.ok(), qPrintable(made.error.toString()));
        const qint64 bytes
            = QJsonDocument::fromJson(made.body).object().value(QLatin1String("bytes")).toInteger();
        QVERIFY2(bytes > 64 * 1024 * 1024, qPrintable(QString::number(bytes)));

        ContaxyFileModel model(m_session.get(), QStringLiteral("bulk-100k"), nullptr);
        model.reload();
        QVERIFY(test::waitLoaded(model, 120000));
        QCOMPARE(model.totalFiles(), 100000);
        QCOMPARE(model.rowCount(), 1); // dataset/
        QCOMPARE(model.entry(0).files, 100000);
        model.setFolder(QStringLiteral("dataset/"));
        QCOMPARE(model.rowCount(), 100);
        model.setFolder(QStringLiteral("dataset/part-042/"));
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(rowOfKey(model, QStringLiteral("dataset/part-042/shard-0000042.parquet")) >= 0);
        QCOMPARE(model.loader()->lastReply().size(), 1024 * 1024); // its start only, for display
    }

    void listsAreDecodedOffTheUiThread()
    {
        // Elements are cut and parsed on the call's own thread; `done` comes back here.
        QObject context;
        std::atomic<int> elements = 0;
        std::atomic<bool> onUiThread = false;
        QThread *ui = QThread::currentThread();
        bool finished = false;
        QThread *doneOn = nullptr;
        net::sendStreamedArray(
            m_session->client(),
            contaxy::listFilesRequest(QStringLiteral("demo-project")),
            &context,
            [&](QByteArrayView, QString *) {
                ++elements;
                onUiThread = onUiThread || QThread::currentThread() == ui;
                return true;
            },
            [&](const net::ApiResponse &reply, const QByteArray &raw) {
                QVERIFY(reply.ok());
                QVERIFY(raw.startsWith('['));
                doneOn = QThread::currentThread();
                finished = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QVERIFY(elements >= 10);
        QVERIFY(!onUiThread);
        QCOMPARE(doneOn, ui);
    }

    void brokenListsAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        QTest::newRow("cut short") << QByteArray(R"([{"key":"a"},{"key":"b")") << "cut short";
        QTest::newRow("element not a file") << QByteArray(R"([{"key":"a"},42])") << "not an object";
        QTest::newRow("no key") << QByteArray(R"([{"file_size":1}])") << "key";
        QTest::newRow("broken element") << QByteArray(R"([{"key":"a",}])") << "readable";
        QTest::newRow("garbage after") << QByteArray(R"([{"key":"a"}] [])") << "more data";
    }

    void brokenListsAreClearErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        test::CannedServer server(200, body, "application/json");
        auto session = test::tokenSession(PlatformKind::Contaxy, server.url());
        ContaxyFileModel model(session.get(), QStringLiteral("demo-project"), nullptr);
        QSignalSpy failed(model.loader(), &ListLoader::errorOccurred);
        model.reload();
        QVERIFY(failed.wait(10000));
        const auto error = failed.at(0).at(0).value<net::ApiError>();
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        QVERIFY2(error.message.contains(why), qPrintable(error.message));
        QCOMPARE(model.rowCount(), 0); // nothing half-shown
        QCOMPARE(model.loader()->lastReply(), body);
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
