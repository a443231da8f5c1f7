// Contaxy users and server status against the emulator: the user model under
// QAbstractItemModelTester for a system admin (whole records, create, delete, a taken name)
// and for an ordinary user (names only; deleting refused with the permission it needs); the
// checks run before sending; the server's info and health; and on a private fresh server
// (--uninitialized --no-self-registration): sign-up refused before and after set-up, the
// first admin made by POST /system/initialize, and an unhealthy answer.
#include "accounts/account.h"
#include "apicalls.h"
#include "auth/accountsession.h"
#include "contaxy/contaxyserverstatus.h"
#include "contaxy/contaxyusermodel.h"
#include "contaxy/users.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "sessionhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;

namespace {

Account contaxyAccount(const QUrl &url)
{
    Account account;
    account.id = Account::newId();
    account.kind = PlatformKind::Contaxy;
    account.serverUrl = url;
    return account;
}

// A session signed in with a password; nullptr when the server refused. *error says why.
std::unique_ptr<auth::AccountSession>
signedIn(const QUrl &url, const QString &user, const QString &password, net::ApiError *error)
{
    auto session = std::make_unique<auth::AccountSession>(contaxyAccount(url), nullptr);
    QSignalSpy done(session.get(), &auth::AccountSession::signedIn);
    session->signInWithPassword(user, password);
    if (!done.wait(10000))
        return nullptr;
    *error = done.at(0).at(0).value<net::ApiError>();
    return *error ? nullptr : std::move(session);
}

// Waits for one UserReply-style answer.
struct Answer
{
    contaxy::User user;
    net::ApiError error;
    bool done = false;
    contaxy::UserReply reply()
    {
        return [this](const contaxy::User &u, const net::ApiError &e) {
            user = u;
            error = e;
            done = true;
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return done; }, 10000);
    }
};

} // namespace

