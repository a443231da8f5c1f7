// Transfers against the real emulators, mostly through the fault proxy: cuts mid-upload and
// mid-download must end in a complete, correct file (resumed where the protocol allows),
// refusals and stalls must be survivable or cancellable, and local file trouble must become a
// clear error instead of a retry loop.
#include "emulators.h"
#include "transfer/transfererrors.h"
#include "transfertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace wharf::transfer;
using namespace transfertest;
using wharf::net::ApiError;
using wharf::test::ServerInfo;

class TestTransfer : public QObject
{
    Q_OBJECT
    ServerInfo m_emu;
    ServerInfo m_proxy;
    QTemporaryDir m_stateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    // One engine per test: a connection kept alive from an earlier test would bypass the
    // fault mode set for this one (the proxy applies modes per accepted connection).
    std::unique_ptr<CurlEngine> m_engine;
    ConnectionSettings m_settings = directSettings();

    QUrl direct(const QString &path) const { return QUrl(m_emu.url.toString() + path); }
    QUrl viaProxy(const QString &path) const { return QUrl(m_proxy.url.toString() + path); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    Transfer *make(TransferSpec spec, const RetryPolicy &policy = fastRetries())
    {
        if (spec.id.isEmpty())
            spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (spec.localPath.isEmpty())
            spec.localPath = m_dir->path();
        auto *transfer = new Transfer(m_engine.get(), spec, m_dir.get() ? this : nullptr);
        transfer->setRetryPolicy(policy);
        transfer->setProgressInterval(20);
        transfer->setConnectionProvider([this] { return m_settings; });
        return transfer;
    }
    Transfer *download(const QUrl &url, const QString &fileName = QString())
    {
        TransferSpec spec;
        spec.url = url;
        spec.fileName = fileName;
        return make(spec);
    }
    Transfer *upload(TransferSpec::Kind kind,
                     const QUrl &url,
                     const QString &file,
                     const QByteArray &method = QByteArray())
    {
        TransferSpec spec;
        spec.kind = kind;
        spec.url = url;
        spec.localPath = file;
        spec.method = method;
        return make(spec);
    }
    void setMode(const QByteArray &json)
    {
        QVERIFY(wharf::test::setProxyMode(m_proxy, json));
        proxyControl(m_proxy, "POST", "/reset-stats");
    }
    qint64 stat(const char *key)
    {
        return proxyControl(m_proxy, "GET", "/stats").value(QLatin1String(key)).toInteger();
    }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    static QJsonObject reply(const Transfer *t)
    {
        return QJsonDocument::fromJson(t->responseBody()).object();
    }
    static bool completed(const Transfer *t)
    {
        if (t->state() != Transfer::State::Completed)
            qWarning("state %d: %s", int(t->state()), qPrintable(t->error().toString()));
        return t->state() == Transfer::State::Completed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emu = wharf::test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_emu.isValid());
        m_proxy = wharf::test::startProxy(
            m_stateDir.path(), QStringLiteral("transferproxy"), m_emu, {});
        QVERIFY(m_proxy.isValid());
    }
    void cleanupTestCase() { wharf::test::stopAll(m_stateDir.path()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = directSettings();
        m_engine = std::make_unique<CurlEngine>();
        setMode("{}");
    }
    void cleanup()
    {
        qDeleteAll(findChildren<Transfer *>(Qt::FindDirectChildrenOnly));
        QCOMPARE(m_engine->runningRequests(), 0);
        m_engine.reset();
        m_dir.reset();
    }

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

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
