// Contaxy services, jobs and logs against the emulator: the deployment model (under
// QAbstractItemModelTester) with its refresh while something starts, deletion, and the log
// follower: a whole log streamed in, follow mode joining polls with no line twice and none
// lost (identical lines within a second, a scripted log, an outage in between), the empty-log
// placeholder, and the write permission logs need. Deploying through the model (input checked
// before sending, the server's refusals) and running service actions; jobs have none.
#include "apicalls.h"
#include "auth/accountsession.h"
#include "contaxy/contaxydeploymentmodel.h"
#include "contaxy/deployinput.h"
#include "contaxy/deployments.h"
#include "contaxy/logfollower.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "sessionhelpers.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace wharf;
using contaxy::Deployment;
using contaxy::LogFollower;

namespace {

const QString kProject = QStringLiteral("demo-project");

QStringList linesOf(const text::LogText &text)
{
    QStringList out;
    for (qsizetype i = 0; i < text.lineCount(); ++i)
        out << QString::fromUtf8(text.line(i));
    return out;
}

} // namespace

class TestContaxyDeployments : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;
    QTemporaryDir m_stateDir;

    // A job of the emulator's (tests/servers/contaxy_deployments.py) with a fresh id.
    QString addJob(const QString &name,
                   const QStringList &lines,
                   const QString &script = "static",
                   double startingSeconds = 0)
    {
        const QString display
            = name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
        net::ApiRequest request = net::ApiRequest::postJson(
            QStringLiteral("/__wharf__/deployments"),
            QJsonObject {{QStringLiteral("container_image"), QStringLiteral("busybox:1.36")},
                         {QStringLiteral("display_name"), display},
                         {QStringLiteral("log_lines"), QJsonArray::fromStringList(lines)}});
        request.query.addQueryItem(QStringLiteral("project"), kProject);
        request.query.addQueryItem(QStringLiteral("kind"), QStringLiteral("jobs"));
        request.query.addQueryItem(QStringLiteral("script"), script);
        request.query.addQueryItem(QStringLiteral("starting_seconds"),
                                   QString::number(startingSeconds));
        request.authenticated = false;
        const net::ApiResponse reply = test::runCall(*m_session->client(), request);
        if (!reply.ok())
            qWarning() << reply.error.toString();
        return QJsonDocument::fromJson(reply.body).object().value(QLatin1String("id")).toString();
    }

    bool appendLog(const QString &job, const QStringList &lines)
    {
        net::ApiRequest request = net::ApiRequest::postJson(
            QStringLiteral("/__wharf__/deployments/%1/jobs/%2/log").arg(kProject, job),
            QJsonArray::fromStringList(lines));
        request.authenticated = false;
        return test::runCall(*m_session->client(), request).ok();
    }

    // The whole log as the server has it now.
    QStringList serverLog(const QString &job)
    {
        const net::ApiResponse reply = test::runCall(
            *m_session->client(), contaxy::logsRequest(kProject, Deployment::Kind::Job, job));
        net::ApiError error;
        const QString text = reply.json(&error).value_or(QJsonValue()).toString();
        if (text == QLatin1String("No logs available."))
            return {};
        QStringList lines = text.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    static bool waitState(LogFollower &f, LogFollower::State state, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return f.state() == state; }, ms);
    }

    // Deploys through the model and waits for the answer.
    std::pair<Deployment, net::ApiError> deployVia(ContaxyDeploymentModel &model,
                                                   const contaxy::DeploymentInput &input)
    {
        std::optional<std::pair<Deployment, net::ApiError>> got;
        QObject context;
        model.deploy(input, &context, [&](const Deployment &d, const net::ApiError &e) {
            got = std::make_pair(d, e);
        });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 15000))
            return {Deployment(), net::ApiError::make(net::ApiError::Kind::Timeout, "no answer")};
        return *got;
    }

    QList<contaxy::DeploymentAction>
    actionsOf(ContaxyDeploymentModel &model, const Deployment &d, net::ApiError *error)
    {
        std::optional<QList<contaxy::DeploymentAction>> got;
        auto c = connect(&model,
                         &ContaxyDeploymentModel::actionsLoaded,
                         this,
                         [&](const QString &, const auto &actions, const net::ApiError &e) {
                             got = actions;
                             *error = e;
                         });
        model.loadActions(d);
        (void)QTest::qWaitFor([&] { return got.has_value(); }, 10000);
        disconnect(c);
        return got.value_or(QList<contaxy::DeploymentAction>());
    }

    static QStringList idsOf(const QList<contaxy::DeploymentAction> &actions)
    {
        QStringList out;
        for (const auto &a : actions)
            out << a.id;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY2(m_server.isValid(), "the emulators fixture is not running");
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void modelListsServicesAndJobs()
    {
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        const int lab = model.rowOfId(QStringLiteral("services/jupyter-lab"));
        const int train = model.rowOfId(QStringLiteral("jobs/train-classifier"));
        QVERIFY(lab >= 0 && train >= 0);
        QCOMPARE(model.deployment(lab).kind, Deployment::Kind::Service);
        QCOMPARE(model.deployment(lab).status, QStringLiteral("running"));
        QCOMPARE(model.deployment(lab).endpoints, QStringList {QStringLiteral("8080")});
        QCOMPARE(model.deployment(lab).maxCpus, 2.0);
        QCOMPARE(model.deployment(train).kind, Deployment::Kind::Job);
        QCOMPARE(model.index(train, ContaxyDeploymentModel::StatusColumn).data().toString(),
                 QStringLiteral("Succeeded"));
        QVERIFY(model.index(train, ContaxyDeploymentModel::ComputeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("GPU")));
    }

    void startingDeploymentRefreshesUntilSettled()
    {
        const QString id = addJob(QStringLiteral("warmup"), {}, QStringLiteral("static"), 1.5);
        QVERIFY(!id.isEmpty());
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRefreshInterval(200);
        QVERIFY(test::fetchAll(model));
        const QString key = QStringLiteral("jobs/") + id;
        QCOMPARE(model.deployment(model.rowOfId(key)).status, QStringLiteral("pending"));
        QVERIFY(model.isRefreshing());
        QTRY_COMPARE_WITH_TIMEOUT(
            model.deployment(model.rowOfId(key)).status, QStringLiteral("running"), 10000);
        QTRY_VERIFY(!model.isRefreshing()); // settled: no more polling
    }

    void removeDeletesOnTheServer()
    {
        const QString id = addJob(QStringLiteral("doomed"), {QStringLiteral("bye")});
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        const int row = model.rowOfId(QStringLiteral("jobs/") + id);
        QVERIFY(row >= 0);
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.remove(model.deployment(row));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(model.rowOfId(QStringLiteral("jobs/") + id), -1);
        model.reload();
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowOfId(QStringLiteral("jobs/") + id), -1);
        // Deleting it again: the server's 404 is the outcome, the list is unchanged.
        Deployment gone;
        gone.kind = Deployment::Kind::Job;
        gone.id = id;
        gone.displayName = id;
        model.remove(gone);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(1).at(1).toBool());
    }

    void loadsAWholeLog()
    {
        QStringList lines;
        for (int i = 0; i < 20000; ++i)
            lines << QStringLiteral("line %1 \u00e9\t\"quoted\" \\ end").arg(i);
        const QString id = addJob(QStringLiteral("big"), lines);
        // Through a proxy that passes 2 MB/s, so the reply (about 0.8 MB) comes in pieces.
        const test::ServerInfo slow
            = test::startProxy(m_stateDir.path(),
                               QStringLiteral("logs-slow"),
                               m_server,
                               {QStringLiteral("--rate"), QStringLiteral("2000000")});
        QVERIFY(slow.isValid());
        auto session = test::tokenSession(
            PlatformKind::Contaxy, slow.url, m_session->client()->bearerToken());
        LogFollower follower(session->client(), kProject, Deployment::Kind::Job, id);
        QList<qsizetype> seen; // line counts as the pieces arrived
        connect(&follower, &LogFollower::grew, this, [&] { seen << follower.text().lineCount(); });
        follower.reload();
        QVERIFY(waitState(follower, LogFollower::State::Idle));
        QVERIFY2(!follower.lastError(), qPrintable(follower.lastError().toString()));
        QCOMPARE(linesOf(follower.text()), lines);
        // Lines were there before the reply ended: decoded as they came, not at the end.
        QVERIFY2(seen.size() > 2 && seen.first() > 0 && seen.first() < lines.size(),
                 qPrintable(QString::number(seen.size())));
    }

    void emptyLogIsNotALine()
    {
        const QString id = addJob(QStringLiteral("quiet"), {});
        LogFollower follower(m_session->client(), kProject, Deployment::Kind::Job, id);
        follower.reload();
        QVERIFY(waitState(follower, LogFollower::State::Idle));
        QVERIFY(follower.empty());
        QCOMPARE(follower.text().lineCount(), 0);
    }

    // Identical lines arrive within one second, split across several polls. Each second's
    // burst starts with its own line, so no run of identical lines crosses a second (that case
    // is the rule's documented ambiguity, tested in tst_logtext).
    void followJoinsRepeatedLines()
    {
        const QString id = addJob(QStringLiteral("repeat"), {QStringLiteral("start")});
        LogFollower follower(m_session->client(), kProject, Deployment::Kind::Job, id);
        follower.setInterval(150);
        follower.setFollowing(true);
        QVERIFY(waitState(follower, LogFollower::State::Following));
        for (int burst = 0; burst < 3; ++burst) {
            // Just after a second has begun (the emulator runs on this machine's clock).
            QVERIFY(QTest::qWaitFor(
                [] { return QDateTime::currentMSecsSinceEpoch() % 1000 >= 900; }, 1500));
            QVERIFY(QTest::qWaitFor([] { return QDateTime::currentMSecsSinceEpoch() % 1000 < 100; },
                                    1500));
            QVERIFY(appendLog(id, {QStringLiteral("tick %1").arg(burst), QStringLiteral("same")}));
            QTest::qWait(200);
            QVERIFY(appendLog(id, {QStringLiteral("same"), QStringLiteral("same")}));
            QTest::qWait(200);
            QVERIFY(appendLog(id, {QStringLiteral("same")}));
        }
        const QStringList expected = serverLog(id);
        QCOMPARE(expected.count(QStringLiteral("same")), 12);
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(follower.text()), expected, 5000);
        QTest::qWait(600); // more polls with nothing new change nothing
        QCOMPARE(linesOf(follower.text()), expected);
    }

    // The emulator's scripted log: "epoch N" and three "heartbeat" lines every second.
    void followsAScriptedLogExactly()
    {
        const QString id = addJob(QStringLiteral("beat"), {}, QStringLiteral("repeat"));
        LogFollower follower(m_session->client(), kProject, Deployment::Kind::Job, id);
        follower.setInterval(230); // several polls per second, and some across the boundary
        follower.setFollowing(true);
        QTest::qWait(3600);
        follower.setFollowing(false);
        const QStringList shown = linesOf(follower.text());
        const QStringList all = serverLog(id);
        QVERIFY2(shown.size() >= 8, qPrintable(shown.join(QLatin1Char('|'))));
        QCOMPARE(shown, all.mid(0, shown.size()));
    }

    void followResumesAfterAnOutage()
    {
        const QString id = addJob(QStringLiteral("outage"), {QStringLiteral("before")});
        const test::ServerInfo proxy
            = test::startProxy(m_stateDir.path(), QStringLiteral("logs-outage"), m_server, {});
        QVERIFY(proxy.isValid());
        auto session = test::demoSession(PlatformKind::Contaxy, proxy.url);
        QVERIFY(session);
        LogFollower follower(session->client(), kProject, Deployment::Kind::Job, id);
        follower.setInterval(150);
        follower.setFollowing(true);
        QVERIFY(waitState(follower, LogFollower::State::Following));
        QTRY_COMPARE(linesOf(follower.text()), QStringList {QStringLiteral("before")});
        QVERIFY(test::setProxyMode(proxy, "{\"refuse\": true}"));
        QVERIFY(waitState(follower, LogFollower::State::Retrying));
        QVERIFY(!follower.lastError().message.isEmpty());
        QVERIFY(appendLog(id, {QStringLiteral("during"), QStringLiteral("during")}));
        QVERIFY(test::setProxyMode(proxy, "{}"));
        QVERIFY(appendLog(id, {QStringLiteral("after")}));
        const QStringList expected = {QStringLiteral("before"),
                                      QStringLiteral("during"),
                                      QStringLiteral("during"),
                                      QStringLiteral("after")};
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(follower.text()), expected, 15000);
        QCOMPARE(follower.state(), LogFollower::State::Following);
    }

    void logsNeedWriteAccess()
    {
        // A read-only API token for the project: lists work, logs answer 403 (§8.5).
        net::ApiRequest mint = net::ApiRequest::get(QStringLiteral("/auth/tokens"));
        mint.method = "POST";
        mint.query.addQueryItem(QStringLiteral("scope"),
                                QStringLiteral("projects/demo-project#read"));
        mint.query.addQueryItem(QStringLiteral("token_type"), QStringLiteral("api-token"));
        const net::ApiResponse minted = test::runCall(*m_session->client(), mint);
        QVERIFY2(minted.ok(), qPrintable(minted.error.toString()));
        net::ApiError error;
        const QString token = minted.json(&error).value_or(QJsonValue()).toString();
        QVERIFY(!token.isEmpty());
        auto reader = test::tokenSession(PlatformKind::Contaxy, m_server.url, token);
        ContaxyDeploymentModel model(reader.get(), kProject, nullptr);
        QVERIFY(test::fetchAll(model));
        LogFollower follower(
            reader->client(), kProject, Deployment::Kind::Job, QStringLiteral("train-classifier"));
        QSignalSpy failed(&follower, &LogFollower::failed);
        follower.reload();
        QVERIFY(failed.wait(10000));
        QCOMPARE(follower.lastError().httpStatus, 403);
        QVERIFY2(follower.lastError().message.contains(QLatin1String("scope")),
                 qPrintable(follower.lastError().message));
    }
    void inputValidationRefusesBeforeSending()
    {
        contaxy::DeploymentInput in;
        in.image = QStringLiteral("nginx 1");
        in.displayName = QStringLiteral("abc");
        in.parameters = {{QStringLiteral("1BAD"), QStringLiteral("x")}};
        in.endpoints = {QStringLiteral("8080"), QStringLiteral("99999")};
        in.volumePath = QStringLiteral("data");
        QList<contaxy::DeploymentInput::Field> fields;
        for (const auto &p : in.validate())
            fields << p.field;
        using F = contaxy::DeploymentInput::Field;
        QCOMPARE(fields,
                 (QList<F> {F::Image, F::DisplayName, F::Parameters, F::Endpoints, F::VolumePath}));
        QVERIFY(contaxy::isValidEndpoint(QStringLiteral("9001/webapp/ui")));
        QVERIFY(contaxy::isValidEndpoint(QStringLiteral("9002b")));
        QVERIFY(!contaxy::isValidEndpoint(QStringLiteral("http")));
        QVERIFY(!contaxy::isValidEndpoint(QStringLiteral("0")));
        QCOMPARE(contaxy::splitCommandLine(QStringLiteral("sh -c 'echo hi there' \"x y\"")),
                 (QStringList {"sh", "-c", "echo hi there", "x y"}));
        QVERIFY(!contaxy::splitCommandLine(QStringLiteral("echo 'open")));
        QCOMPARE(contaxy::joinCommandLine({"sh", "-c", "echo it's"}),
                 QStringLiteral("sh -c 'echo it'\\''s'"));
        in = contaxy::DeploymentInput();
        in.kind = Deployment::Kind::Job;
        in.image = QStringLiteral("busybox");
        in.displayName = QStringLiteral("a job");
        in.endpoints = {QStringLiteral("8080")};
        QCOMPARE(in.validate().size(), 1); // jobs have no endpoints
    }

    void deployServiceThroughTheModel()
    {
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        model.setRefreshInterval(200);
        contaxy::DeploymentInput in;
        in.image = QStringLiteral("nginx:1.25");
        in.displayName
            = QStringLiteral("web-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        in.parameters = {{QStringLiteral("MODE"), QStringLiteral("demo")}};
        in.endpoints = {QStringLiteral("8080"), QStringLiteral("9001/webapp/ui")};
        in.maxCpus = 1.5;
        in.maxMemoryMb = 512;
        in.command = {QStringLiteral("nginx")};
        QVERIFY(in.validate().isEmpty());
        QSignalSpy deployed(&model, &ContaxyDeploymentModel::deployed);
        const auto [d, error] = deployVia(model, in);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(d.id, in.displayName);
        QCOMPARE(d.endpoints, in.endpoints);
        QCOMPARE(d.maxMemoryMb, 512);
        QCOMPARE(deployed.size(), 1);
        QCOMPARE(deployed.at(0).at(0).toString(), QStringLiteral("services/") + d.id);
        QVERIFY(QTest::qWaitFor([&] { return model.rowOfId("services/" + d.id) >= 0; }, 10000));
        // Pending for a second, then the refresh sees it running.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const int row = model.rowOfId("services/" + d.id);
                return row >= 0 && model.deployment(row).isRunning();
            },
            10000));
        // The same name again: 409 from the server.
        const auto [again, conflict] = deployVia(model, in);
        QCOMPARE(conflict.httpStatus, 409);
        QVERIFY(!conflict.message.isEmpty());
    }

    void serverRefusalIsReported()
    {
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        contaxy::DeploymentInput in;
        in.image = QStringLiteral("busybox");
        // No name: the server's own 400 (the dialog refuses this before sending).
        const auto [d, error] = deployVia(model, in);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.message, QStringLiteral("Service display_name not defined!"));
    }

    void suggestGivesAName()
    {
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        std::optional<contaxy::DeploymentInput> got;
        QObject context;
        model.suggest(Deployment::Kind::Job,
                      QStringLiteral("busybox:1.36"),
                      &context,
                      [&](const contaxy::DeploymentInput &in, const net::ApiError &e) {
                          QVERIFY2(!e, qPrintable(e.toString()));
                          got = in;
                      });
        QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 10000));
        QCOMPARE(got->image, QStringLiteral("busybox:1.36"));
        QVERIFY(got->displayName.size() >= 4);
    }

    void serviceActionsStopAndStart()
    {
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        QVERIFY(test::fetchAll(model));
        contaxy::DeploymentInput in;
        in.image = QStringLiteral("nginx:1.25");
        in.displayName
            = QStringLiteral("act-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        in.endpoints = {QStringLiteral("9001/webapp/ui")};
        const auto [d, error] = deployVia(model, in);
        QVERIFY2(!error, qPrintable(error.toString()));
        net::ApiError listError;
        auto actions = actionsOf(model, d, &listError);
        QVERIFY2(!listError, qPrintable(listError.toString()));
        QCOMPARE(idsOf(actions), (QStringList {"stop", "restart", "access-9001"}));
        // The access action opens the proxy at the site root, not below /api.
        QCOMPARE(
            actions.at(2).newTab,
            contaxy::endpointUrl(m_session->account().serverUrl, kProject, d.id, "9001/webapp/ui"));
        QVERIFY(actions.at(0).newTab.isEmpty());
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.runAction(d, actions.at(0));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(finished.at(0).at(0).toString().contains("successfully executed"));
        actions = actionsOf(model, d, &listError);
        QCOMPARE(idsOf(actions), QStringList {"start"});
        // Stopping a stopped service does not fit its state: the server's 400.
        contaxy::DeploymentAction stop {QStringLiteral("stop"), QStringLiteral("Stop"), QUrl()};
        model.runAction(d, stop);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(1).at(1).toBool());
        model.runAction(d, actions.at(0));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(2).at(1).toBool(), qPrintable(finished.at(2).at(0).toString()));
        QCOMPARE(idsOf(actionsOf(model, d, &listError)).first(), QStringLiteral("stop"));
    }

    void jobsHaveNoActions()
    {
        ContaxyDeploymentModel model(m_session.get(), kProject, nullptr);
        QVERIFY(test::fetchAll(model));
        const int row = model.rowOfId(QStringLiteral("jobs/heartbeat"));
        QVERIFY(row >= 0);
        const Deployment job = model.deployment(row);
        net::ApiError error;
        QVERIFY(actionsOf(model, job, &error).isEmpty());
        QVERIFY(!error);
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.runAction(job, {QStringLiteral("start"), QStringLiteral("Start"), QUrl()});
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(1).toBool());
        QVERIFY2(finished.at(0).at(0).toString().contains("not implemented"),
                 qPrintable(finished.at(0).at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestContaxyDeployments)
#include "tst_contaxydeployments.moc"
