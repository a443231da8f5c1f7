// Contaxy projects against the emulator: the project model (under QAbstractItemModelTester,
// loaded as a view does) with the home project that GET /projects hides first, creation with
// a suggested id, the server's 409 for a taken one, and deletion in place (no model reset).
#include "auth/accountsession.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/projects.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "sessionhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace wharf;

namespace {
constexpr auto kDemoUserId = "k3alice7demo2user9xq4w8m5"; // the emulator's demo user
} // namespace

class TestContaxyProjects : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void projectsWithTheHiddenHomeProjectFirst()
    {
        ContaxyProjectModel model(m_session.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loader()->isLoading()); // the tester, like a view, asked for the rows
        QVERIFY(test::fetchAll(model));
        QVERIFY(!model.canFetchMore(QModelIndex())); // not paged: one reply is the list
        const QString home = QString::fromLatin1(kDemoUserId);
        QCOMPARE(model.homeId(), home);
        QCOMPARE(model.rowOf(home), 0); // GET /projects hides it; the model adds it first
        QVERIFY(model.index(0, 0).data(ContaxyProjectModel::IsHomeRole).toBool());
        QCOMPARE(model.index(0, 0).data(models::IconNameRole).toString(),
                 QStringLiteral("go-home"));
        QVERIFY(model.index(0, 0).data().toString().contains(QLatin1String("home")));
        const int demo = model.rowOf(QStringLiteral("demo-project"));
        QVERIFY(demo > 0);
        QCOMPARE(model.index(demo, 0).data().toString(), QStringLiteral("Demo project"));
        QCOMPARE(model.index(demo, 0).data(models::IdRole).toString(),
                 QStringLiteral("demo-project"));
        QVERIFY(demo < model.rowOf(QStringLiteral("speech-lab"))); // then by display name
        QVERIFY(!model.loader()->lastReply().isEmpty());
    }

    void createAndDeleteProjectsInPlace()
    {
        ContaxyProjectModel model(m_session.get(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QString suggested;
        model.suggestId(QStringLiteral("Aardvark Studies"), this, [&](const QString &id, auto) {
            suggested = id;
        });
        QTRY_COMPARE_WITH_TIMEOUT(suggested, QStringLiteral("aardvark-studies"), 10000);
        contaxy::Project project;
        project.id = suggested;
        project.displayName = QStringLiteral("Aardvark Studies");
        QString created;
        net::ApiError error;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.create(project, this, [&](const QString &id, const net::ApiError &e) {
            created = id;
            error = e;
        });
        QTRY_COMPARE_WITH_TIMEOUT(created, suggested, 10000);
        QVERIFY(!error);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(suggested), 1); // after home, first by name ("Aardvark" < "Demo")
        // The same id again: the server's 409 comes back, nothing is added.
        created = QStringLiteral("unset");
        model.create(project, this, [&](const QString &id, const net::ApiError &e) {
            created = id;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(created.isEmpty(), 10000);
        QCOMPARE(error.kind, net::ApiError::Kind::Conflict);
        QCOMPARE(inserted.size(), 1);

        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        model.remove(suggested);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(model.rowOf(suggested), -1);
        model.reload(); // the server agrees, and the reload changes rows in place
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowOf(suggested), -1);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContaxyProjects)
#include "tst_contaxyprojects.moc"
