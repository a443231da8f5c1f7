// Contaxy project members against the emulator: the member model under
// QAbstractItemModelTester, adding a user found through GET /users, changing a level (which
// the server adds beside the old one unless the member is removed first), removing, the
// 403 a non-admin gets with the server's words, and editing a project's name in place.
#include "accounts/account.h"
#include "auth/accountsession.h"
#include "contaxy/contaxymembermodel.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/members.h"
#include "contaxy/projectlisting.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "sessionhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace wharf;

class TestContaxyMembers : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;
    QString m_project; // a project of this test's own, so that parallel tests are not disturbed

    std::unique_ptr<auth::AccountSession> danaSession()
    {
        Account account;
        account.id = Account::newId();
        account.kind = PlatformKind::Contaxy;
        account.serverUrl = m_server.url;
        auto session = std::make_unique<auth::AccountSession>(account, nullptr);
        QSignalSpy signedIn(session.get(), &auth::AccountSession::signedIn);
        session->signInWithPassword(QStringLiteral("dana"), QStringLiteral("dana-password"));
        if (!signedIn.wait(10000) || signedIn.at(0).at(0).value<net::ApiError>())
            return nullptr;
        return session;
    }

    contaxy::User findUser(ContaxyMemberModel &model, const QString &name)
    {
        QList<contaxy::User> users;
        bool done = false;
        model.fetchUsers(this, [&](const QList<contaxy::User> &found, const net::ApiError &) {
            users = found;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        const auto matches = contaxy::matchingUsers(users, name);
        return matches.isEmpty() ? contaxy::User() : matches.first();
    }

    // Home first, then by display name, as the model promises.
    static bool sorted(const ContaxyProjectModel &model)
    {
        for (int row = 1; row < model.rowCount(); ++row) {
            if (contaxy::projectOrder(model.project(row), model.project(row - 1), model.homeId()))
                return false;
        }
        return true;
    }

    static QString levelOf(const ContaxyMemberModel &model, const QString &userId)
    {
        const int row = model.rowOfUser(userId);
        return row < 0 ? QString() : model.member(row).level;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
        ContaxyProjectModel projects(m_session.get(), nullptr);
        QVERIFY(test::fetchAll(projects));
        contaxy::Project project;
        project.id = QStringLiteral("members-%1").arg(QCoreApplication::applicationPid());
        project.displayName = QStringLiteral("Members test");
        net::ApiError error;
        bool done = false;
        projects.create(project, this, [&](const QString &, const net::ApiError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error, qPrintable(error.toString()));
        m_project = project.id;
    }

    void cleanupTestCase()
    {
        if (m_project.isEmpty() || !m_session)
            return;
        ContaxyProjectModel projects(m_session.get(), nullptr);
        QVERIFY(test::fetchAll(projects));
        QSignalSpy finished(&projects, &ResourceListModel::actionFinished);
        projects.remove(m_project);
        QVERIFY(finished.wait(10000));
    }

    void usersSearchedByNameOrEmail()
    {
        const QList<contaxy::User> users {
            {QStringLiteral("1"), QStringLiteral("zoe"), QStringLiteral("zoe@lab.test"), false},
            {QStringLiteral("2"),
             QStringLiteral("Dana"),
             QStringLiteral("dana@example.test"),
             false}};
        QCOMPARE(contaxy::matchingUsers(users, QStringLiteral("LAB")).size(), 1);
        QCOMPARE(contaxy::matchingUsers(users, QStringLiteral("example")).first().id,
                 QStringLiteral("2"));
        const auto all = contaxy::matchingUsers(users, QString());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().username, QStringLiteral("Dana")); // by name
    }

    void addChangeAndRemoveMembers()
    {
        ContaxyMemberModel model(m_session.get(), m_project, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QCOMPARE(model.rowCount(), 1); // the creator, as admin
        QCOMPARE(model.index(0, ContaxyMemberModel::UserColumn).data().toString(),
                 QStringLiteral("alice"));
        QCOMPARE(model.index(0, ContaxyMemberModel::EmailColumn).data().toString(),
                 QStringLiteral("alice@example.test"));
        QCOMPARE(model.index(0, ContaxyMemberModel::LevelColumn).data().toString(),
                 QStringLiteral("Admin"));
        QCOMPARE(model.headerData(ContaxyMemberModel::LevelColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Access Level"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);

        const contaxy::User dana = findUser(model, QStringLiteral("dana@example"));
        QCOMPARE(dana.username, QStringLiteral("dana"));
        model.add(dana, QStringLiteral("admin"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
        QCOMPARE(levelOf(model, dana.id), QStringLiteral("admin"));
        QCOMPARE(model.rowOfUser(dana.id), 1); // by name: alice, dana

        // Down from admin to read: a plain PUT would leave admin beside read (§6).
        model.setLevel(dana.id, QStringLiteral("read"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
        QCOMPARE(levelOf(model, dana.id), QStringLiteral("read"));
        model.reload();
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(levelOf(model, dana.id), QStringLiteral("read")); // the server agrees

        model.remove(dana.id);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(1).toBool());
        QCOMPARE(model.rowOfUser(dana.id), -1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(resets.size(), 0);
    }

    void unknownUserIsRefused()
    {
        ContaxyMemberModel model(m_session.get(), m_project, nullptr);
        QVERIFY(test::fetchAll(model));
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.add({QStringLiteral("nobody"), QStringLiteral("nobody"), QString(), false},
                  QStringLiteral("read"));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY(finished.last().at(0).toString().contains(QLatin1String("nobody")));
        QCOMPARE(model.rowCount(), 1);
    }

    void nonAdminGetsTheServersReason()
    {
        // dana holds write on the speech lab: he sees its members but may not change them.
        auto dana = danaSession();
        QVERIFY(dana);
        ContaxyMemberModel model(dana.get(), QStringLiteral("speech-lab"), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        const int self = model.rowOfUser(findUser(model, QStringLiteral("dana")).id);
        QVERIFY(self >= 0);
        QCOMPARE(model.member(self).level, QStringLiteral("write"));
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.setLevel(model.member(self).user.id, QStringLiteral("admin"));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(1).toBool());
        const QString outcome = finished.last().at(0).toString();
        QVERIFY2(outcome.contains(QLatin1String("admin access")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QLatin1String("required permission")), qPrintable(outcome));
        QCOMPARE(model.member(self).level, QStringLiteral("write")); // nothing changed

        // Not a member at all: even the list is refused.
        ContaxyMemberModel other(dana.get(), m_project, nullptr);
        QVERIFY(!test::fetchAll(other));
        QCOMPARE(other.loader()->lastError().kind, net::ApiError::Kind::Forbidden);
    }

    void editRenamesAndResortsInPlace()
    {
        ContaxyProjectModel model(m_session.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        const int before = model.rowOf(m_project);
        QVERIFY(before > 0);
        net::ApiError error;
        bool done = false;
        // "Aaa…" sorts right after the home project.
        model.update(m_project,
                     QStringLiteral("Aaa members test"),
                     QStringLiteral("Edited by the test"),
                     this,
                     [&](const QString &, const net::ApiError &e) {
                         error = e;
                         done = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error, qPrintable(error.toString()));
        const int row = model.rowOf(m_project);
        QVERIFY(row >= 1 && row <= before);
        QCOMPARE(moved.size(), row == before ? 0 : 1);
        QVERIFY(sorted(model));
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Aaa members test"));
        QCOMPARE(model.index(row, 0).data(ContaxyProjectModel::DescriptionRole).toString(),
                 QStringLiteral("Edited by the test"));
        QVERIFY(finished.last().at(1).toBool());
        model.reload(); // the server kept it, and the reload changes nothing
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowOf(m_project), row);
        QCOMPARE(model.project(row).displayName, QStringLiteral("Aaa members test"));

        // A name the server refuses (too short): the row stays as it was.
        done = false;
        model.update(m_project,
                     QStringLiteral("abc"),
                     QString(),
                     this,
                     [&](const QString &, const net::ApiError &e) {
                         error = e;
                         done = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.kind, net::ApiError::Kind::Validation);
        QCOMPARE(model.project(model.rowOf(m_project)).displayName,
                 QStringLiteral("Aaa members test"));
        QVERIFY(!finished.last().at(1).toBool());
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContaxyMembers)
#include "tst_contaxymembers.moc"
