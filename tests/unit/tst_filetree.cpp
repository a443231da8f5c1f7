// The Contaxy file browser's pieces that need no server: the streaming splitter that cuts a
// file listing into elements as it arrives (every cut position, broken framing), the folder
// tree that flat keys imply (aggregates, listing, search, navigation helpers) and where a
// folder download puts each file (sanitised, folders kept).
#include "contaxy/files.h"
#include "contaxy/filetree.h"
#include "text/jsonarraysplitter.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

// No raw string literals here: the moc of Qt 6.4 loses the class after some of them.

using namespace wharf;
using contaxy::FileItem;
using contaxy::FileTree;

namespace {

// Splits `json` fed in pieces of `piece` bytes; the elements' texts, or the error in `error`.
QList<QByteArray> split(const QByteArray &json, int piece, QString *error = nullptr)
{
    text::JsonArraySplitter splitter;
    QList<QByteArray> out;
    auto take = [&out](QByteArrayView element) {
        out << element.toByteArray();
        return true;
    };
    for (qsizetype at = 0; at < json.size(); at += piece) {
        const auto part
            = QByteArrayView(json).sliced(at, std::min<qsizetype>(piece, json.size() - at));
        if (!splitter.feed(part, take)) {
            if (error)
                *error = splitter.error();
            return {};
        }
    }
    if (!splitter.finish()) {
        if (error)
            *error = splitter.error();
        return {};
    }
    return out;
}

FileItem file(const QString &key, qint64 size, const QString &when = QStringLiteral("2026-11-01"))
{
    FileItem f;
    f.key = key;
    f.size = size;
    f.updatedAt = QDateTime::fromString(when, Qt::ISODate);
    return f;
}

QStringList keys(const QList<FileTree::Entry> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out << e.key;
    out.sort();
    return out;
}

} // namespace

class TestFileTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsAtEveryCut()
    {
        const QByteArray json = " [ {\"key\":\"a,]}\",\"m\":{\"x\":[1,2]}} , \"s\\\"]\" ,\n"
                                "  3.5, [ [] ], {\"esc\":\"\\\\\"}, null ] ";
        const QList<QByteArray> expected = {"{\"key\":\"a,]}\",\"m\":{\"x\":[1,2]}}",
                                            "\"s\\\"]\"",
                                            "3.5",
                                            "[ [] ]",
                                            "{\"esc\":\"\\\\\"}",
                                            "null"};
        for (int piece = 1; piece <= json.size(); ++piece) {
            QString error;
            QCOMPARE(split(json, piece, &error), expected);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Each element is valid JSON on its own.
        QVERIFY(QJsonDocument::fromJson(expected.first()).isObject());
    }

    void emptyListsAndBrokenFraming()
    {
        QCOMPARE(split("[]", 1), QList<QByteArray>());
        QCOMPARE(split(" [ ] \n", 2), QList<QByteArray>());
        const QList<QPair<QByteArray, QString>> bad = {
            {"", QStringLiteral("empty")},
            {"{\"a\":1}", QStringLiteral("expected a list")},
            {"[{\"a\":1}", QStringLiteral("cut short")},
            {"[{\"a\":1},]", QStringLiteral("expected a value")},
            {"[{\"a\":1} {\"b\":2}]", QStringLiteral("expected , or ]")},
            {"[1,2]x", QStringLiteral("more data")},
            {"[}]", QStringLiteral("expected a value")},
            {"[{\"a\":\"unterminated]}", QStringLiteral("cut short")},
        };
        for (const auto &[json, why] : bad) {
            for (int piece : {1, 3, 100}) {
                QString error;
                QVERIFY2(split(json, piece, &error).isEmpty(), json.constData());
                QVERIFY2(error.contains(why), qPrintable(json + " -> " + error.toUtf8()));
            }
        }
    }

    void refusedElementStopsTheSplitter()
    {
        text::JsonArraySplitter splitter;
        int seen = 0;
        QVERIFY(!splitter.feed("[1,2,3]", [&seen](QByteArrayView) { return ++seen < 2; }));
        QCOMPARE(seen, 2);
        QVERIFY(!splitter.finish());
        QVERIFY(!splitter.feed("", [](QByteArrayView) { return true; })); // stays failed
    }

    void endlessElementIsRefused()
    {
        text::JsonArraySplitter splitter;
        splitter.setMaxElementBytes(1000);
        auto take = [](QByteArrayView) { return true; };
        QVERIFY(splitter.feed("[{\"a\":\"", take));
        const QByteArray filler(400, 'x');
        QVERIFY(splitter.feed(filler, take));
        QVERIFY(!splitter.feed(filler + filler, take)); // past 1000 bytes of one element
        QVERIFY(splitter.error().contains(QLatin1String("larger than 1000")));
        // Elements below the limit pass however many there are.
        text::JsonArraySplitter many;
        many.setMaxElementBytes(20);
        QByteArray list = "[";
        for (int i = 0; i < 1000; ++i)
            list += (i ? "," : "") + QByteArray("{\"k\":\"value\"}");
        list += "]";
        for (qsizetype at = 0; at < list.size(); at += 7)
            QVERIFY(many.feed(
                QByteArrayView(list).sliced(at, std::min<qsizetype>(7, list.size() - at)), take));
        QVERIFY(many.finish());
        QCOMPARE(many.elementCount(), 1000);
    }

    void elementsParseAsFiles()
    {
        QString why;
        const auto f = contaxy::parseFileElement(
            "{\"key\":\"a/"
            "b.csv\",\"file_size\":12,\"metadata\":{\"k\":\"v\"},\"description\":\"d\","
            "\"created_at\":\"2026-11-01T10:00:00.000000+00:00\",\"available_versions\":[\"v1\","
            "\"v2\"]}",
            &why);
        QVERIFY2(f, qPrintable(why));
        QCOMPARE(f->key, QStringLiteral("a/b.csv"));
        QCOMPARE(f->size, 12);
        QCOMPARE(f->metadata.value(QStringLiteral("k")).toString(), QStringLiteral("v"));
        QCOMPARE(f->description, QStringLiteral("d"));
        QVERIFY(f->createdAt.isValid());
        QCOMPARE(f->versions.size(), 2);
        QVERIFY(!contaxy::parseFileElement("{\"file_size\":1}", &why));
        QVERIFY(why.contains(QLatin1String("key")));
        QVERIFY(!contaxy::parseFileElement("[1]", &why));
        QVERIFY(!contaxy::parseFileElement("{\"key\":", &why));
        QVERIFY(!why.isEmpty());
    }

    void foldersFromKeys()
    {
        const FileTree tree(
            {file(QStringLiteral("README.md"), 10),
             file(QStringLiteral("data/train.csv"), 100, QStringLiteral("2026-11-03")),
             file(QStringLiteral("data/raw/a.jsonl"), 1000),
             file(QStringLiteral("data/raw/b.jsonl"), 2000, QStringLiteral("2026-11-05")),
             file(QStringLiteral("models/m.bin"), 5)});
        QCOMPARE(
            keys(tree.entries(QString())),
            QStringList(
                {QStringLiteral("README.md"), QStringLiteral("data/"), QStringLiteral("models/")}));
        QCOMPARE(keys(tree.entries(QStringLiteral("data/"))),
                 QStringList({QStringLiteral("data/raw/"), QStringLiteral("data/train.csv")}));
        const FileTree::Entry data = tree.folderEntry(QStringLiteral("data/"));
        QVERIFY(data.folder);
        QCOMPARE(data.name, QStringLiteral("data"));
        QCOMPARE(data.size, 3100);
        QCOMPARE(data.files, 3);
        QCOMPARE(data.modified, QDateTime::fromString(QStringLiteral("2026-11-05"), Qt::ISODate));
        QCOMPARE(tree.folderEntry(QString()).files, 5);
        QVERIFY(tree.hasFolder(QStringLiteral("data/raw/")));
        QVERIFY(!tree.hasFolder(QStringLiteral("data/ra/")));
        QVERIFY(tree.entries(QStringLiteral("nowhere/")).isEmpty());
        // A file entry carries its item.
        for (const auto &e : tree.entries(QStringLiteral("data/raw/")))
            QCOMPARE(e.file.key, e.key);
    }

    void searchAndSelectionBelowAFolder()
    {
        const FileTree tree({file(QStringLiteral("Raw.txt"), 1),
                             file(QStringLiteral("data/raw/a.jsonl"), 1),
                             file(QStringLiteral("data/raw/b.jsonl"), 1),
                             file(QStringLiteral("data/other.txt"), 1),
                             file(QStringLiteral("data-2/x"), 1)});
        QCOMPARE(keys(tree.search(QString(), QStringLiteral("RAW"))),
                 QStringList({QStringLiteral("Raw.txt"), QStringLiteral("data/raw/")}));
        QCOMPARE(
            keys(tree.search(QStringLiteral("data/"), QStringLiteral("jsonl"))),
            QStringList({QStringLiteral("data/raw/a.jsonl"), QStringLiteral("data/raw/b.jsonl")}));
        // "data/" is a folder, not a prefix of "data-2/x".
        QCOMPARE(tree.filesUnder(QStringLiteral("data/")).size(), 3);
        QCOMPARE(tree.filesUnder(QStringLiteral("data/other.txt")).size(), 1);
        QCOMPARE(tree.filesUnder(QStringLiteral("data/other")).size(), 0);
        QCOMPARE(tree.filesUnder(QString()).size(), 5);
    }

    void navigationHelpers()
    {
        QCOMPARE(FileTree::parentFolder(QStringLiteral("a/b/")), QStringLiteral("a/"));
        QCOMPARE(FileTree::parentFolder(QStringLiteral("a/")), QString());
        QCOMPARE(FileTree::parentFolder(QString()), QString());
        QCOMPARE(FileTree::folderOf(QStringLiteral("a/b.txt")), QStringLiteral("a/"));
        QCOMPARE(FileTree::folderOf(QStringLiteral("b.txt")), QString());
        QCOMPARE(FileTree::ancestry(QStringLiteral("a/b/")),
                 QStringList({QString(), QStringLiteral("a/"), QStringLiteral("a/b/")}));
        QCOMPARE(FileTree::folderName(QStringLiteral("a/b/")), QStringLiteral("b"));
    }

    void folderDownloadsKeepFoldersAndSanitise()
    {
        const QString target = QStringLiteral("/tmp/dl");
        QCOMPARE(contaxy::localPathForKey(
                     QStringLiteral("data/raw/a.csv"), QStringLiteral("data/raw/"), target),
                 QStringLiteral("/tmp/dl/raw/a.csv"));
        QCOMPARE(contaxy::localPathForKey(QStringLiteral("data/raw/a.csv"), QString(), target),
                 QStringLiteral("/tmp/dl/data/raw/a.csv"));
        // Names a local file system refuses or reads as something else are made safe.
        const QString odd = contaxy::localPathForKey(
            QStringLiteral("d/CON/a:b?.txt"), QStringLiteral("d/"), target);
        QVERIFY2(!odd.contains(QLatin1Char(':')) && !odd.contains(QLatin1Char('?')),
                 qPrintable(odd));
        QVERIFY2(!odd.contains(QLatin1String("/CON/")), qPrintable(odd));
        QVERIFY(odd.startsWith(QLatin1String("/tmp/dl/d/")));

        const auto specs = contaxy::downloadSpecsFor(QStringLiteral("acc"),
                                                     QUrl(QStringLiteral("http://h/api")),
                                                     QStringLiteral("p"),
                                                     QStringLiteral("data/"),
                                                     {file(QStringLiteral("data/raw/a b.csv"), 1)},
                                                     target,
                                                     true);
        QCOMPARE(specs.size(), 1);
        QCOMPARE(specs.first().localPath, QStringLiteral("/tmp/dl/data/raw"));
        QCOMPARE(specs.first().fileName, QStringLiteral("a b.csv"));
        QVERIFY(specs.first().createFolder);
        QVERIFY(specs.first().replaceExisting);
        QVERIFY(specs.first()
                    .url.toString(QUrl::FullyEncoded)
                    .endsWith(QLatin1String("/projects/p/files/data/raw/a%20b.csv:download")));
        // The flags survive a restart of the queue.
        const auto restored = transfer::TransferSpec::fromJson([&] {
            auto s = specs.first();
            s.id = QStringLiteral("x");
            return s.toJson();
        }());
        QVERIFY(restored && restored->createFolder && restored->replaceExisting);
    }
};

QTEST_GUILESS_MAIN(TestFileTree)
#include "tst_filetree.moc"
