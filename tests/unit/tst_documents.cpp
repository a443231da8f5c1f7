// Contaxy JSON documents without a server: the RFC 7396 merge patch the client computes from
// an edit (applied back it gives the edit; nulls it cannot express send the whole document),
// the check of typed JSON (objects only, line and column of a mistake), json_value decoded a
// second time (and a broken one refused, not crashed on), and the rules for names.
#include "contaxy/documents.h"
#include "net/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace wharf;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

net::ApiResponse reply(const QByteArray &body)
{
    net::ApiResponse r;
    r.status = 200;
    r.body = body;
    r.headers = {{"Content-Type", "application/json"}};
    return r;
}
} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergePatch_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("unchanged")
            << QByteArray("{\"a\":1}") << QByteArray("{\"a\":1}") << QByteArray("{}");
        QTest::newRow("changed and added")
            << QByteArray("{\"a\":1,\"b\":2}") << QByteArray("{\"a\":3,\"b\":2,\"c\":\"x\"}")
            << QByteArray("{\"a\":3,\"c\":\"x\"}");
        QTest::newRow("removed") << QByteArray("{\"a\":1,\"b\":2}") << QByteArray("{\"b\":2}")
                                 << QByteArray("{\"a\":null}");
        QTest::newRow("nested") << QByteArray("{\"p\":{\"x\":1,\"y\":2,\"z\":{\"k\":1}}}")
                                << QByteArray("{\"p\":{\"x\":1,\"z\":{\"k\":2}}}")
                                << QByteArray("{\"p\":{\"y\":null,\"z\":{\"k\":2}}}");
        QTest::newRow("array replaced whole")
            << QByteArray("{\"t\":[1,2,3]}") << QByteArray("{\"t\":[1,3]}")
            << QByteArray("{\"t\":[1,3]}");
        QTest::newRow("object becomes scalar")
            << QByteArray("{\"p\":{\"x\":1}}") << QByteArray("{\"p\":5}")
            << QByteArray("{\"p\":5}");
        QTest::newRow("scalar becomes object")
            << QByteArray("{\"p\":5}") << QByteArray("{\"p\":{\"x\":1}}")
            << QByteArray("{\"p\":{\"x\":1}}");
        QTest::newRow("null kept as it was")
            << QByteArray("{\"a\":null,\"b\":1}") << QByteArray("{\"a\":null,\"b\":2}")
            << QByteArray("{\"b\":2}");
        QTest::newRow("null inside an array is fine")
            << QByteArray("{\"t\":[]}") << QByteArray("{\"t\":[null]}")
            << QByteArray("{\"t\":[null]}");
    }

    void mergePatch()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, patch);
        const auto made = contaxy::mergePatch(obj(from.constData()), obj(to.constData()));
        QVERIFY(made);
        QCOMPARE(*made, obj(patch.constData()));
        // What the server does with it gives the edited document.
        QCOMPARE(contaxy::applyMergePatch(obj(from.constData()), *made), obj(to.constData()));
    }

    void nullsNeedTheWholeDocument()
    {
        // A patch's null removes; setting a member to null cannot be said as a patch.
        QVERIFY(!contaxy::mergePatch(obj("{\"a\":1}"), obj("{\"a\":null}")));
        QVERIFY(!contaxy::mergePatch(obj("{}"), obj("{\"a\":null}")));
        QVERIFY(!contaxy::mergePatch(obj("{\"p\":{\"x\":1}}"), obj("{\"p\":{\"x\":null}}")));
        QVERIFY(!contaxy::mergePatch(obj("{}"), obj("{\"p\":{\"x\":null}}")));
    }

    void typedTextMustBeAnObject()
    {
        QString problem;
        const auto ok = contaxy::parseDocumentText(QStringLiteral("{\"a\": [1, 2]}"), &problem);
        QVERIFY(ok);
        QCOMPARE(ok->value(QLatin1String("a")).toArray().size(), 2);
        QVERIFY(!contaxy::parseDocumentText(QStringLiteral("[1, 2]"), &problem));
        QVERIFY2(problem.contains(QLatin1String("object")), qPrintable(problem));
        QVERIFY(!contaxy::parseDocumentText(QStringLiteral("\"text\""), &problem));
        QVERIFY2(problem.contains(QLatin1String("object")), qPrintable(problem));
        QVERIFY(!contaxy::parseDocumentText(QStringLiteral("  \n"), &problem));
        QVERIFY(!problem.isEmpty());
        // Where the mistake is, as an editor counts: line 3, the missing comma's place.
        QVERIFY(!contaxy::parseDocumentText(
            QStringLiteral("{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}"), &problem));
        QVERIFY2(problem.contains(QLatin1String("line 4")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("column")), qPrintable(problem));
        // Columns count characters, not UTF-8 bytes.
        QString ascii;
        QVERIFY(!contaxy::parseDocumentText(QStringLiteral("{\"aa\": }"), &ascii));
        QVERIFY(!contaxy::parseDocumentText(QStringLiteral("{\"\u00e4\u00e4\": }"), &problem));
        QCOMPARE(problem, ascii);
    }

    void jsonValueIsDecodedAgain()
    {
        net::ApiError error;
        const auto docs = contaxy::parseDocuments(
            reply(
                "[{\"key\":\"k\",\"json_value\":\"{\\\"b\\\": 1, \\\"a\\\": {\\\"x\\\": [true]}}\","
                "\"created_at\":\"2026-01-02T03:04:05.000Z\",\"created_by\":null,"
                "\"updated_at\":\"2026-01-02T03:04:06.000Z\",\"updated_by\":null}]"),
            &error);
        QVERIFY2(docs, qPrintable(error.toString()));
        QCOMPARE(docs->size(), 1);
        QCOMPARE(docs->first().key, QStringLiteral("k"));
        QCOMPARE(docs->first().value, obj("{\"b\":1,\"a\":{\"x\":[true]}}"));
        QCOMPARE(docs->first().text, QByteArray("{\"b\": 1, \"a\": {\"x\": [true]}}"));
        QVERIFY(docs->first().updatedAt.isValid());
    }

    void brokenJsonValueIsAnError()
    {
        for (const QByteArray &body : {QByteArray("[{\"key\":\"k\",\"json_value\":\"{not json\"}]"),
                                       QByteArray("[{\"key\":\"k\",\"json_value\":\"[1,2]\"}]"),
                                       QByteArray("[{\"key\":\"k\",\"json_value\":{\"a\":1}}]"),
                                       QByteArray("[{\"json_value\":\"{}\"}]")}) {
            net::ApiError error;
            QVERIFY2(!contaxy::parseDocuments(reply(body), &error), body.constData());
            QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
            QVERIFY(!error.message.isEmpty());
        }
        net::ApiError error;
        QVERIFY(!contaxy::parseDocument(reply("{\"key\":\"k\",\"json_value\":\"7\"}"), &error));
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
    }

    void names()
    {
        QVERIFY(contaxy::collectionIdProblem(QStringLiteral("experiments")).isEmpty());
        QVERIFY(contaxy::collectionIdProblem(QStringLiteral("run_2-b")).isEmpty());
        for (const char *bad : {"", "-x", "a b", "a/b", "täst", "x\"y"})
            QVERIFY2(!contaxy::collectionIdProblem(QString::fromUtf8(bad)).isEmpty(), bad);
        QVERIFY(!contaxy::collectionIdProblem(QString(64, QLatin1Char('a'))).isEmpty());
        QVERIFY(contaxy::documentKeyProblem(QStringLiteral("run 3 (final).json")).isEmpty());
        for (const char *bad : {"", "a/b", "a~b", "..", "a\nb"})
            QVERIFY2(!contaxy::documentKeyProblem(QString::fromUtf8(bad)).isEmpty(), bad);
    }

    void requests()
    {
        const auto put = contaxy::putDocumentRequest(QStringLiteral("p1x4"),
                                                     QStringLiteral("c"),
                                                     QStringLiteral("a b%"),
                                                     obj("{\"n\":1}"),
                                                     false);
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.path, QStringLiteral("/projects/p1x4/json/c/a%20b%25"));
        QCOMPARE(put.query.queryItemValue(QStringLiteral("upsert")), QStringLiteral("false"));
        QCOMPARE(put.body, QByteArray("{\"n\":1}"));
        QCOMPARE(put.contentType, QByteArray("application/json"));
        const auto list = contaxy::listDocumentsRequest(
            QStringLiteral("p1x4"), QStringLiteral("c"), QStringLiteral(" $ ? (@.n > 3) "));
        QCOMPARE(list.path, QStringLiteral("/projects/p1x4/json/c"));
        QCOMPARE(list.query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
                 QStringLiteral("$ ? (@.n > 3)"));
        QVERIFY(!contaxy::listDocumentsRequest(QStringLiteral("p1x4"), QStringLiteral("c"))
                     .query.hasQueryItem(QStringLiteral("filter")));
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
