#include "logging/logfile.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using wharf::logging::LogFile;

namespace {
Q_LOGGING_CATEGORY(lcTest, "wharf.test", QtDebugMsg)

// Keeps thousands of test lines out of the test's own output while a LogFile chains to it.
class QuietConsole
{
public:
    QuietConsole()
        : m_before(
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {}))
    { }
    ~QuietConsole() { qInstallMessageHandler(m_before); }

private:
    QtMessageHandler m_before;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// The rotating, redacted log file and its in-memory tail.
class TestLogFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void defaultLocation();
    void secretsAreRedacted();
    void rotatesAndKeepsFiveFiles();
    void chainsToPreviousHandler();
    void recentLinesAreBounded();
    void manyThreads();

private:
    LogFile::Options options(qint64 maxBytes = 1024 * 1024) const
    {
        LogFile::Options o;
        o.directory = m_dir->filePath(QStringLiteral("logs"));
        o.maxBytes = maxBytes;
        return o;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogFile::defaultLocation()
{
    const LogFile log;
    QCOMPARE(log.filePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + QStringLiteral("/logs/wharf.log"));
}

void TestLogFile::secretsAreRedacted()
{
    LogFile log(options());
    QVERIFY(log.install());
    QVERIFY(log.isInstalled());
    QCOMPARE(LogFile::installed(), &log);
    qCInfo(lcTest) << "request header Authorization: Bearer SECRET1abc";
    qCWarning(lcTest).noquote() << "GET https://h.example/files?token=SECRET2xyz&limit=5";
    qCDebug(lcTest).noquote() << R"(body {"username":"bob","password":"SECRET3pw"})";
    log.uninstall();
    qCInfo(lcTest) << "after uninstall"; // must not reach the file

    const QByteArray text = readAll(log.filePath());
    QVERIFY2(!text.contains("SECRET"), text.constData());
    QVERIFY(text.contains("Bearer REDACTED"));
    QVERIFY(text.contains("token=REDACTED&limit=5"));
    QVERIFY(text.contains("\"username\":\"bob\""));
    QVERIFY(text.contains(" warning wharf.test: GET"));
    QVERIFY(!text.contains("after uninstall"));
    QCOMPARE(text.count('\n'), 3);
    const QStringList recent = log.recentLines();
    QCOMPARE(recent.size(), 3);
    QVERIFY(!recent.join(u'\n').contains(u"SECRET"));
}

void TestLogFile::rotatesAndKeepsFiveFiles()
{
    const qint64 limit = 4096;
    const QuietConsole quiet;
    LogFile log(options(limit));
    QVERIFY(log.install());
    // ~100-byte lines: 4 KiB holds about 40, so 600 lines rotate about 15 times.
    for (int i = 0; i < 600; ++i)
        qCInfo(lcTest, "line %04d %s", i, QByteArray(60, 'x').constData());
    log.uninstall();

    const QDir dir(options().directory);
    const QStringList files = dir.entryList({QStringLiteral("wharf.log*")}, QDir::Files);
    QCOMPARE(files.size(), 5);
    QVERIFY(files.contains(QStringLiteral("wharf.log.4")));
    QVERIFY(!files.contains(QStringLiteral("wharf.log.5")));
    for (const QString &name : files) {
        const qint64 size = QFileInfo(dir.filePath(name)).size();
        QVERIFY2(size > 0 && size <= limit, qPrintable(name));
    }
    // Newest in wharf.log, the one before it in wharf.log.1, nothing lost at the seam.
    const QByteArray current = readAll(dir.filePath(QStringLiteral("wharf.log")));
    QVERIFY(current.trimmed().endsWith(QByteArray("line 0599 ") + QByteArray(60, 'x')));
    const QByteArray previous = readAll(dir.filePath(QStringLiteral("wharf.log.1")));
    const int firstCurrent = current.mid(current.indexOf("line ") + 5, 4).toInt();
    QVERIFY(previous.contains(
        QStringLiteral("line %1").arg(firstCurrent - 1, 4, 10, QLatin1Char('0')).toLatin1()));
}

namespace {
QStringList s_seen;
void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_seen.append(message);
}
} // namespace

void TestLogFile::chainsToPreviousHandler()
{
    s_seen.clear();
    const QtMessageHandler before = qInstallMessageHandler(recordingHandler);
    {
        LogFile log(options());
        QVERIFY(log.install());
        LogFile second(options());
        QVERIFY(!second.install()); // one at a time
        qCInfo(lcTest) << "password=SECRET4 ok";
    } // the destructor uninstalls
    qCInfo(lcTest) << "direct";
    qInstallMessageHandler(before);
    QCOMPARE(s_seen.size(), 2);
    QCOMPARE(s_seen.at(0), QStringLiteral("password=REDACTED ok")); // the console is redacted too
    QCOMPARE(s_seen.at(1), QStringLiteral("direct"));
}

void TestLogFile::recentLinesAreBounded()
{
    LogFile::Options o = options();
    o.memoryLines = 3;
    LogFile log(o);
    for (int i = 0; i < 10; ++i)
        log.write(QtInfoMsg, QMessageLogContext(), QStringLiteral("n%1").arg(i));
    const QStringList recent = log.recentLines();
    QCOMPARE(recent.size(), 3);
    QVERIFY(recent.at(0).endsWith(u"default: n7"));
    QVERIFY(recent.at(2).endsWith(u"default: n9"));
    QCOMPARE(readAll(log.filePath()).count('\n'), 10);
}

void TestLogFile::manyThreads()
{
    const QuietConsole quiet;
    LogFile log(options(8192));
    QVERIFY(log.install());
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([t] {
            for (int i = 0; i < 200; ++i)
                qCInfo(lcTest, "thread %d message %d token=SECRET5", t, i);
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    log.uninstall();
    QByteArray all;
    for (const QString &name : QDir(options().directory).entryList(QDir::Files))
        all += readAll(QDir(options().directory).filePath(name));
    QVERIFY(!all.contains("SECRET"));
    // Whole lines only: every line is one complete message.
    for (const QByteArray &line : all.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(line.endsWith("token=REDACTED"), line.constData());
    }
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