class TestContaxyUsers : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_admin;
    QString m_suffix = QString::number(QCoreApplication::applicationPid());

    static bool waitStatus(ContaxyServerStatus &status)
    {
        return QTest::qWaitFor([&] { return !status.isLoading(); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        net::ApiError error;
        m_admin = signedIn(m_server.url, QStringLiteral("admin"), QStringLiteral("admin"), &error);
        QVERIFY2(m_admin, qPrintable(error.toString()));
    }

    void checksBeforeSending()
    {
        QVERIFY(contaxy::usernameProblem(QStringLiteral("carol")).isEmpty());
        QVERIFY(!contaxy::usernameProblem(QString()).isEmpty());
        QVERIFY(
            contaxy::usernameProblem(QStringLiteral("carol@lab.test")).contains(QLatin1Char('@')));
        QVERIFY(!contaxy::usernameProblem(QStringLiteral("carol smith")).isEmpty());
        QVERIFY(contaxy::emailProblem(QStringLiteral("carol@lab.test")).isEmpty());
        for (const char *bad : {"", "carol", "carol@lab", "a b@lab.test", "x@@lab.test"})
            QVERIFY2(!contaxy::emailProblem(QLatin1String(bad)).isEmpty(), bad);
        QVERIFY(!contaxy::passwordProblem(QString(), QString()).isEmpty());
        QVERIFY(contaxy::passwordProblem(QStringLiteral("pw"), QStringLiteral("pW"))
                    .contains(QLatin1String("differ")));
        QVERIFY(contaxy::passwordProblem(QStringLiteral("pw"), QStringLiteral("pw")).isEmpty());
        const contaxy::NewUser ok {
            QStringLiteral("carol"), QStringLiteral("carol@lab.test"), QStringLiteral("pw")};
        QVERIFY(contaxy::newUserProblem(ok, QStringLiteral("pw")).isEmpty());
        QCOMPARE(contaxy::newUserProblem({QStringLiteral("x@y.z"), QString(), QString()}, {}),
                 contaxy::usernameProblem(QStringLiteral("x@y.z"))); // the first problem
    }

    void adminCreatesAndDeletes()
    {
        ContaxyUserModel model(m_admin.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QVERIFY(model.isAdminView());
        int admin = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.user(row).username == QLatin1String("admin"))
                admin = row;
        }
        QVERIFY(admin >= 0);
        QVERIFY(model.user(admin).technical); // made by POST /system/initialize (§5)
        QVERIFY(model.user(admin).createdAt.isValid());
        QCOMPARE(model.index(admin, ContaxyUserModel::FlagsColumn).data().toString(),
                 QStringLiteral("technical"));
        QCOMPARE(model.headerData(ContaxyUserModel::IdColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("ID"));

        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QString name = QStringLiteral("carol") + m_suffix;
        const contaxy::NewUser carol {name, name + QStringLiteral("@lab.test"), "carol-pw"};
        Answer created;
        model.create(carol, this, created.reply());
        QVERIFY(created.wait());
        QVERIFY2(!created.error, qPrintable(created.error.toString()));
        QCOMPARE(created.user.username, name);
        QCOMPARE(created.user.email, carol.email);
        QVERIFY(created.user.full && !created.user.technical && created.user.hasPassword);
        QVERIFY(finished.last().at(1).toBool());
        const int row = model.rowOfUser(created.user.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ContaxyUserModel::EmailColumn).data().toString(), carol.email);
        net::ApiError error;
        QVERIFY(signedIn(m_server.url, carol.email, "carol-pw", &error)); // by e-mail, too

        Answer again; // the name is taken now: 409, and the model says so
        model.create(carol, this, again.reply());
        QVERIFY(again.wait());
        QCOMPARE(again.error.kind, net::ApiError::Kind::Conflict);
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY2(finished.last().at(0).toString().contains(QLatin1String("taken")),
                 qPrintable(finished.last().at(0).toString()));

        model.remove(created.user.id);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
        QCOMPARE(model.rowOfUser(created.user.id), -1);
        QVERIFY(!signedIn(m_server.url, name, "carol-pw", &error));
        QCOMPARE(error.code, QStringLiteral("unauthorized_client"));
        model.reload();
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowOfUser(created.user.id), -1); // the server agrees
        QCOMPARE(resets.size(), 0);
    }

    void ordinaryUserSeesNamesAndIsRefused()
    {
        auto alice = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(alice);
        ContaxyUserModel model(alice.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QVERIFY(!model.isAdminView());
        int dana = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.user(row).full);
            QVERIFY(!model.user(row).createdAt.isValid());
            if (model.user(row).username == QLatin1String("dana"))
                dana = row;
        }
        QVERIFY(dana >= 0);
        const QString danaId = model.user(dana).id;
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.remove(danaId);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(1).toBool());
        const QString outcome = finished.last().at(0).toString();
        QVERIFY2(outcome.contains(QLatin1String("users#admin")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QLatin1String("required permission")), qPrintable(outcome));
        QVERIFY(model.rowOfUser(danaId) >= 0); // still there
    }

    void selfRegistrationSignsUp()
    {
        auth::AccountSession session(contaxyAccount(m_server.url), nullptr);
        ContaxyServerStatus status(&session, nullptr);
        const QString name = QStringLiteral("erin") + m_suffix;
        Answer answer;
        status.signUp({name, name + QStringLiteral("@lab.test"), "erin-pw"}, this, answer.reply());
        QVERIFY(answer.wait());
        QVERIFY2(!answer.error, qPrintable(answer.error.toString()));
        QCOMPARE(answer.user.username, name);
        net::ApiError error;
        QVERIFY2(signedIn(m_server.url, name, "erin-pw", &error), qPrintable(error.toString()));
        ContaxyUserModel admin(m_admin.get(), nullptr); // clean up: the emulator is shared
        QVERIFY(test::fetchAll(admin));
        QSignalSpy finished(&admin, &ResourceListModel::actionFinished);
        admin.remove(answer.user.id);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(1).toBool());
    }

    void serverInfoAndHealth()
    {
        ContaxyServerStatus status(m_admin.get(), nullptr);
        QSignalSpy changed(&status, &ContaxyServerStatus::changed);
        status.refresh();
        QCOMPARE(status.health(), ContaxyServerStatus::HealthState::Checking);
        QVERIFY(waitStatus(status));
        QVERIFY(status.hasInfo());
        QCOMPARE(status.info()->version, QStringLiteral("0.0.23"));
        QCOMPARE(status.info()->ns, QStringLiteral("ctxy"));
        QVERIFY(!status.info()->isUninitialized());
        QCOMPARE(status.health(), ContaxyServerStatus::HealthState::Healthy);
        QVERIFY(status.rawReply().contains("system_state"));
        QVERIFY(changed.size() >= 3); // checking, info, health
    }

    void freshServerIsSetUpOnce()
    {
        QTemporaryDir state;
        const QStringList args {QStringLiteral("start"),
                                QStringLiteral("--state-dir"),
                                state.path(),
                                QStringLiteral("--emulator-arg=--uninitialized"),
                                QStringLiteral("--emulator-arg=--no-self-registration"),
                                QStringLiteral("contaxy")};
        const test::ServerInfo fresh = test::launch(state.path(), args, QStringLiteral("contaxy"));
        QVERIFY(fresh.isValid());
        auth::AccountSession session(contaxyAccount(fresh.url), nullptr);
        ContaxyServerStatus status(&session, nullptr);
        status.refresh();
        QVERIFY(waitStatus(status));
        QVERIFY(status.info()->isUninitialized());
        net::ApiError error;
        QVERIFY(!signedIn(fresh.url, QStringLiteral("admin"), QStringLiteral("admin"), &error));
        QVERIFY2(error.message.contains(QLatin1String("initialized")), qPrintable(error.message));
        Answer early;
        status.signUp(
            {QStringLiteral("bob"), QStringLiteral("bob@lab.test"), "pw"}, this, early.reply());
        QVERIFY(early.wait());
        QCOMPARE(early.error.kind, net::ApiError::Kind::Validation); // 400 before set-up

        net::ApiError initError;
        bool initDone = false;
        status.initialize(this, [&](const net::ApiError &e) {
            initError = e;
            initDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(initDone, 10000);
        QVERIFY2(!initError, qPrintable(initError.toString()));
        QVERIFY(waitStatus(status));
        QCOMPARE(status.info()->state, QStringLiteral("running"));
        initDone = false;
        status.initialize(this, [&](const net::ApiError &e) {
            initError = e;
            initDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(initDone, 10000);
        QCOMPARE(initError.kind, net::ApiError::Kind::Conflict); // once only
        QVERIFY2(
            signedIn(
                fresh.url, contaxy::initialAdminName(), contaxy::initialAdminPassword(), &error),
            qPrintable(error.toString()));

        Answer refused; // self-registration is off on this server
        status.signUp(
            {QStringLiteral("bob"), QStringLiteral("bob@lab.test"), "pw"}, this, refused.reply());
        QVERIFY(refused.wait());
        QCOMPARE(refused.error.kind, net::ApiError::Kind::Forbidden);
        QVERIFY(refused.error.message.contains(QLatin1String("self-registration")));

        net::ApiRequest sick = net::ApiRequest::getPublic(QStringLiteral("/__wharf__/health"));
        sick.method = "POST";
        sick.query.addQueryItem(QStringLiteral("healthy"), QStringLiteral("false"));
        QCOMPARE(test::runCall(*session.client(), sick).status, 200);
        status.refresh();
        QVERIFY(waitStatus(status));
        QCOMPARE(status.health(), ContaxyServerStatus::HealthState::Unhealthy);
        QVERIFY2(status.healthMessage().contains(QLatin1String("503")),
                 qPrintable(status.healthMessage()));
        test::stopAll(state.path());
    }
};

QTEST_GUILESS_MAIN(TestContaxyUsers)
#include "tst_contaxyusers.moc"
