#include "transfer/filenames.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf::transfer;

class TestFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "report.pdf"
                               << "report.pdf";
        QTest::newRow("unicode kept")
            << QStringLiteral("Über €.txt") << QStringLiteral("Über €.txt");
        QTest::newRow("slash") << "a/b.txt"
                               << "a_b.txt";
        QTest::newRow("backslash") << "a\\b.txt"
                                   << "a_b.txt";
        QTest::newRow("traversal") << "../../etc/passwd"
                                   << "_.._etc_passwd";
        QTest::newRow("dotdot") << ".."
                                << "download";
        QTest::newRow("dot") << "."
                             << "download";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("empty") << ""
                               << "download";
        QTest::newRow("spaces only") << "   "
                                     << "download";
        QTest::newRow("newline") << "a\nb.txt"
                                 << "a_b.txt";
        QTest::newRow("nul") << QString::fromLatin1("a\0b", 3) << "a_b";
        QTest::newRow("del and c1") << QString::fromUtf8("a\x7f\xc2\x85z") << "a__z";
        QTest::newRow("bidi override")
            << QString::fromUtf8("invoice\u202Efdp.exe") << "invoicefdp.exe";
        QTest::newRow("windows chars") << "what?<is>:this|\"*"
                                       << "what__is__this___";
        QTest::newRow("trailing dots") << "virus.exe. . "
                                       << "virus.exe";
        QTest::newRow("con") << "CON"
                             << "_CON";
        QTest::newRow("nul.txt") << "nul.txt"
                                 << "_nul.txt";
        QTest::newRow("com1.tar.gz") << "Com1.tar.gz"
                                     << "_Com1.tar.gz";
        QTest::newRow("lpt9") << "lpt9"
                              << "_lpt9";
        QTest::newRow("console is fine") << "console.log"
                                         << "console.log";
        QTest::newRow("com10 is fine") << "com10"
                                       << "com10";
    }
    void sanitise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(sanitiseFileName(input), expected);
    }

    void sanitisedNamesAreSafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("deep") << "../../../../root/.ssh/authorized_keys";
        QTest::newRow("windows") << "..\\..\\Windows\\System32\\drivers\\etc\\hosts";
        QTest::newRow("mixed") << "/..//./.\\..";
        QTest::newRow("absolute") << "/etc/passwd";
    }
    void sanitisedNamesAreSafe()
    {
        QFETCH(QString, input);
        const QString out = sanitiseFileName(input);
        QVERIFY(!out.isEmpty());
        QVERIFY(!out.contains(QLatin1Char('/')));
        QVERIFY(!out.contains(QLatin1Char('\\')));
        QVERIFY(!out.startsWith(QLatin1Char('.')));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QFileInfo created(QDir(dir.path()).filePath(out));
        QCOMPARE(created.absolutePath(), QDir(dir.path()).absolutePath());
    }

    void lengthLimitKeepsExtension()
    {
        const QString longName = QString(300, QLatin1Char('x')) + QStringLiteral(".tar.gz");
        const QString out = sanitiseFileName(longName);
        QVERIFY(out.toUtf8().size() <= 255);
        QVERIFY(out.endsWith(QLatin1String(".gz")));
        const QString wide = QString(200, QChar(0x00FC)) + QStringLiteral(".txt"); // 2 bytes each
        const QString outWide = sanitiseFileName(wide);
        QVERIFY(outWide.toUtf8().size() <= 255);
        QVERIFY(outWide.endsWith(QLatin1String(".txt")));
        QVERIFY(!outWide.contains(QChar::ReplacementCharacter));
    }

    void customFallback()
    {
        QCOMPARE(sanitiseFileName(QStringLiteral("..."), QStringLiteral("file")),
                 QStringLiteral("file"));
    }

    void contentDisposition_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quoted") << QByteArray("attachment; filename=\"a b.txt\"") << "a b.txt";
        QTest::newRow("token") << QByteArray("attachment; filename=plain.bin") << "plain.bin";
        QTest::newRow("escaped quote")
            << QByteArray(R"(attachment; filename="say \"hi\".txt")") << "say \"hi\".txt";
        QTest::newRow("rfc5987 wins") << QByteArray(
            "attachment; filename=\"fallback.txt\"; filename*=UTF-8''%E2%82%AC%20rates.txt")
                                      << QStringLiteral("€ rates.txt");
        QTest::newRow("raw utf8 in quotes")
            << QByteArray("attachment; filename=\"\xc3\xbc.txt\"") << QStringLiteral("ü.txt");
        QTest::newRow("latin1 in quotes")
            << QByteArray("attachment; filename=\"\xfc.txt\"") << QStringLiteral("ü.txt");
        QTest::newRow("none") << QByteArray("inline") << QString();
        QTest::newRow("traversal kept raw")
            << QByteArray("attachment; filename=\"../x\"") << "../x";
    }
    void contentDisposition()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        QCOMPARE(fileNameFromContentDisposition(header), expected);
    }

    void uniquePaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir d(dir.path());
        QCOMPARE(uniqueFilePath(dir.path(), QStringLiteral("a.txt")), d.filePath("a.txt"));
        for (const char *name : {"a.txt", "a (2).txt", "b.tar.gz", "noext"}) {
            QFile f(d.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(uniqueFilePath(dir.path(), QStringLiteral("a.txt")), d.filePath("a (3).txt"));
        QCOMPARE(uniqueFilePath(dir.path(), QStringLiteral("b.tar.gz")),
                 d.filePath("b (2).tar.gz"));
        QCOMPARE(uniqueFilePath(dir.path(), QStringLiteral("noext")), d.filePath("noext (2)"));
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
