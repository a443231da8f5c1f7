// Project-W jobs against the emulator (its simulated runner needs ~5 s per job): the job
// model under QAbstractItemModelTester with paging and live progress, submission through the
// transfer engine, abort, delete, transcripts, and the audio-only rule on both sides.
#include "accounts/account.h"
#include "apicalls.h"
#include "auth/accountsession.h"
#include "emulators.h"
#include "modelhelpers.h"
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
        auto model = std::make_unique<ProjectWJobModel>(m_session.get(), nullptr);
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
        return !model.loader()->isLoading() && model.rowCount() > 0;
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
        ProjectWJobModel model(m_session.get(), nullptr);
        model.setPageSize(1);
        QSignalSpy loading(model.loader(), &ListLoader::loadingChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loader()->isLoading()); // the tester, like a view, asked for the rows
        QTRY_VERIFY_WITH_TIMEOUT(inserted.size() >= 1, 10000);
        // One busy period for the whole chain of a page (count, ids, details).
        QVERIFY(loading.size() >= 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(inserted.at(0).at(1).toInt(), inserted.at(0).at(2).toInt()); // one row a page
        // Every page, as a view scrolling to the end would: each job once, newest first.
        QVERIFY(test::fetchAll(model));
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(model.rowCount() >= 2);
        QVERIFY(model.job(0).created >= model.job(1).created); // newest first
        QSet<int> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.job(row).id);
            if (row > 0)
                QVERIFY(model.job(row - 1).id > model.job(row).id);
        }
        QCOMPARE(ids.size(), model.rowCount());
        // Reloading updates the rows in place: no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int paged = model.rowCount();
        model.reload();
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), paged); // the first page again keeps the older pages' rows

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

        // Saved through the transfer engine: the JSON string the server sends becomes the text.
        QTemporaryDir target;
        const auto spec = projectw::transcriptSpec(QStringLiteral("acc"),
                                                   m_server.url,
                                                   model->job(model->rowOf(id)),
                                                   projectw::TranscriptFormat::Srt,
                                                   target.path());
        QCOMPARE(spec.owner, projectw::transcriptsOwner());
        QString transferError;
        QCOMPARE(test::runTransfer(m_engine, spec, m_session.get(), &transferError),
                 transfer::Transfer::State::Completed);
        QFile saved(target.filePath(QStringLiteral("standup 2026-11-22.srt")));
        QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(transferError));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY2(text.startsWith(QLatin1String("1\n00:00:00,000 --> 00:00:02,500\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("standup 2026-11-22")));
        QVERIFY(!text.contains(QLatin1String("\\n"))); // decoded, not the escaped literal
        // The same through the API call the CLI uses.
        const auto reply = test::runCall(
            *m_session->client(), projectw::transcriptRequest(id, projectw::TranscriptFormat::Srt));
        net::ApiError parseError;
        QCOMPARE(projectw::parseTranscript(reply, &parseError), std::optional<QString>(text));
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
        // Abort through the model: the row shows the new state without a reload.
        QSignalSpy finished(model.get(), &ResourceListModel::actionFinished);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        model->abort({id});
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(model->job(model->rowOf(id)).step == Job::Step::Failed, 10000);
        QVERIFY(model->job(model->rowOf(id)).error.contains(QLatin1String("aborted")));
        // Delete through the model: exactly that row goes.
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        const int before = model->rowCount();
        model->remove({id});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(0).toString()));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model->rowCount(), before - 1);
        QCOMPARE(model->rowOf(id), -1);
        QCOMPARE(resets.size(), 0);
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
