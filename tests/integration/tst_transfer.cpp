// Transfers against the real emulators, mostly through the fault proxy: cuts mid-upload and
// mid-download must end in a complete, correct file (resumed where the protocol allows), and
// refusals and stalls must be survivable or cancellable.
#include "transferfixture.h"

class TestTransfer : public TransferFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpCase(); }
    void cleanupTestCase() { tearDownCase(); }
    void init() { setUpTest(); }
    void cleanup() { tearDownTest(); }

    void downloadUsesSanitisedServerName()
    {
        const QUrl url
            = direct(QStringLiteral("/__wharf__/bytes?n=300000&filename=../evil:name.bin"));
        Transfer *first = download(url);
        first->start();
        QVERIFY(waitFinished(first));
        QVERIFY(completed(first));
        QCOMPARE(first->spec().finalPath, path(QStringLiteral("_evil_name.bin")));
        QCOMPARE(contents(first->spec().finalPath), pattern(0, 300000));
        QCOMPARE(first->bytesDone(), 300000);
        QCOMPARE(first->bytesTotal(), 300000);
        Transfer *second = download(url);
        second->start();
        QVERIFY(waitFinished(second));
        QCOMPARE(second->spec().finalPath, path(QStringLiteral("_evil_name (2).bin")));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no .part
    }

    void downloadResumesAfterCut()
    {
        setMode(R"({"cut_after": 400000, "direction": "down", "cut_count": 1})");
        Transfer *t = download(viaProxy(QStringLiteral("/__wharf__/bytes?n=2000000")), "cut.bin");
        QSignalSpy retries(t, &Transfer::retryScheduled);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(2).value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(contents(t->spec().finalPath), pattern(0, 2000000));
        QCOMPARE(stat("cuts"), 1);
        QVERIFY2(stat("bytes_down") < 2000000 + 100000, "resumed with Range, not restarted");
    }

    void downloadWithoutRangeSupportRestarts()
    {
        setMode(R"({"cut_after": 400000, "direction": "down", "cut_count": 1})");
        Transfer *t = download(viaProxy(QStringLiteral("/__wharf__/bytes?n=2000000&ranges=false")),
                               "norange.bin");
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(contents(t->spec().finalPath), pattern(0, 2000000));
        QVERIFY(stat("bytes_down") > 2000000 + 300000);
    }

    void putUploadRetriedAfterCut()
    {
        const QString file = path(QStringLiteral("put.bin"));
        const QByteArray sha = writeRandomFile(file, 2000000);
        setMode(R"({"cut_after": 500000, "direction": "up", "cut_count": 1})");
        Transfer *t = upload(TransferSpec::Kind::Upload, viaProxy("/__wharf__/sink"), file);
        QSignalSpy retries(t, &Transfer::retryScheduled);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(reply(t).value("method").toString(), QStringLiteral("PUT"));
        QCOMPARE(reply(t).value("size").toInteger(), 2000000);
        QCOMPARE(reply(t).value("sha256").toString().toLatin1(), sha);
        QCOMPARE(reply(t).value("headers").toObject().value("authorization").toString(),
                 QStringLiteral("Bearer test-token"));
    }

    void postIsNeverRetriedBlindly()
    {
        const QString file = path(QStringLiteral("post.bin"));
        writeRandomFile(file, 1000000);
        setMode(R"({"cut_after": 300000, "direction": "up", "cut_count": 1})");
        Transfer *cut
            = upload(TransferSpec::Kind::Upload, viaProxy("/__wharf__/sink"), file, "POST");
        QSignalSpy retries(cut, &Transfer::retryScheduled);
        cut->start();
        QVERIFY(waitFinished(cut));
        QCOMPARE(cut->state(), Transfer::State::Failed);
        QCOMPARE(cut->error().kind, ApiError::Kind::Network);
        QCOMPARE(retries.size(), 0);
        QCOMPARE(stat("connections"), 1);

        const QString key = QUuid::createUuid().toString(QUuid::Id128);
        Transfer *busy = upload(TransferSpec::Kind::MultipartUpload,
                                direct("/__wharf__/flaky/" + key + "?failures=1"),
                                file);
        busy->start();
        QVERIFY(waitFinished(busy));
        QCOMPARE(busy->state(), Transfer::State::Failed);
        QCOMPARE(busy->error().httpStatus, 503);
        QCOMPARE(busy->error().message, QStringLiteral("flaky failure 1"));
        QCOMPARE(getJson(direct("/__wharf__/flaky/" + key + "/hits")).value("hits").toInt(), 1);
    }

    void retryAfterIsHonoured()
    {
        const QString key = QUuid::createUuid().toString(QUuid::Id128);
        Transfer *t = download(
            direct("/__wharf__/flaky/" + key + "?failures=1&status=503&retry_after=1&n=5000"),
            "flaky.bin");
        QSignalSpy retries(t, &Transfer::retryScheduled);
        QElapsedTimer clock;
        clock.start();
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(1).toInt(), 1000);
        QVERIFY(clock.elapsed() >= 950);
        QCOMPARE(contents(t->spec().finalPath), pattern(0, 5000));
    }

    void multipartUploadStreamsTheFile()
    {
        const QString file = path(QStringLiteral("memo.wav"));
        const QByteArray sha = writeRandomFile(file, 1500000);
        TransferSpec spec;
        spec.kind = TransferSpec::Kind::MultipartUpload;
        spec.url = direct("/__wharf__/sink");
        spec.localPath = file;
        spec.fileName = QStringLiteral("voice memo.wav");
        spec.contentType = "audio/wav";
        spec.fileField = QStringLiteral("audio");
        spec.formFields = {{QStringLiteral("model"), QStringLiteral("large-v3")}};
        Transfer *t = make(spec);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        const QJsonObject files = reply(t).value("files").toObject();
        const QJsonObject audio = files.value("audio").toObject();
        QCOMPARE(audio.value("filename").toString(), QStringLiteral("voice memo.wav"));
        QCOMPARE(audio.value("content_type").toString(), QStringLiteral("audio/wav"));
        QCOMPARE(audio.value("size").toInteger(), 1500000);
        QCOMPARE(audio.value("sha256").toString().toLatin1(), sha);
        QCOMPARE(reply(t).value("fields").toObject().value("model").toString(),
                 QStringLiteral("large-v3"));
        QCOMPARE(t->bytesDone(), 1500000);
    }

    void tusUploadResumesFromServerOffset()
    {
        const QString file = path(QStringLiteral("tus.bin"));
        const QByteArray sha = writeRandomFile(file, 3000000);
        setMode(R"({"cut_after": 1200000, "direction": "up", "cut_count": 1})");
        TransferSpec spec;
        spec.kind = TransferSpec::Kind::TusUpload;
        spec.url = viaProxy("/__wharf__/tus");
        spec.localPath = file;
        spec.chunkSize = 1 << 20;
        Transfer *t = make(spec);
        QSignalSpy specChanges(t, &Transfer::specChanged);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QVERIFY(specChanges.size() >= 1);
        const QString upload = t->spec().uploadUrl.path();
        QVERIFY2(upload.startsWith(QLatin1String("/__wharf__/tus/")), qPrintable(upload));
        const QJsonObject state = getJson(direct(upload));
        QCOMPARE(state.value("offset").toInteger(), 3000000);
        QCOMPARE(state.value("sha256").toString().toLatin1(), sha);
        QVERIFY(state.value("heads").toInt() >= 1); // asked where to continue
        QVERIFY2(stat("bytes_up") < 3000000 + 700000, "resumed, not sent again");
    }

    void refusedThenRecovers()
    {
        setMode(R"({"refuse": true})");
        Transfer *t = download(viaProxy(QStringLiteral("/__wharf__/bytes?n=10000")), "refused.bin");
        QSignalSpy retries(t, &Transfer::retryScheduled);
        t->start();
        QVERIFY(retries.wait(10000));
        QCOMPARE(retries.first().at(2).value<ApiError>().kind, ApiError::Kind::Network);
        setMode("{}");
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(contents(t->spec().finalPath), pattern(0, 10000));
    }

    void refusedGivesUpWithClearError()
    {
        setMode(R"({"refuse": true})");
        TransferSpec spec;
        spec.url = viaProxy(QStringLiteral("/__wharf__/bytes?n=10"));
        Transfer *t = make(spec, fastRetries(2));
        QSignalSpy retries(t, &Transfer::retryScheduled);
        t->start();
        QVERIFY(waitFinished(t));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(retries.size(), 2);
        QVERIFY2(t->error().message.contains(QLatin1String("Could not connect")),
                 qPrintable(t->error().message));
    }

    void stallThenCancel()
    {
        setMode(R"({"stall": true})");
        Transfer *t = download(viaProxy(QStringLiteral("/__wharf__/bytes?n=100000")), "stall.bin");
        t->start();
        QTRY_VERIFY(stat("connections") >= 1);
        QCOMPARE(t->state(), Transfer::State::Running);
        t->cancel();
        QCOMPARE(t->state(), Transfer::State::Cancelled);
        QCOMPARE(t->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_engine->runningRequests(), 0);
        QVERIFY(!QFile::exists(t->spec().partPath()));
    }

    void stallTimesOut()
    {
        setMode(R"({"stall": true})");
        m_settings.stallTimeoutMs = 1000;
        TransferSpec spec;
        spec.url = viaProxy(QStringLiteral("/__wharf__/bytes?n=100000"));
        Transfer *t = make(spec, fastRetries(0));
        t->start();
        QVERIFY(waitFinished(t, 15000));
        QCOMPARE(t->state(), Transfer::State::Failed);
        QCOMPARE(t->error().kind, ApiError::Kind::Timeout);
    }

    void pauseAndResumeDownload()
    {
        setMode(R"({"rate": 500000})");
        Transfer *t
            = download(viaProxy(QStringLiteral("/__wharf__/bytes?n=1500000")), "paused.bin");
        QVERIFY(t->canPause());
        t->start();
        QTRY_VERIFY_WITH_TIMEOUT(t->bytesDone() > 200000, 10000);
        QVERIFY(t->pause());
        QCOMPARE(t->state(), Transfer::State::Paused);
        QCOMPARE(m_engine->runningRequests(), 0);
        const qint64 kept = QFileInfo(t->spec().partPath()).size();
        QVERIFY(kept > 0);
        QCOMPARE(t->bytesDone(), kept);
        setMode("{}");
        QSignalSpy replies(t, &Transfer::responseHeadersReceived);
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(contents(t->spec().finalPath), pattern(0, 1500000));
        QCOMPARE(replies.size(), 1); // continued from the part file:
        QCOMPARE(replies.first().at(1).toInt(), 206);
        bool rangeFromKept = false;
        for (const auto &[name, value] : replies.first().at(0).value<HeaderList>())
            rangeFromKept |= name.toLower() == "content-range"
                && value.startsWith("bytes " + QByteArray::number(kept) + '-');
        QVERIFY(rangeFromKept);
    }

    void pauseAndResumeTusUpload()
    {
        const QString file = path(QStringLiteral("tus-pause.bin"));
        const QByteArray sha = writeRandomFile(file, 1500000);
        setMode(R"({"rate": 500000})");
        TransferSpec spec;
        spec.kind = TransferSpec::Kind::TusUpload;
        spec.url = viaProxy("/__wharf__/tus");
        spec.localPath = file;
        spec.chunkSize = 1 << 20;
        Transfer *t = make(spec);
        t->start();
        QTRY_VERIFY_WITH_TIMEOUT(t->bytesDone() > 300000, 10000);
        QVERIFY(t->pause());
        QCOMPARE(t->state(), Transfer::State::Paused);
        setMode("{}");
        t->start();
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        const QJsonObject state = getJson(direct(t->spec().uploadUrl.path()));
        QCOMPARE(state.value("sha256").toString().toLatin1(), sha);
        QVERIFY(state.value("heads").toInt() >= 1);
        QVERIFY(stat("bytes_up") < 1500000);
    }

    void rawUploadCannotPause()
    {
        const QString file = path(QStringLiteral("raw.bin"));
        const QByteArray sha = writeRandomFile(file, 600000);
        setMode(R"({"rate": 1000000})");
        Transfer *t = upload(TransferSpec::Kind::Upload, viaProxy("/__wharf__/sink"), file);
        QVERIFY(!t->canPause());
        t->start();
        QVERIFY(!t->pause());
        QCOMPARE(t->state(), Transfer::State::Running);
        QVERIFY(waitFinished(t));
        QVERIFY(completed(t));
        QCOMPARE(reply(t).value("sha256").toString().toLatin1(), sha);
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
