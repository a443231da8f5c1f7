// TransferQueue and TransferModel with real transfers against the emulators: concurrency,
// global pause, a restart of the core in the middle of transfers, and the model under
// QAbstractItemModelTester.
#include "common/transfermodel.h"
#include "emulators.h"
#include "transfer/transferqueue.h"
#include "transfertestutil.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf::transfer;
using namespace transfertest;
using wharf::TransferModel;
using wharf::test::ServerInfo;

namespace {
const QString kToken = QStringLiteral("queue-secret-token-4711");
}

class TestTransferQueue : public QObject
{
    Q_OBJECT
    ServerInfo m_emu;
    ServerInfo m_proxy;
    QTemporaryDir m_stateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_accountsAsked;

    QUrl direct(const QString &path) const { return QUrl(m_emu.url.toString() + path); }
    QUrl viaProxy(const QString &path) const { return QUrl(m_proxy.url.toString() + path); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<TransferQueue> makeQueue()
    {
        auto queue = std::make_unique<TransferQueue>(m_dir->filePath(QStringLiteral("state")),
                                                     [this](const QString &account) {
                                                         m_accountsAsked.append(account);
                                                         return directSettings(kToken);
                                                     });
        queue->setRetryPolicy(fastRetries());
        queue->setProgressInterval(20);
        return queue;
    }
    TransferSpec downloadSpec(const QUrl &url, const QString &name)
    {
        TransferSpec spec;
        spec.accountId = QStringLiteral("acc-1");
        spec.url = url;
        spec.localPath = m_dir->path();
        spec.fileName = name;
        return spec;
    }
    TransferSpec uploadSpec(TransferSpec::Kind kind, const QUrl &url, const QString &file)
    {
        TransferSpec spec;
        spec.accountId = QStringLiteral("acc-2");
        spec.kind = kind;
        spec.url = url;
        spec.localPath = file;
        spec.chunkSize = 1 << 20;
        return spec;
    }
    void setMode(const QByteArray &json) { QVERIFY(wharf::test::setProxyMode(m_proxy, json)); }
    static bool allFinished(const TransferQueue &queue)
    {
        for (const Transfer *t : queue.transfers()) {
            if (!t->isFinished())
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emu = wharf::test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_emu.isValid());
        m_proxy
            = wharf::test::startProxy(m_stateDir.path(), QStringLiteral("queueproxy"), m_emu, {});
        QVERIFY(m_proxy.isValid());
    }
    void cleanupTestCase() { wharf::test::stopAll(m_stateDir.path()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_accountsAsked.clear();
        setMode("{}");
    }
    void cleanup() { m_dir.reset(); }

    void concurrencyLimit()
    {
        setMode(R"({"rate": 2000000})");
        auto queue = makeQueue();
        queue->setMaxConcurrent(2);
        int active = 0;
        int most = 0;
        for (int i = 0; i < 5; ++i) {
            Transfer *t
                = queue->enqueue(downloadSpec(viaProxy(QStringLiteral("/__wharf__/bytes?n=300000")),
                                              QStringLiteral("c%1.bin").arg(i)));
            connect(t, &Transfer::stateChanged, this, [&] {
                active = 0;
                for (const Transfer *other : queue->transfers())
                    active += other->isActive() ? 1 : 0;
                most = qMax(most, active);
            });
        }
        QCOMPARE(queue->count(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(*queue), 30000);
        QCOMPARE(most, 2);
        for (const Transfer *t : queue->transfers()) {
            QCOMPARE(t->state(), Transfer::State::Completed);
            QFile file(t->spec().finalPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), pattern(0, 300000));
        }
        QVERIFY(m_accountsAsked.contains(QStringLiteral("acc-1")));
    }

    void globalPauseAndUserPause()
    {
        setMode(R"({"rate": 1000000})");
        auto queue = makeQueue();
        const QString file = path(QStringLiteral("raw.bin"));
        const QByteArray sha = writeRandomFile(file, 1500000);
        Transfer *a = queue->enqueue(downloadSpec(viaProxy("/__wharf__/bytes?n=2000000"), "a.bin"));
        Transfer *b = queue->enqueue(downloadSpec(viaProxy("/__wharf__/bytes?n=2000000"), "b.bin"));
        Transfer *raw = queue->enqueue(
            uploadSpec(TransferSpec::Kind::Upload, viaProxy("/__wharf__/sink"), file));
        QTRY_VERIFY(a->bytesDone() > 0 && b->bytesDone() > 0 && raw->isActive());
        QVERIFY(queue->pause(b->id())); // the user's own pause
        QSignalSpy pausedSpy(queue.get(), &TransferQueue::pausedChanged);
        queue->setPaused(true);
        QCOMPARE(pausedSpy.size(), 1);
        QCOMPARE(a->state(), Transfer::State::Paused);
        QCOMPARE(b->state(), Transfer::State::Paused);
        QVERIFY(raw->isActive()); // a raw body cannot pause: it runs to its end
        Transfer *late
            = queue->enqueue(downloadSpec(direct("/__wharf__/bytes?n=1000"), "late.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(raw->isFinished(), 20000);
        QCOMPARE(raw->state(), Transfer::State::Completed);
        QCOMPARE(QJsonDocument::fromJson(raw->responseBody())
                     .object()
                     .value("sha256")
                     .toString()
                     .toLatin1(),
                 sha);
        QCOMPARE(late->state(), Transfer::State::Queued); // nothing new starts while paused
        setMode("{}");
        queue->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && late->isFinished(), 20000);
        QCOMPARE(a->state(), Transfer::State::Completed);
        QCOMPARE(b->state(), Transfer::State::Paused); // still the user's pause
        queue->resume(b->id());
        QTRY_VERIFY_WITH_TIMEOUT(b->isFinished(), 20000);
        QCOMPARE(b->state(), Transfer::State::Completed);
        QFile fileB(b->spec().finalPath);
        QVERIFY(fileB.open(QIODevice::ReadOnly));
        QCOMPARE(fileB.readAll(), pattern(0, 2000000));
    }

    // The core goes away mid-transfer and comes back from the same state directory.
    void restartResumesWhatCan()
    {
        setMode(R"({"rate": 1500000})");
        const QString tusFile = path(QStringLiteral("tus.bin"));
        const QString rawFile = path(QStringLiteral("raw.bin"));
        const QByteArray tusSha = writeRandomFile(tusFile, 3000000);
        const QByteArray rawSha = writeRandomFile(rawFile, 3000000);
        QString tusId, downloadId, rawId;
        {
            auto queue = makeQueue();
            TransferSpec download = downloadSpec(viaProxy("/__wharf__/bytes?n=3000000"), "r.bin");
            download.headers = {{"Authorization", "Bearer " + kToken.toUtf8()}, {"X-Trace", "1"}};
            downloadId = queue->enqueue(download)->id();
            tusId = queue
                        ->enqueue(uploadSpec(
                            TransferSpec::Kind::TusUpload, viaProxy("/__wharf__/tus"), tusFile))
                        ->id();
            rawId = queue
                        ->enqueue(uploadSpec(
                            TransferSpec::Kind::Upload, viaProxy("/__wharf__/sink"), rawFile))
                        ->id();
            QTRY_VERIFY_WITH_TIMEOUT(queue->find(downloadId)->bytesDone() > 200000
                                         && queue->find(tusId)->bytesDone() > 200000
                                         && queue->find(rawId)->bytesDone() > 200000,
                                     15000);
            QVERIFY(!queue->find(tusId)->spec().uploadUrl.isEmpty());
            QVERIFY(QFileInfo(queue->find(downloadId)->spec().partPath()).size() > 0);
        } // destroyed: the queue file is written with three running transfers

        QFile saved(m_dir->filePath(QStringLiteral("state/transfers.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(!text.contains(kToken.toUtf8()), "no token in the queue file");
        QVERIFY(!text.contains("Bearer"));
        QVERIFY(text.contains("X-Trace"));
        QCOMPARE(text.count("\"running\""), 3);

        setMode("{}");
        auto queue = makeQueue();
        TransferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(queue.get());
        queue->restore();
        QCOMPARE(queue->count(), 3);
        QCOMPARE(model.rowCount(), 3);
        Transfer *download = queue->find(downloadId);
        Transfer *tus = queue->find(tusId);
        Transfer *raw = queue->find(rawId);
        QSignalSpy downloadReplies(download, &Transfer::responseHeadersReceived);
        QCOMPARE(download->state(), Transfer::State::Queued);
        QCOMPARE(tus->state(), Transfer::State::Queued);
        QCOMPARE(raw->state(), Transfer::State::Interrupted);
        QVERIFY(raw->error().message.contains(QLatin1String("Retry")));
        QVERIFY(raw->bytesDone() > 0);
        QVERIFY(
            model.data(model.index(queue->indexOf(raw), 0), TransferModel::CanRetryRole).toBool());

        QTRY_VERIFY_WITH_TIMEOUT(download->isFinished() && tus->isFinished(), 30000);
        QCOMPARE(download->state(), Transfer::State::Completed);
        QCOMPARE(tus->state(), Transfer::State::Completed);
        QCOMPARE(downloadReplies.first().at(1).toInt(), 206); // resumed, not restarted
        QFile got(download->spec().finalPath);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), pattern(0, 3000000));
        const QJsonObject tusState = getJson(direct(tus->spec().uploadUrl.path()));
        QCOMPARE(tusState.value("sha256").toString().toLatin1(), tusSha);
        QVERIFY(tusState.value("heads").toInt() >= 1);

        QCOMPARE(raw->state(), Transfer::State::Interrupted); // waits for the user
        queue->retry(rawId);
        QTRY_VERIFY_WITH_TIMEOUT(raw->isFinished(), 20000);
        QCOMPARE(raw->state(), Transfer::State::Completed);
        QCOMPARE(QJsonDocument::fromJson(raw->responseBody())
                     .object()
                     .value("sha256")
                     .toString()
                     .toLatin1(),
                 rawSha);
        QVERIFY(m_accountsAsked.contains(QStringLiteral("acc-2")));
    }

    void removeCancelsAndDeletesPart()
    {
        setMode(R"({"rate": 300000})");
        auto queue = makeQueue();
        Transfer *slow
            = queue->enqueue(downloadSpec(viaProxy("/__wharf__/bytes?n=2000000"), "s.bin"));
        Transfer *quick = queue->enqueue(downloadSpec(direct("/__wharf__/bytes?n=100"), "q.bin"));
        QTRY_VERIFY(slow->bytesDone() > 0 && quick->isFinished());
        const QString part = slow->spec().partPath();
        QVERIFY(QFile::exists(part));
        QSignalSpy removed(queue.get(), &TransferQueue::transferRemoved);
        queue->remove(slow->id());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(queue->count(), 1);
        QVERIFY(!QFile::exists(part));
        queue->clearFinished();
        QCOMPARE(queue->count(), 0);
        QVERIFY(QFile::exists(path(QStringLiteral("q.bin")))); // a finished file stays
        QCOMPARE(queue->engine()->runningRequests(), 0);
    }

    void headersRelayedPerAccount()
    {
        auto queue = makeQueue();
        QSignalSpy headers(queue.get(), &TransferQueue::responseHeadersReceived);
        queue->enqueue(downloadSpec(direct("/__wharf__/set-cookie?name=token&value=v2"), "c.json"));
        QTRY_COMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(0).toString(), QStringLiteral("acc-1"));
    }

    void modelFollowsRealTransfers()
    {
        setMode(R"({"rate": 1000000})");
        auto queue = makeQueue();
        queue->setProgressInterval(10);
        TransferModel model;
        model.setUpdateInterval(150);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setQueue(queue.get());
        model.setAccountNameResolver([](const QString &id) { return id.toUpper(); });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(resets.size(), 1); // setQueue only

        Transfer *t = queue->enqueue(downloadSpec(viaProxy("/__wharf__/bytes?n=1500000"), "m.bin"));
        QSignalSpy progress(t, &Transfer::progressChanged);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(model.data(row).toString(), QStringLiteral("m.bin"));
        QCOMPARE(model.data(model.index(0, TransferModel::AccountColumn)).toString(),
                 QStringLiteral("ACC-1"));
        QCOMPARE(model.data(model.index(0, TransferModel::DirectionColumn)).toString(),
                 QStringLiteral("Download"));
        QCOMPARE(model.data(row, wharf::models::IdRole).toString(), t->id());

        QTRY_VERIFY_WITH_TIMEOUT(t->bytesDone() > 300000, 10000);
        QTRY_VERIFY(model.data(model.index(0, TransferModel::SpeedColumn))
                        .toString()
                        .endsWith(QLatin1String("/s")));
        const double fraction = model.data(row, TransferModel::ProgressRole).toDouble();
        QVERIFY(fraction > 0 && fraction < 1);
        QVERIFY(model.data(model.index(0, TransferModel::SizeColumn))
                    .toString()
                    .contains(QLatin1String(" of ")));
        QVERIFY(model.data(row, TransferModel::CanPauseRole).toBool());

        QTRY_VERIFY_WITH_TIMEOUT(t->isFinished(), 20000);
        QTRY_COMPARE(model.data(model.index(0, TransferModel::StateColumn)).toString(),
                     QStringLiteral("Completed"));
        QCOMPARE(model.data(model.index(0, TransferModel::SizeColumn), wharf::models::SortRole)
                     .toLongLong(),
                 1500000);
        QCOMPARE(model.data(row, TransferModel::ProgressRole).toDouble(), 1.0);
        // Batched: far fewer view updates than progress signals, and no resets.
        QVERIFY2(changed.size() * 3 < progress.size(),
                 qPrintable(QStringLiteral("%1 dataChanged for %2 progress signals")
                                .arg(changed.size())
                                .arg(progress.size())));
        QVERIFY(changed.size() > 0);
        QCOMPARE(resets.size(), 1);
        for (const auto &args : changed)
            QCOMPARE(args.at(0).value<QModelIndex>().row(), 0);

        queue->enqueue(downloadSpec(direct("/__wharf__/bytes?n=10"), "n.bin"));
        QCOMPARE(model.rowCount(), 2);
        QTRY_VERIFY(allFinished(*queue));
        queue->remove(t->id());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("n.bin"));
        QCOMPARE(
            model.headerData(TransferModel::EtaColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Time left"));
        model.setQueue(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
