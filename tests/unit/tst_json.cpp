#include "net/json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace wharf::net;

class TestJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bareScalars_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("string") << QByteArray("\"Success\"")
                                << QJsonValue(QStringLiteral("Success"));
        QTest::newRow("int") << QByteArray("42") << QJsonValue(42);
        QTest::newRow("padded") << QByteArray("  7\n") << QJsonValue(7);
        QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("bool") << QByteArray("true") << QJsonValue(true);
        QTest::newRow("zero-one") << QByteArray("0") << QJsonValue(0);
    }
    void bareScalars()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonValue, expected);
        const auto value = json::parse(body);
        QVERIFY(value.has_value());
        QCOMPARE(*value, expected);
    }
    void objectsAndArrays()
    {
        const auto obj = json::parse(R"({"a": [1, 2]})");
        QVERIFY(obj && obj->isObject());
        QCOMPARE(obj->toObject().value(QStringLiteral("a")).toArray().size(), 2);
        const auto arr = json::parse("[]");
        QVERIFY(arr && arr->isArray());
    }
    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("two values") << QByteArray("1, 2");
        QTest::newRow("truncated") << QByteArray(R"({"a": )");
        QTest::newRow("word") << QByteArray("Success");
    }
    void rejectsGarbage()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!json::parse(body, &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
