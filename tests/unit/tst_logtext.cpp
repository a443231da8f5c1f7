// The log pieces that need no server: the streaming JSON-string decoder, the line index and
// follow mode's joining rule (text::shownPrefix).
#include "text/jsonstringdecoder.h"
#include "text/logtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>

using namespace wharf::text;

namespace {

// Feeds `json` cut into pieces of `piece` bytes; returns the decoded text or the error.
QByteArray decodeInPieces(const QByteArray &json, int piece, QString *error = nullptr)
{
    JsonStringDecoder decoder;
    QByteArray out;
    for (qsizetype at = 0; at < json.size(); at += piece) {
        if (!decoder.feed(
                QByteArrayView(json).sliced(at, std::min<qsizetype>(piece, json.size() - at)),
                out)) {
            if (error)
                *error = decoder.error();
            return QByteArray();
        }
    }
    if (!decoder.finish()) {
        if (error)
            *error = decoder.error();
        return QByteArray();
    }
    return out;
}

QList<QByteArrayView> views(const QList<QByteArray> &lines)
{
    QList<QByteArrayView> out;
    for (const QByteArray &l : lines)
        out << QByteArrayView(l);
    return out;
}

} // namespace

class TestLogText : public QObject
{
    Q_OBJECT
private slots:
    void decodesLikeQtJsonAtEverySplit()
    {
        // Escapes of every kind, a surrogate pair, raw UTF-8.
        const QByteArray json = "  \"a\\nb\\t\\\"q\\\" \\\\ \\/ \\u00e9 \\ud83d\\ude00 \xc3\xa4 "
                                "\\b\\f\\r end\"\n";
        const QString expected = QJsonDocument::fromJson("[" + json + "]").array().at(0).toString();
        QVERIFY(!expected.isEmpty());
        for (int piece = 1; piece <= json.size(); ++piece) {
            QString error;
            const QByteArray out = decodeInPieces(json, piece, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(QString::fromUtf8(out), expected);
        }
    }

    void replacesLoneSurrogates()
    {
        // UTF-8 cannot hold half a pair: U+FFFD stands in, whatever follows.
        QCOMPARE(QString::fromUtf8(decodeInPieces("\"\\ud800x\\udc00\\ud800\"", 1)),
                 QStringLiteral("\ufffdx\ufffd\ufffd"));
        QCOMPARE(QString::fromUtf8(decodeInPieces("\"\\ud800\\n\"", 3)), QStringLiteral("\ufffd\n"));
    }

    void refusesWhatIsNotOneString_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("object") << QByteArray("{\"a\":1}") << "not a JSON string";
        QTest::newRow("empty") << QByteArray("  ") << "empty";
        QTest::newRow("cut") << QByteArray("\"abc") << "breaks off";
        QTest::newRow("cut escape") << QByteArray("\"abc\\") << "breaks off";
        QTest::newRow("bad escape") << QByteArray("\"a\\qb\"") << "invalid escape";
        QTest::newRow("bad unicode") << QByteArray("\"\\u12g4\"") << "invalid \\u escape";
        QTest::newRow("raw newline") << QByteArray("\"a\nb\"") << "control character";
        QTest::newRow("two values") << QByteArray("\"a\" \"b\"") << "after the JSON string";
    }
    void refusesWhatIsNotOneString()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(decodeInPieces(json, 2, &error).isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void indexesLinesAcrossAppends()
    {
        LogText text;
        QCOMPARE(text.lineCount(), 0);
        text.append("first\r\nsec");
        QCOMPARE(text.lineCount(), 2);
        QCOMPARE(text.line(0), QByteArrayView("first"));
        QCOMPARE(text.line(1), QByteArrayView("sec"));
        text.append("ond\n\nthird");
        QCOMPARE(text.lineCount(), 4);
        QCOMPARE(text.line(1), QByteArrayView("second"));
        QCOMPARE(text.line(2), QByteArrayView(""));
        text.appendLine("fourth"); // closes "third" first
        QCOMPARE(text.lineCount(), 5);
        QCOMPARE(text.line(3), QByteArrayView("third"));
        QCOMPARE(text.line(4), QByteArrayView("fourth"));
        QCOMPARE(text.lines(3, 2), QByteArray("third\nfourth\n"));
        text.closeLine(); // already closed: no empty line appears
        QCOMPARE(text.lineCount(), 5);
    }

    void joinsPolls_data()
    {
        QTest::addColumn<QList<QByteArray>>("previous");
        QTest::addColumn<QList<QByteArray>>("reply");
        QTest::addColumn<int>("shown");
        using L = QList<QByteArray>;
        QTest::newRow("nothing shown yet") << L {} << L {"a", "b"} << 0;
        QTest::newRow("nothing new") << L {"a", "b", "c"} << L {"b", "c"} << 2;
        QTest::newRow("all new") << L {"a", "b"} << L {"c", "d"} << 0;
        QTest::newRow("overlap then new") << L {"x", "a", "b"} << L {"a", "b", "c"} << 2;
        QTest::newRow("empty reply") << L {"a"} << L {} << 0;
        // Identical lines within one second: two heartbeats shown, a third one is new.
        QTest::newRow("repeats in a second")
            << L {"epoch 1", "heartbeat", "heartbeat"}
            << L {"epoch 1", "heartbeat", "heartbeat", "heartbeat", "epoch 2"} << 3;
        QTest::newRow("repeats, none new")
            << L {"epoch 1", "hb", "hb", "hb"} << L {"epoch 1", "hb", "hb", "hb"} << 4;
        // A reply shorter than the previous one still matches its end.
        QTest::newRow("short reply") << L {"a", "b", "hb", "hb"} << L {"hb", "hb", "c"} << 2;
        // The accepted ambiguity (see logtext.h): "x" logged at :00.9 was the previous reply's
        // last line; the poll starts at :01 and "x" was logged again at :01.1. The rule takes
        // that second "x" as the one already shown.
        QTest::newRow("documented ambiguity: run across the second")
            << L {"a", "x"} << L {"x", "b"} << 1;
    }
    void joinsPolls()
    {
        QFETCH(QList<QByteArray>, previous);
        QFETCH(QList<QByteArray>, reply);
        QFETCH(int, shown);
        QCOMPARE(shownPrefix(views(previous), views(reply)), shown);
    }

    // Against the obvious quadratic definition, on logs made of few distinct lines (where
    // KMP's fallbacks matter).
    void joinRuleMatchesItsDefinition()
    {
        const QList<QByteArray> alphabet = {"a", "b"};
        for (int seed = 0; seed < 3000; ++seed) {
            QList<QByteArray> previous, reply;
            unsigned x = unsigned(seed) * 2654435761u + 1;
            const auto next = [&x] { return (x = x * 1103515245u + 12345u) >> 16; };
            for (unsigned i = next() % 7; i > 0; --i)
                previous << alphabet.at(next() % 2);
            for (unsigned i = next() % 7; i > 0; --i)
                reply << alphabet.at(next() % 2);
            qsizetype expected = 0;
            for (qsizetype k = std::min(previous.size(), reply.size()); k > 0; --k) {
                if (previous.mid(previous.size() - k) == reply.mid(0, k)) {
                    expected = k;
                    break;
                }
            }
            QCOMPARE(shownPrefix(views(previous), views(reply)), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestLogText)
#include "tst_logtext.moc"
