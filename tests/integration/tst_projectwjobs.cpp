// Project-W jobs against the emulator (its simulated runner needs ~5 s per job): the job
// model under QAbstractItemModelTester with paging and live progress, submission through the
// transfer engine, abort, delete, transcripts, and the audio-only rule on both sides.
#include "accounts/account.h"
#include "apicalls.h"
#include "auth/accountsession.h"
#include "emulators.h"
#include "projectw/jobs.h"
#include "projectw/projectwjobmodel.h"
#include "sessionhelpers.h"
#include "testfiles.h"
#include "transfer/curlengine.h"
#include "transfer/transfer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;
using projectw::Job;

class TestProjectWJobs : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;
    QTemporaryDir m_dir;
    transfer::CurlEngine m_engine;

    QString wav(const QString &name) { return test::writeWav(m_dir.filePath(name)); }

    transfer::Transfer::State submit(const QString &path, QString *error = nullptr)
    {
        return test::runTransfer(m_engine,
                                 projectw::submitSpec(QStringLiteral("acc"), m_server.url, path),
                                 m_session.get(),
                                 error);
    }

    // A model that starts loading at once and asks about active jobs every 200 ms.
    std::unique_ptr<ProjectWJobModel> newModel()
    {
        auto model = std::make_unique<ProjectWJobModel>(m_session->client());
        model->setPollInterval(200);
        model->reload();
        return model;
    }
    static int rowNamed(const ProjectWJobModel &model, const QString &fileName)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.job(row).fileName == fileName)
                return row;
        }
        return -1;
    }
    static bool loaded(const ProjectWJobModel &model)
    {
        return !model.isLoading() && model.rowCount() > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("projectw"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::ProjectW, m_server.url);
        QVERIFY(m_session);
    }

    void demoJobsNewestFirstAndPaged()
    {
        ProjectWJobModel model(m_session->client());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(1);
        QSignalSpy loading(&model, &ProjectWJobModel::loadingChanged);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        // One busy period for the whole chain (count, ids, details).
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        // Other tests share the emulator and add jobs, so check order rather than names.
        QTRY_VERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        QVERIFY(model.job(0).created >= model.job(1).created); // newest first

        // The demo jobs, finished, the newer one first.
        auto all = newModel();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(*all), 10000);
        const int lecture = rowNamed(*all, QStringLiteral("lecture-01.wav"));
        const int meeting = rowNamed(*all, QStringLiteral("team-meeting.mp3"));
        QVERIFY(lecture >= 0 && meeting > lecture);
        QVERIFY(all->job(lecture).hasTranscript());
        QVERIFY(!all->canFetchMore(QModelIndex()));
    }

    void submitWatchProgressAndSaveTranscript()
    {
        const QString audio = wav(QStringLiteral("standup 2026-11-22.wav"));
        QVERIFY(projectw::audioFileProblem(audio).isEmpty());
        QString error;
        QCOMPARE(submit(audio, &error), transfer::Transfer::State::Completed);

        auto model = newModel();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(*model), 10000);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowNamed(*model, QStringLiteral("standup 2026-11-22.wav"));
        QVERIFY(row >= 0);
        const int id = model->job(row).id;
        QVERIFY(!model->job(row).isFinished());
        // The row is updated in place while the runner works, then reaches "done".
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(model->job(model->rowOf(id)).step == Job::Step::Succeeded, 15000);
        QVERIFY(changed.size() >= 2);
        QCOMPARE(model->job(model->rowOf(id)).progress, 100.0);

        const auto reply = test::runCall(
            *m_session->client(), projectw::transcriptRequest(id, projectw::TranscriptFormat::Srt));
        net::ApiError parseError;
        const auto text = projectw::parseTranscript(reply, &parseError);
        QVERIFY2(text, qPrintable(parseError.toString()));
        QVERIFY(text->contains(QLatin1String("00:00:00,000 --> 00:00:02,500\n")));
        QVERIFY(text->contains(QLatin1String("standup 2026-11-22")));
        QCOMPARE(projectw::transcriptFileName(model->job(model->rowOf(id)),
                                              projectw::TranscriptFormat::Srt),
                 QStringLiteral("standup 2026-11-22.srt"));
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0
                                     && model->job(model->rowOf(id)).step == Job::Step::Downloaded,
                                 10000);
    }

    void abortThenDelete()
    {
        QCOMPARE(submit(wav(QStringLiteral("to-abort.wav"))), transfer::Transfer::State::Completed);
        auto model = newModel();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(*model), 10000);
        const int row = rowNamed(*model, QStringLiteral("to-abort.wav"));
        QVERIFY(row >= 0);
        const int id = model->job(row).id;
        QVERIFY(model->job(row).isAbortable());
        // Deleting an unfinished job is refused as a whole.
        auto refused = test::runCall(*m_session->client(), projectw::deleteJobsRequest({id}));
        QCOMPARE(refused.status, 400);
        QVERIFY(!refused.error.message.isEmpty());
        auto aborted = test::runCall(*m_session->client(), projectw::abortJobsRequest({id}));
        QVERIFY2(aborted.ok(), qPrintable(aborted.error.toString()));
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowOf(id) >= 0 && model->job(model->rowOf(id)).step == Job::Step::Failed, 10000);
        QVERIFY(model->job(model->rowOf(id)).error.contains(QLatin1String("aborted")));
        auto deleted = test::runCall(*m_session->client(), projectw::deleteJobsRequest({id}));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
        QCOMPARE(model->rowOf(id), -1);
    }

    void onlyAudioOrVideo()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not audio\n");
        file.close();
        QVERIFY(projectw::audioFileProblem(text).contains(QLatin1String("not audio or video")));
        // The server says the same when asked anyway (415).
        QString error;
        QCOMPARE(submit(text, &error), transfer::Transfer::State::Failed);
        QVERIFY2(error.contains(QLatin1String("audio")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProjectWJobs)
#include "tst_projectwjobs.moc"
