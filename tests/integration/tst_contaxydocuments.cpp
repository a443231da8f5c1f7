// Contaxy JSON documents against the emulator: the document model under
// QAbstractItemModelTester (loaded as a view loads it), the demo collection, creating (409
// without upsert), edits sent as merge patches (null removes, nested objects merge), a
// document replaced when a patch cannot say it, the server-side filter (a bare predicate
// matches all, a bad path is the server's 400 with its message), deletion, 403 outside the
// user's projects, and arrays refused before anything is sent (the server would say 422).
#include "auth/accountsession.h"
#include "contaxy/contaxydocumentmodel.h"
#include "contaxy/documents.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "net/then.h"
#include "sessionhelpers.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace wharf;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString freshCollection()
{
    return QStringLiteral("t-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}
} // namespace

class TestContaxyDocuments : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;

    // Runs one change and returns whether the model said it worked.
    static bool settle(ContaxyDocumentModel &model,
                       const std::function<bool()> &change,
                       QString *outcome = nullptr)
    {
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        const bool sent = change();
        if (finished.isEmpty() && (!sent || !finished.wait(10000)))
            return false;
        if (outcome)
            *outcome = finished.first().at(0).toString();
        return finished.first().at(1).toBool() && test::waitLoaded(model);
    }

    std::unique_ptr<ContaxyDocumentModel> model(const QString &collection)
    {
        auto m = std::make_unique<ContaxyDocumentModel>(
            m_session.get(), QStringLiteral("demo-project"), nullptr);
        m->setCollection(collection);
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void demoCollectionLoads()
    {
        auto docs = model(QStringLiteral("experiments"));
        QAbstractItemModelTester tester(docs.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(*docs));
        const int row = docs->rowOf(QStringLiteral("run-3"));
        QVERIFY(row >= 0);
        QCOMPARE(docs->document(row).value.value(QLatin1String("model")).toString(),
                 QStringLiteral("xgboost"));
        QVERIFY(docs->index(row, ContaxyDocumentModel::PreviewColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("\"accuracy\":0.89")));
        QVERIFY(
            docs->index(row, ContaxyDocumentModel::SizeColumn).data(models::SortRole).toLongLong()
            > 10);
        // An unknown collection is empty, not an error (§9).
        docs->setCollection(freshCollection());
        QVERIFY(test::fetchAll(*docs));
        QCOMPARE(docs->rowCount(), 0);
    }

    void createPatchReplaceDelete()
    {
        auto docs = model(freshCollection());
        QAbstractItemModelTester tester(docs.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(*docs));
        const QString key = QStringLiteral("run 1");
        QVERIFY(settle(*docs, [&] {
            return docs->createDocument(
                key, obj("{\"n\":1,\"drop\":true,\"p\":{\"x\":1,\"y\":2},\"t\":[1,2]}"));
        }));
        QCOMPARE(docs->rowCount(), 1);
        // The same key again without upsert: the server's 409, and the document is unchanged.
        QString outcome;
        QVERIFY(!settle(
            *docs, [&] { return docs->createDocument(key, obj("{\"n\":9}")); }, &outcome));
        QVERIFY2(outcome.contains(QLatin1String("already exists")), qPrintable(outcome));
        QCOMPARE(docs->document(0).value.value(QLatin1String("n")).toInt(), 1);

        // An edit goes as a merge patch: removed members, a nested change, a replaced array.
        QVERIFY(settle(*docs, [&] {
            return docs->updateDocument(key, obj("{\"n\":2,\"p\":{\"x\":1,\"z\":3},\"t\":[3]}"));
        }));
        QCOMPARE(docs->document(0).value, obj("{\"n\":2,\"p\":{\"x\":1,\"z\":3},\"t\":[3]}"));
        // A patch of its own: null removes, nested objects merge on the server.
        QVERIFY(settle(*docs, [&] {
            return docs->patchDocument(key, obj("{\"n\":null,\"p\":{\"w\":{\"deep\":1}}}"));
        }));
        QCOMPARE(docs->document(0).value,
                 obj("{\"p\":{\"x\":1,\"z\":3,\"w\":{\"deep\":1}},\"t\":[3]}"));
        // What the server holds is what the model shows.
        QSignalSpy got(this, &QObject::objectNameChanged);
        QJsonObject onServer;
        net::send(
            m_session->client(),
            contaxy::getDocumentRequest(QStringLiteral("demo-project"), docs->collection(), key),
            this,
            [&](const net::ApiResponse &r) {
                net::ApiError error;
                if (const auto d = contaxy::parseDocument(r, &error))
                    onServer = d->value;
                setObjectName(QStringLiteral("got"));
            });
        QVERIFY(got.wait(10000));
        QCOMPARE(onServer, docs->document(0).value);
        // Setting a member to null cannot be a patch: the document is replaced instead.
        QVERIFY(settle(*docs, [&] { return docs->updateDocument(key, obj("{\"p\":null}")); }));
        QCOMPARE(docs->document(0).value, obj("{\"p\":null}"));
        // No difference: nothing is sent.
        QVERIFY(!docs->updateDocument(key, obj("{\"p\":null}")));

        QVERIFY(settle(*docs, [&] { return docs->removeDocuments({key}); }));
        QCOMPARE(docs->rowCount(), 0);
        docs->reload();
        QVERIFY(test::waitLoaded(*docs));
        QCOMPARE(docs->rowCount(), 0);
    }

    void filterOnTheServer()
    {
        auto docs = model(freshCollection());
        QAbstractItemModelTester tester(docs.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(*docs));
        QVERIFY(settle(*docs, [&] {
            return docs->createDocument(QStringLiteral("low"),
                                        obj("{\"n\":1,\"tags\":[\"x\"],\"a\":{\"b\":\"x\"}}"));
        }));
        QVERIFY(settle(*docs, [&] {
            return docs->createDocument(QStringLiteral("high"),
                                        obj("{\"n\":5,\"tags\":[\"y\"],\"a\":{\"b\":\"y\"}}"));
        }));
        auto keysFor = [&](const QString &filter) {
            docs->setFilter(filter);
            QStringList keys;
            if (!test::waitLoaded(*docs))
                return QStringList {QStringLiteral("<error>")};
            for (int row = 0; row < docs->rowCount(); ++row)
                keys << docs->document(row).key;
            return keys;
        };
        QCOMPARE(keysFor(QStringLiteral("$ ? (@.n > 3)")), QStringList {QStringLiteral("high")});
        QCOMPARE(keysFor(QStringLiteral("$.tags[*] ? (@ == \"x\")")),
                 QStringList {QStringLiteral("low")});
        QCOMPARE(keysFor(QStringLiteral("$.a.b ? (@ == \"y\")")),
                 QStringList {QStringLiteral("high")});
        // A bare predicate is a boolean, which always exists: every document (§9).
        QCOMPARE(keysFor(QStringLiteral("$.n > 3")),
                 (QStringList {QStringLiteral("high"), QStringLiteral("low")}));
        // A bad path: the server's 400 and its message, and the rows shown are kept.
        docs->setFilter(QStringLiteral("$ ? (@.n >"));
        QVERIFY(QTest::qWaitFor([&] { return !docs->loader()->isLoading(); }, 10000));
        const net::ApiError error = docs->loader()->lastError();
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.kind, net::ApiError::Kind::Validation);
        QVERIFY2(error.message.contains(QLatin1String("syntax error")), qPrintable(error.message));
        QCOMPARE(keysFor(QString()), (QStringList {QStringLiteral("high"), QStringLiteral("low")}));
    }

    void arraysAreRefusedBeforeSending()
    {
        QString problem;
        QVERIFY(!contaxy::parseDocumentText(QStringLiteral("[1, 2]"), &problem));
        QVERIFY(problem.contains(QLatin1String("object")));
        // Which is what the server would say, with a 422.
        auto request = contaxy::putDocumentRequest(
            QStringLiteral("demo-project"), freshCollection(), QStringLiteral("k"), QJsonObject());
        request.body = "[1, 2]";
        QSignalSpy got(this, &QObject::objectNameChanged);
        int status = 0;
        net::send(m_session->client(), request, this, [&](const net::ApiResponse &r) {
            status = r.status;
            setObjectName(QStringLiteral("put-array"));
        });
        QVERIFY(got.wait(10000));
        QCOMPARE(status, 422);
    }

    void badNamesAndOtherProjects()
    {
        auto docs = model(QStringLiteral("a/b")); // refused: no load is even tried
        QVERIFY(!docs->loader()->isLoading());
        QVERIFY(!docs->createDocument(QStringLiteral("k"), QJsonObject()));
        docs->setCollection(freshCollection());
        QVERIFY(test::waitLoaded(*docs));
        QString outcome;
        QVERIFY(!settle(
            *docs, [&] { return docs->createDocument(QStringLiteral("a/b"), {}); }, &outcome));
        QVERIFY(outcome.contains(QLatin1String("/")));

        ContaxyDocumentModel other(m_session.get(), QStringLiteral("not-mine"), nullptr);
        other.setCollection(QStringLiteral("experiments"));
        QVERIFY(QTest::qWaitFor([&] { return !other.loader()->isLoading(); }, 10000));
        QCOMPARE(other.loader()->lastError().httpStatus, 403);
    }
};

QTEST_GUILESS_MAIN(TestContaxyDocuments)
#include "tst_contaxydocuments.moc"
