// The event-stream parser: the same stream cut at every pair of positions gives the same
// events (CR, LF and CRLF ends split between pieces, a BOM split too), comments are skipped,
// and lines or events beyond the limits stop it instead of growing.
#include "net/sseparser.h"

#include <QtTest>

using namespace wharf::net;

namespace {

const QByteArray kStream = QByteArray("\xEF\xBB\xBF: hello\r\n"
                                      "event: job_created\n"
                                      "data: 1\n"
                                      "\n"
                                      "event:job_updated\r\n"
                                      "data: 2\r\n"
                                      "\r\n"
                                      "data: a\n"
                                      "data:b\n"
                                      "data\n"
                                      "id: 7\n"
                                      "\n"
                                      ": keep-alive\n"
                                      "\n"
                                      "event: ignored, no data\n"
                                      "\n"
                                      "retry: 1500\n"
                                      "unknown: x\n"
                                      "event: job_deleted\r"
                                      "data: 3\r"
                                      "\r"
                                      "data: cut off without a blank line");

QString describe(const QList<SseEvent> &events)
{
    QStringList parts;
    for (const SseEvent &e : events)
        parts << QString::fromUtf8(e.type + '|' + e.data + '|' + e.id);
    return parts.join(QLatin1Char(';'));
}

const QString kExpected
    = QStringLiteral("job_created|1|;job_updated|2|;message|a\nb\n|7;job_deleted|3|7");

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeStream()
    {
        SseParser parser;
        QCOMPARE(describe(parser.feed(kStream)), kExpected);
        QVERIFY(!parser.hasError());
        QCOMPARE(parser.retryMs(), 1500);
        QCOMPARE(parser.lastEventId(), QByteArray("7"));
    }

    void everyCut()
    {
        const qsizetype n = kStream.size();
        for (qsizetype i = 0; i <= n; ++i) {
            for (qsizetype j = i; j <= n; ++j) {
                SseParser parser;
                QList<SseEvent> events = parser.feed(QByteArrayView(kStream).first(i));
                events += parser.feed(QByteArrayView(kStream).sliced(i, j - i));
                events += parser.feed(QByteArrayView(kStream).sliced(j));
                const QString got = describe(events);
                if (got != kExpected)
                    QFAIL(
                        qPrintable(QStringLiteral("cut at %1 and %2: %3").arg(i).arg(j).arg(got)));
            }
        }
    }

    void byteByByte()
    {
        SseParser parser;
        QList<SseEvent> events;
        for (char c : kStream)
            events += parser.feed(QByteArrayView(&c, 1));
        QCOMPARE(describe(events), kExpected);
    }

    void notABom()
    {
        SseParser parser;
        // Bytes that begin like a BOM but are not one are kept as text.
        const auto events = parser.feed("\xEF"
                                        "data: x\n\n");
        QCOMPARE(events.size(), 0); // the field is "\xEF""data", unknown
        QCOMPARE(describe(parser.feed("data: y\n\n")), QStringLiteral("message|y|"));
    }

    void endlessLineIsRefused()
    {
        SseParser parser(1024, 4096);
        const QByteArray chunk(300, 'x');
        QList<SseEvent> events = parser.feed("data: ");
        for (int i = 0; i < 10 && !parser.hasError(); ++i)
            events += parser.feed(chunk);
        QVERIFY(parser.hasError());
        QVERIFY(parser.error().contains(QLatin1String("1024")));
        // Stopped: nothing more comes out, even a well-formed event.
        QVERIFY(parser.feed("\n\ndata: 1\n\n").isEmpty());
        QVERIFY(events.isEmpty());
    }

    void hugeEventIsRefused()
    {
        SseParser parser(1024, 4096);
        const QByteArray line = "data: " + QByteArray(1000, 'y') + '\n';
        for (int i = 0; i < 5; ++i)
            QVERIFY(parser.feed(line).isEmpty());
        QVERIFY(parser.hasError());
    }

    void resetForgetsPartialEvent()
    {
        SseParser parser;
        parser.feed("id: 3\ndata: half");
        parser.reset();
        QCOMPARE(describe(parser.feed("data: whole\n\n")), QStringLiteral("message|whole|3"));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
