// Project-W live job events against an emulator of this test's own (its runner switches would
// disturb other tests): the SSE reader on the real stream and on a hostile endless line, the
// job model following three jobs to success on events alone (no polling), and a dropped
// stream that reconnects and reads again what happened meanwhile, and polling that happens
// only while the stream is down.
#include "accounts/account.h"
#include "apicalls.h"
#include "auth/accountsession.h"
#include "emulators.h"
#include "net/ssestream.h"
#include "projectw/jobevents.h"
#include "projectw/jobs.h"
#include "projectw/projectwjobmodel.h"
#include "sessionhelpers.h"
#include "testfiles.h"
#include "transfer/curlengine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;
using projectw::Job;

class TestProjectWEvents : public QObject
{
    Q_OBJECT
    QTemporaryDir m_state;
    QTemporaryDir m_dir;
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;
    transfer::CurlEngine m_engine;

    int submit(const QString &name)
    {
        const auto spec = projectw::submitSpec(
            QStringLiteral("acc"), m_server.url, test::writeWav(m_dir.filePath(name)));
        transfer::Transfer transfer(&m_engine, spec);
        transfer.setConnectionProvider([this] { return test::settingsFor(m_session.get()); });
        QSignalSpy finished(&transfer, &transfer::Transfer::finished);
        transfer.start();
        if (!finished.wait(20000) || transfer.state() != transfer::Transfer::State::Completed)
            return 0;
        return transfer.responseBody().trimmed().toInt();
    }
    // A test switch of the emulator (tests/servers/projectw_jobs.py).
    net::ApiResponse debug(const QByteArray &method, const QString &path, const QString &query = {})
    {
        net::ApiRequest request
            = net::ApiRequest::getPublic(QStringLiteral("/__wharf__/jobs/") + path);
        request.method = method;
        request.query = QUrlQuery(query);
        return test::runCall(*m_session->client(), request);
    }
    // "open" (event streams) or "info_requests" (job details asked for so far).
    int streamStat(const QString &name = QStringLiteral("open"))
    {
        const auto reply = debug("GET", QStringLiteral("streams"));
        net::ApiError error;
        const auto obj = reply.jsonObject(&error);
        return obj ? obj->value(name).toInt(-1) : -1;
    }
    std::unique_ptr<ProjectWJobModel> liveModel()
    {
        auto model = std::make_unique<ProjectWJobModel>(m_session.get(), nullptr);
        model->setPollInterval(0); // events alone
        model->reload();
        return model;
    }
    static Job::Step stepOf(const ProjectWJobModel &model, int id)
    {
        const int row = model.rowOf(id);
        return row < 0 ? Job::Step::Queued : model.job(row).step;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList args {QStringLiteral("start"),
                                QStringLiteral("--state-dir"),
                                m_state.path(),
                                QStringLiteral("projectw")};
        m_server = test::launch(m_state.path(), args, QStringLiteral("projectw"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::ProjectW, m_server.url);
        QVERIFY(m_session);
    }
    void cleanupTestCase() { test::stopAll(m_state.path()); }

    void sseReaderOnTheJobStream()
    {
        net::SseStream stream(m_session->client(),
                              net::ApiRequest::get(QStringLiteral("/api/jobs/events")));
        QSignalSpy opened(&stream, &net::SseStream::opened);
        QSignalSpy events(&stream, &net::SseStream::eventReceived);
        QSignalSpy ended(&stream, &net::SseStream::ended);
        stream.open();
        QVERIFY(opened.wait(10000)); // the headers came; the body stays silent
        QVERIFY(stream.isOpen());
        QCOMPARE(events.size(), 0);
        const int id = submit(QStringLiteral("sse.wav"));
        QVERIFY(id > 0);
        auto countOf = [&](const QByteArray &type) {
            int n = 0;
            for (const auto &args : std::as_const(events)) {
                const auto event = args.at(0).value<net::SseEvent>();
                n += event.type == type && event.data == QByteArray::number(id);
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(countOf("job_created"), 1, 10000);
        // Assignment, every progress step and the end, each its own event.
        QTRY_VERIFY_WITH_TIMEOUT(countOf("job_updated") >= 10, 15000);
        QCOMPARE(ended.size(), 0);
        // The server ends the stream: said once, without an error.
        QVERIFY(debug("POST", QStringLiteral("end-streams")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        QVERIFY2(!ended.at(0).at(0).value<net::ApiError>(),
                 qPrintable(ended.at(0).at(0).value<net::ApiError>().toString()));
        QVERIFY(!stream.isOpen());
    }

    void sseReaderRefusesEndlessLine()
    {
        // The echo of 1 MiB is one line of JSON: the reader stops at its limit instead of
        // collecting it.
        net::ApiRequest request = net::ApiRequest::getPublic(QStringLiteral("/__wharf__/echo"));
        request.method = "POST";
        request.body = QByteArray(1 << 20, 'x');
        request.contentType = "text/plain";
        net::SseStream stream(m_session->client(), request);
        stream.setLimits(4096, 16384);
        QSignalSpy events(&stream, &net::SseStream::eventReceived);
        QSignalSpy ended(&stream, &net::SseStream::ended);
        stream.open();
        QVERIFY(ended.wait(10000));
        const auto error = ended.at(0).at(0).value<net::ApiError>();
        QVERIFY2(error.kind == net::ApiError::Kind::BadResponse, qPrintable(error.toString()));
        QVERIFY2(error.message.contains(QLatin1String("4096")), qPrintable(error.message));
        QCOMPARE(events.size(), 0);
        QCOMPARE(ended.size(), 1);
    }

    // Every use of a session rotates it here: the stream's own Set-Cookie is adopted as soon
    // as its headers come, or the next call would go out with a token that no longer works.
    void rotatedTokenAdoptedWhenStreamOpens()
    {
        QTemporaryDir state;
        const QStringList args {QStringLiteral("start"),
                                QStringLiteral("--state-dir"),
                                state.path(),
                                QStringLiteral("--emulator-arg=--rolling-minutes=60"),
                                QStringLiteral("projectw")};
        const test::ServerInfo rolling
            = test::launch(state.path(), args, QStringLiteral("projectw"));
        QVERIFY(rolling.isValid());
        auto session = test::demoSession(PlatformKind::ProjectW, rolling.url);
        QVERIFY(session);
        const QString before = session->client()->bearerToken();
        QSignalSpy rotated(session.get(), &auth::AccountSession::tokenRotated);
        net::SseStream stream(session->client(),
                              net::ApiRequest::get(QStringLiteral("/api/jobs/events")));
        QSignalSpy opened(&stream, &net::SseStream::opened);
        stream.open();
        QVERIFY(opened.wait(10000));
        QCOMPARE(rotated.size(), 1); // with the headers, the stream still open
        QVERIFY(stream.isOpen());
        QVERIFY(session->client()->bearerToken() != before);
        const auto reply = test::runCall(*session->client(), projectw::countJobsRequest());
        QVERIFY2(reply.ok(), qPrintable(reply.error.toString()));
        stream.close();
        test::stopAll(state.path());
    }

    void modelFollowsEventsWithoutPolling()
    {
        auto model = liveModel();
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLive() && model->loader()->hasLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->loader()->isLoading(), 10000); // the refetch on connect
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy ended(model.get(), &ProjectWJobModel::jobEnded);
        QList<double> progress; // values seen between queued and done
        connect(model.get(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
            const Job &job = model->job(from.row());
            if (job.step == Job::Step::Running && job.progress > 0 && job.progress < 100)
                progress << job.progress;
        });
        QList<int> ids;
        for (const QString &name :
             {QStringLiteral("one.wav"), QStringLiteral("two.wav"), QStringLiteral("three.wav")}) {
            ids << submit(name);
            QVERIFY(ids.last() > 0);
        }
        // New jobs come in through job_created, with nobody reloading the list.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ids.at(0)) >= 0 && model->rowOf(ids.at(1)) >= 0
                                     && model->rowOf(ids.at(2)) >= 0,
                                 10000);
        for (int id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(stepOf(*model, id), Job::Step::Succeeded, 20000);
        QVERIFY(model->isLive());
        QVERIFY2(progress.size() >= 6, "progress arrives step by step");
        QCOMPARE(resets.size(), 0);
        // Each finished job is announced once (the notification's source); a job of an earlier
        // test may end meanwhile too.
        auto announced = [&] {
            QList<int> ours;
            for (const auto &args : std::as_const(ended)) {
                if (ids.contains(args.at(0).value<Job>().id))
                    ours << args.at(0).value<Job>().id;
            }
            std::sort(ours.begin(), ours.end());
            return ours;
        };
        QTRY_COMPARE_WITH_TIMEOUT(announced(), ids, 5000);
        QCOMPARE(model->job(model->rowOf(ids.at(0))).progress, 100.0);
    }

    void failedJobArrivesAsFailure()
    {
        auto model = liveModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLive() && model->loader()->hasLoaded(), 10000);
        QSignalSpy ended(model.get(), &ProjectWJobModel::jobEnded);
        const int id = submit(QStringLiteral("crash.wav"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, 10000);
        QVERIFY(debug("POST", QStringLiteral("fail"), QStringLiteral("job_id=%1").arg(id)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(*model, id), Job::Step::Failed, 10000);
        QCOMPARE(model->job(model->rowOf(id)).error, QStringLiteral("The runner crashed"));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
        QCOMPARE(ended.at(0).at(0).value<Job>().id, id);
    }

    void droppedStreamReconnectsAndRefetches()
    {
        auto model = liveModel();
        model->events()->setReconnectDelay(2500, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLive() && model->loader()->hasLoaded(), 10000);
        QSignalSpy live(model.get(), &ProjectWJobModel::liveChanged);
        QVERIFY(debug("POST", QStringLiteral("runner"), QStringLiteral("stalled=true")).ok());
        const int running = submit(QStringLiteral("stalls-then-aborts.wav"));
        QVERIFY(running > 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(running) >= 0, 10000);
        // The stream ends; what happens before the reconnect is published to nobody.
        QVERIFY(debug("POST", QStringLiteral("end-streams")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLive(), 10000);
        QCOMPARE(live.last().at(0).toBool(), false);
        QCOMPARE(streamStat(), 0);
        const int missed = submit(QStringLiteral("created-while-down.wav"));
        QVERIFY(missed > 0);
        QVERIFY(test::runCall(*m_session->client(), projectw::abortJobsRequest({running})).ok());
        QCOMPARE(model->rowOf(missed), -1); // no polling, no events: not seen yet
        // Back up: the list is read again, and both changes show.
        QTRY_VERIFY_WITH_TIMEOUT(model->isLive(), 10000);
        QCOMPARE(live.last().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(missed) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stepOf(*model, running) == Job::Step::Aborting
                                     || stepOf(*model, running) == Job::Step::Failed,
                                 10000);
        // The runner goes on: the rest arrives as events again.
        QVERIFY(debug("POST", QStringLiteral("runner"), QStringLiteral("stalled=false")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(*model, running), Job::Step::Failed, 10000);
        QCOMPARE(model->job(model->rowOf(running)).error, QStringLiteral("Job was aborted"));
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(*model, missed), Job::Step::Succeeded, 20000);
    }

    void pollsOnlyWhileStreamIsDown()
    {
        auto model = std::make_unique<ProjectWJobModel>(m_session.get(), nullptr);
        model->setPollInterval(100);
        model->events()->setReconnectDelay(3000, 5000);
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLive() && model->loader()->hasLoaded()
                                     && !model->loader()->isLoading(),
                                 10000);
        QVERIFY(debug("POST", QStringLiteral("runner"), QStringLiteral("stalled=true")).ok());
        const int waiting = submit(QStringLiteral("waits-for-a-runner.wav"));
        QVERIFY(waiting > 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(waiting) >= 0, 10000); // read for job_created
        QVERIFY(!model->job(model->rowOf(waiting)).isFinished());
        const int before = streamStat(QStringLiteral("info_requests"));
        QVERIFY(before > 0);
        // An unfinished job and the stream up: ten polling intervals pass without a request.
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(!changed.wait(1000));
        QCOMPARE(streamStat(QStringLiteral("info_requests")), before);
        // The stream goes down: polling stands in until it is back.
        QVERIFY(debug("POST", QStringLiteral("end-streams")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLive(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(streamStat(QStringLiteral("info_requests")) >= before + 3, 2500);
        QVERIFY(!model->isLive()); // still before the reconnect
        QVERIFY(debug("POST", QStringLiteral("runner"), QStringLiteral("stalled=false")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(model->isLive(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stepOf(*model, waiting), Job::Step::Succeeded, 20000);
    }
};

QTEST_GUILESS_MAIN(TestProjectWEvents)
#include "tst_projectwevents.moc"
