// Local file trouble during transfers (files vanishing or shrinking mid-upload, unwritable
// targets, full disks) must become a clear error instead of a retry loop; server errors are
// decoded and reply headers handed back.
#include "transferfixture.h"

class TestTransferFiles : public TransferFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpCase(); }
    void cleanupTestCase() { tearDownCase(); }
    void init() { setUpTest(); }
    void cleanup() { tearDownTest(); }

    void fileVanishesMidUpload()
    {
        // Larger than the socket buffers between us and the throttled proxy can swallow, so
        // the file is still being read when it disappears.
        const QString file = path(QStringLiteral("vanishing.bin"));
        writeRandomFile(file, 32 << 20);
        setMode(R"({"rate": 4000000})");
        Transfer *t = upload(TransferSpec::Kind::Upload, viaProxy("/__wharf__/sink"), file);
        QSignalSpy retries(t, &Transfer::retryScheduled);
        t->start();
        QTRY_VERIFY_WITH_TIMEOUT(t->bytesDone() > 100000, 10000);
        QVERIFY(QFile::remove(file));
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().code, QStringLiteral("local-vanished"));
        QVERIFY(t->error().message.contains(file));
        QVERIFY(isLocalFileError(t->error()));
        QCOMPARE(retries.size(), 0);
    }

    void fileShrinksMidUpload()
    {
        const QString file = path(QStringLiteral("shrinking.bin"));
        writeRandomFile(file, 32 << 20);
        setMode(R"({"rate": 4000000})");
        TransferSpec spec;
        spec.kind = TransferSpec::Kind::TusUpload;
        spec.url = viaProxy("/__wharf__/tus");
        spec.localPath = file;
        Transfer *t = make(spec);
        t->start();
        QTRY_VERIFY_WITH_TIMEOUT(t->bytesDone() > 100000, 10000);
        QVERIFY(QFile::resize(file, 50000));
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().code, QStringLiteral("local-changed"));
    }

    void fileShrinksBetweenChunks()
    {
        // tus: the server is told the length up front, so a file that changed before the
        // next PATCH must not be sent as if nothing happened.
        const QString file = path(QStringLiteral("shrinking2.bin"));
        writeRandomFile(file, 600000);
        TransferSpec spec;
        spec.kind = TransferSpec::Kind::TusUpload;
        spec.url = direct("/__wharf__/tus");
        spec.localPath = file;
        spec.chunkSize = 256 * 1024;
        Transfer *t = make(spec);
        connect(t, &Transfer::progressChanged, this, [file](qint64 done) {
            if (done >= 256 * 1024)
                QFile::resize(file, 300000);
        });
        t->start();
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().code, QStringLiteral("local-changed"));
    }

    void missingFileFailsAtOnce()
    {
        Transfer *t = upload(TransferSpec::Kind::Upload,
                             direct("/__wharf__/sink"),
                             path(QStringLiteral("nope.bin")));
        t->start();
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().code, QStringLiteral("local-missing"));
    }

    void targetFolderNotWritable()
    {
        // Root ignores permission bits, but nobody may create files in /proc.
        const bool root = geteuid() == 0;
        const QString folder = root ? QStringLiteral("/proc") : path(QStringLiteral("ro"));
        if (!root) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        auto restore = qScopeGuard([&] {
            if (!root)
                QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        TransferSpec spec;
        spec.url = direct(QStringLiteral("/__wharf__/bytes?n=10"));
        spec.localPath = folder;
        Transfer *t = make(spec);
        t->start();
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().code, QStringLiteral("local-target"));
        QVERIFY2(t->error().message.contains(folder), qPrintable(t->error().message));
    }

    void writeFailureMidDownload()
    {
        // A file size limit makes write() fail with EFBIG part-way, as a full disk would.
        struct rlimit old
        {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        struct rlimit limited = old;
        limited.rlim_cur = 1 << 20;
        auto previous = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        auto restore = qScopeGuard([&] {
            setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, previous);
        });
        Transfer *t = download(direct(QStringLiteral("/__wharf__/bytes?n=3000000")), "big.bin");
        QSignalSpy retries(t, &Transfer::retryScheduled);
        t->start();
        QVERIFY(waitFinished(t));
        restore.dismiss();
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().code, QStringLiteral("local-write"));
        QVERIFY2(t->error().message.contains(t->spec().partPath()), qPrintable(t->error().message));
        QCOMPARE(retries.size(), 0);
    }

    void httpErrorsAreDecoded()
    {
        Transfer *gone = download(direct(QStringLiteral(
            "/__wharf__/status/"
            "404?body=%7B%22detail%22%3A%22gone%20away%22%7D&content_type=application/json")));
        gone->start();
        QVERIFY(waitFinished(gone));
        QCOMPARE(gone->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(gone->error().message, QStringLiteral("gone away"));
        QCOMPARE(gone->bytesDone(), 0);
        QVERIFY(!QFile::exists(gone->spec().partPath())
                || QFileInfo(gone->spec().partPath()).size() == 0);

        const QString file = path(QStringLiteral("denied.bin"));
        writeRandomFile(file, 1000);
        Transfer *denied = upload(TransferSpec::Kind::Upload,
                                  direct(QStringLiteral("/__wharf__/status/403?body=no")),
                                  file);
        denied->start();
        QVERIFY(waitFinished(denied));
        QCOMPARE(denied->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(denied->error().message, QStringLiteral("no"));
    }

    void responseHeadersHandedBack()
    {
        Transfer *t
            = download(direct(QStringLiteral("/__wharf__/set-cookie?name=token&value=rotated-1")),
                       "cookie.json");
        QSignalSpy headers(t, &Transfer::responseHeadersReceived);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(1).toInt(), 200);
        const auto list = headers.first().at(0).value<HeaderList>();
        bool found = false;
        for (const auto &[name, value] : list)
            found |= name.toLower() == "set-cookie" && value.startsWith("token=rotated-1");
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestTransferFiles)
#include "tst_transferfiles.moc"
