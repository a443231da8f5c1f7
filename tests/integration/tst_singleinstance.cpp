// Single instance: real second launches (singleinstance_client) hand their arguments to an
// instance running in this process.
#include "app/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <algorithm>

using wharf::app::SingleInstance;

namespace {

QByteArray frame(const QByteArray &payload)
{
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), header.data());
    return header + payload;
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesArePerUserAndScope();
    void secondLaunchHandsOverAFile();
    void concurrentSecondLaunches();
    void concurrentFirstLaunches();
    void staleSocketAfterCrash();
    void malformedMessagesIgnored_data();
    void malformedMessagesIgnored();
    void silentPrimaryTimesOut();

private:
    QString uniqueScope();
    // Starts the client; the caller waits on finished (this process must keep serving).
    QProcess *launch(const QStringList &args,
                     const QString &mode = QStringLiteral("send"),
                     const QString &workingDir = QDir::tempPath());
    bool becomePrimary(SingleInstance &instance);

    QString m_scope;
    int m_round = 0;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(WHARF_SI_CLIENT)).isExecutable(), WHARF_SI_CLIENT);
}

QString TestSingleInstance::uniqueScope()
{
    m_scope = QStringLiteral("test-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_round);
    return m_scope;
}

QProcess *
TestSingleInstance::launch(const QStringList &args, const QString &mode, const QString &workingDir)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), QStringLiteral("token-for-") + mode);
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(workingDir);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(WHARF_SI_CLIENT), QStringList {mode, m_scope} + args);
    return process;
}

bool TestSingleInstance::becomePrimary(SingleInstance &instance)
{
    QSignalSpy became(&instance, &SingleInstance::becamePrimary);
    instance.start({}, QDir::currentPath());
    return became.wait(5000) && instance.role() == SingleInstance::Role::Primary;
}

void TestSingleInstance::namesArePerUserAndScope()
{
    const QString real = SingleInstance::serverNameFor(QString());
    const QString sandbox = SingleInstance::serverNameFor(QStringLiteral("sandbox"));
    QVERIFY(real != sandbox);
    QVERIFY(sandbox.endsWith(QLatin1String("-sandbox.socket"))
            || sandbox.endsWith(QLatin1String("-sandbox")));
    QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty())
        QVERIFY(QFileInfo(real).fileName().contains(user));
    // A scope cannot point the socket somewhere else.
    const QString sneaky = SingleInstance::serverNameFor(QStringLiteral("../../etc/x"));
    QCOMPARE(QFileInfo(sneaky).path(), QFileInfo(real).path());
}

void TestSingleInstance::secondLaunchHandsOverAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("take 1.wav"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.close();

    SingleInstance primary(uniqueScope());
    QSignalSpy received(&primary, &SingleInstance::messageReceived);
    QSignalSpy raise(&primary, &SingleInstance::raiseRequested);
    QVERIFY(becomePrimary(primary));

    const QStringList args {QStringLiteral("take 1.wav"),
                            file,
                            QStringLiteral("--server"),
                            QStringLiteral("https://example.org")};
    QProcess *second = launch(args, QStringLiteral("send"), dir.path());
    QSignalSpy finished(second, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->readAllStandardOutput().trimmed(), QByteArray("handed off"));
    QCOMPARE(second->exitCode(), 0);

    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), args);
    const QString workingDir = received.at(0).at(1).toString();
    QCOMPARE(canonical(workingDir), canonical(dir.path()));
    // The relative argument resolves to the same absolute file the second launch meant.
    const QString resolved = QDir(workingDir).absoluteFilePath(args.at(0));
    QVERIFY(QFileInfo(resolved).isAbsolute());
    QCOMPARE(canonical(resolved), canonical(file));
    QCOMPARE(raise.size(), 1);
    QCOMPARE(raise.at(0).at(0).toString(), QStringLiteral("token-for-send"));
}

void TestSingleInstance::concurrentSecondLaunches()
{
    SingleInstance primary(uniqueScope());
    QSignalSpy received(&primary, &SingleInstance::messageReceived);
    QVERIFY(becomePrimary(primary));

    QList<QProcess *> launches;
    for (int i = 0; i < 4; ++i)
        launches << launch({QStringLiteral("file-%1").arg(i)});
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(launches.cbegin(),
                    launches.cend(),
                    [](QProcess *p) { return p->state() == QProcess::NotRunning; }),
        20000);
    QSet<QString> got;
    for (QProcess *p : std::as_const(launches)) {
        QCOMPARE(p->readAllStandardOutput().trimmed(), QByteArray("handed off"));
        QCOMPARE(p->exitCode(), 0);
    }
    QCOMPARE(received.size(), 4);
    for (const QList<QVariant> &message : std::as_const(received))
        got.insert(message.at(0).toStringList().value(0));
    QCOMPARE(got,
             (QSet<QString> {QStringLiteral("file-0"),
                             QStringLiteral("file-1"),
                             QStringLiteral("file-2"),
                             QStringLiteral("file-3")}));
}

