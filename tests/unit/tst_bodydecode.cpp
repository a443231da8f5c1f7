// Downloads whose body is one JSON string literal: decoded whole, JSON documents kept as they
// are, anything else a clear error that leaves the file as it was.
#include "transfer/bodydecode.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;

class TestBodyDecode : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("body.part"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
            return QString();
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }

private Q_SLOTS:
    void stringIsDecoded()
    {
        const QString path
            = write("\"1\\n00:00:00,000 --> 00:00:02,500\\nGr\\u00fc\\u00dfe \\\"hi\\\"\\n\"");
        QVERIFY(!transfer::decodeJsonStringFile(path));
        QCOMPARE(QString::fromUtf8(read(path)),
                 QStringLiteral("1\n00:00:00,000 --> 00:00:02,500\nGrüße \"hi\"\n"));
    }

    void documentsAreKept()
    {
        const QByteArray json = "{\"segments\":[{\"text\":\"hi\"}]}";
        const QString path = write(json);
        QVERIFY(!transfer::decodeJsonStringFile(path));
        QCOMPARE(read(path), json);
    }

    void otherBodiesAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("broken string") << QByteArray("\"unterminated");
        QTest::newRow("two strings") << QByteArray("\"a\",\"b\"");
        QTest::newRow("empty") << QByteArray();
    }

    void otherBodiesAreClearErrors()
    {
        QFETCH(QByteArray, body);
        const QString path = write(body);
        const net::ApiError error = transfer::decodeJsonStringFile(path);
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        QVERIFY2(error.message.contains(QLatin1String("JSON")), qPrintable(error.message));
        QCOMPARE(read(path), body); // nothing lost
    }

    void tooLargeIsRefused()
    {
        const QString path = write("\"" + QByteArray(2048, 'x') + "\"");
        const net::ApiError error = transfer::decodeJsonStringFile(path, 1024);
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        QVERIFY(error.message.contains(QLatin1String("too large")));
    }

    void missingFileSaysSo()
    {
        const net::ApiError error
            = transfer::decodeJsonStringFile(m_dir.filePath(QStringLiteral("gone.part")));
        QVERIFY(error);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBodyDecode)
#include "tst_bodydecode.moc"