void TestSingleInstance::concurrentFirstLaunches()
{
    // Several launches at once with nobody running: exactly one listens and receives the
    // others' arguments; none is lost and none runs as a second primary.
    constexpr int kLaunches = 6;
    uniqueScope();
    qputenv("WHARF_SI_EXPECT", QByteArray::number(kLaunches - 1));
    QList<QProcess *> launches;
    for (int i = 0; i < kLaunches; ++i)
        launches << launch({QStringLiteral("file-%1").arg(i)}, QStringLiteral("race"));
    qunsetenv("WHARF_SI_EXPECT");
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(launches.cbegin(),
                    launches.cend(),
                    [](QProcess *p) { return p->state() == QProcess::NotRunning; }),
        30000);

    int primaries = 0;
    QSet<QString> expected;
    QSet<QString> got;
    for (int i = 0; i < kLaunches; ++i) {
        QProcess *p = launches.at(i);
        QCOMPARE(p->exitCode(), 0);
        const QList<QByteArray> lines = p->readAllStandardOutput().trimmed().split('\n');
        if (lines.first() == "primary") {
            ++primaries;
            for (const QByteArray &line : lines.mid(1))
                got.insert(QString::fromUtf8(line.mid(qsizetype(strlen("received ")))));
        } else {
            QCOMPARE(lines, QList<QByteArray> {"handed off"});
            expected.insert(QStringLiteral("file-%1").arg(i));
        }
    }
    QCOMPARE(primaries, 1);
    QCOMPARE(got, expected);
}

void TestSingleInstance::staleSocketAfterCrash()
{
    uniqueScope();
    QProcess *crashed = launch({}, QStringLiteral("crash"));
    QSignalSpy finished(crashed, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(crashed->readAllStandardOutput().trimmed(), QByteArray("primary"));
#ifdef Q_OS_UNIX
    // The crash left its socket file behind: nothing listens on it any more.
    const QString name = SingleInstance::serverNameFor(m_scope);
    QVERIFY(QFile::exists(name));
    QLocalSocket probe;
    probe.connectToServer(name);
    QVERIFY(!probe.waitForConnected(1000));
    QCOMPARE(probe.error(), QLocalSocket::ConnectionRefusedError);
#endif

    SingleInstance primary(m_scope);
    QSignalSpy failed(&primary, &SingleInstance::failed);
    QSignalSpy received(&primary, &SingleInstance::messageReceived);
    QVERIFY(becomePrimary(primary));
    QCOMPARE(failed.size(), 0);

    QProcess *second = launch({QStringLiteral("after-crash")});
    QSignalSpy secondFinished(second, &QProcess::finished);
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(second->exitCode(), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList {QStringLiteral("after-crash")});
}

void TestSingleInstance::malformedMessagesIgnored_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing at all") << QByteArray();
    QTest::newRow("huge length") << QByteArray("\xff\xff\xff\xff{}", 6);
    QTest::newRow("zero length") << QByteArray(4, '\0');
    QTest::newRow("truncated") << frame(QByteArray(100, 'x')).left(20);
    QTest::newRow("not json") << frame("hello there");
    QTest::newRow("json array") << frame("[\"a\"]");
    QTest::newRow("wrong types") << frame(R"({"args":"x","cwd":1})");
    QTest::newRow("non-string argument") << frame(R"({"args":[1],"cwd":"/"})");
    QTest::newRow("binary") << frame(QByteArray("\x00\x01\x02\xfe", 4));
}

void TestSingleInstance::malformedMessagesIgnored()
{
    QFETCH(QByteArray, bytes);
    SingleInstance primary(uniqueScope());
    primary.setTimeout(std::chrono::milliseconds(500));
    QSignalSpy received(&primary, &SingleInstance::messageReceived);
    QVERIFY(becomePrimary(primary));

    QLocalSocket peer;
    QSignalSpy dropped(&peer, &QLocalSocket::disconnected);
    peer.connectToServer(primary.serverName());
    QVERIFY(peer.waitForConnected(2000));
    peer.write(bytes);
    QVERIFY(dropped.wait(5000));
    QCOMPARE(peer.readAll(), QByteArray()); // no acknowledgement
    QCOMPARE(received.size(), 0);

    // Still serving.
    SingleInstance later(m_scope);
    QSignalSpy handedOff(&later, &SingleInstance::handedOff);
    later.start({QStringLiteral("fine")}, QDir::currentPath());
    QVERIFY(handedOff.wait(5000));
    QCOMPARE(received.size(), 1);
}

void TestSingleInstance::silentPrimaryTimesOut()
{
    // Something listens but never answers (a hung instance): the launch must not wait forever.
    const QString name = SingleInstance::serverNameFor(uniqueScope());
    QLocalServer silent;
    QLocalServer::removeServer(name);
    QVERIFY(silent.listen(name));

    SingleInstance launchB(m_scope);
    launchB.setTimeout(std::chrono::milliseconds(300));
    QSignalSpy failed(&launchB, &SingleInstance::failed);
    QElapsedTimer timer;
    timer.start();
    launchB.start({QStringLiteral("x")}, QDir::currentPath());
    QVERIFY(failed.wait(5000));
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(launchB.role(), SingleInstance::Role::Standalone);
    QVERIFY(silent.isListening()); // a live instance's socket is never removed
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
