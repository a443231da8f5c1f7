#include "accounts/accountstore.h"
#include "auth/keychaincredentialstore.h"
#include "auth/secretblob.h"
#include "keychainchild.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wharf;
using namespace wharf::auth;

// KeychainCredentialStore against a real Secret Service (gnome-keyring in the private D-Bus
// session scripts/test starts), and against a session that has none.
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void writeReadUpdateRemove();
    void chunkedRoundTrip();
    void readWithoutSettingsRecord();
    void operationsRunInOrder();
    void removeAll();
    void accountRemovalDeletesKeychainItem();
    void noKeychain_data();
    void noKeychain();
    void lateSecretService();

private:
    int itemsInKeychain(const QString &key) const;
    CredentialResult run(CredentialJob *job);

    QString m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainCredentialStore> m_store;
};

namespace {

const QString kMarker = QStringLiteral("WHARF-SECRET");

Secrets secrets(const QString &tag, int padding = 0)
{
    // Every test secret carries the marker the suite's leak check searches for.
    return {{QStringLiteral("access_token"), kMarker + QStringLiteral("-kc-access-") + tag},
            {QStringLiteral("refresh_token"),
             kMarker + QStringLiteral("-kc-refresh-") + tag + QString(padding, QLatin1Char('r'))}};
}

QString newAccountId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Plain method calls rather than QDBusInterface, which introspects and caches per interface.
QDBusMessage callSecretService(const QString &path,
                               const QString &interface,
                               const QString &method,
                               const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), path, interface, method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
}

bool fileContainsMarker(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(kMarker.toUtf8());
}

} // namespace

void TestKeychain::initTestCase()
{
    // Without a private bus, GDBus would autolaunch one and a locked keyring would open an
    // unlock prompt that never gets an answer: refuse early instead of hanging.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no session bus: run under dbus-run-session with an unlocked gnome-keyring "
              "(scripts/test does this)");
    qDBusRegisterMetaType<QMap<QString, QString>>();
    const QDBusMessage alias = callSecretService(QStringLiteral("/org/freedesktop/secrets"),
                                                 QStringLiteral("org.freedesktop.Secret.Service"),
                                                 QStringLiteral("ReadAlias"),
                                                 {QStringLiteral("default")});
    QVERIFY2(alias.type() == QDBusMessage::ReplyMessage,
             qPrintable(QStringLiteral("no Secret Service on the bus: ") + alias.errorMessage()));
    const QString collection = alias.arguments().value(0).value<QDBusObjectPath>().path();
    QVERIFY2(!collection.isEmpty() && collection != QLatin1String("/"),
             "the Secret Service has no default keyring");
    const QDBusMessage locked = callSecretService(
        collection,
        QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"),
        {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
    QVERIFY2(!locked.arguments().value(0).value<QDBusVariant>().variant().toBool(),
             "the default keyring is locked: start gnome-keyring-daemon with --unlock");
    m_service = QStringLiteral("org.wharf.Wharf.test-%1")
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void TestKeychain::init()
{
    // Under HOME, so that the suite's leak check would see anything left behind.
    m_dir = std::make_unique<QTemporaryDir>(QDir::homePath() + QStringLiteral("/wharf-kc-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("wharf.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<KeychainCredentialStore>(m_settings.get());
    m_store->setServiceName(m_service);
    m_store->setRetryDelay(std::chrono::milliseconds(50));
}

void TestKeychain::cleanup()
{
    if (m_store)
        run(m_store->removeAll());
    m_store.reset();
    m_settings.reset();
    const QString ini = m_dir->filePath(QStringLiteral("wharf.ini"));
    QVERIFY2(!fileContainsMarker(ini), "a secret reached the settings file");
    m_dir.reset();
}

void TestKeychain::cleanupTestCase()
{
    if (m_service.isEmpty())
        return;
    // Each test removes what it wrote; nothing of this run may stay in the keyring.
    QCOMPARE(itemsInKeychain(QString()), 0);
}

CredentialResult TestKeychain::run(CredentialJob *job)
{
    std::unique_ptr<CredentialJob> owned(job);
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!job->isFinished() && !spy.wait(20000))
        return {{}, CredentialError::make(CredentialError::Kind::Other, QStringLiteral("timeout"))};
    return job->result();
}

// Items this run's service holds under `key` (all of them for an empty key), asked from the
// Secret Service itself rather than through QtKeychain. Only paths are fetched, never secrets.
int TestKeychain::itemsInKeychain(const QString &key) const
{
    QMap<QString, QString> attributes {{QStringLiteral("server"), m_service}};
    if (!key.isEmpty())
        attributes.insert(QStringLiteral("user"), key);
    const QDBusMessage reply = callSecretService(QStringLiteral("/org/freedesktop/secrets"),
                                                 QStringLiteral("org.freedesktop.Secret.Service"),
                                                 QStringLiteral("SearchItems"),
                                                 {QVariant::fromValue(attributes)});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return -1;
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    return int(unlocked.size() + locked.size());
}

void TestKeychain::writeReadUpdateRemove()
{
    const QString id = newAccountId();
    const QString key = KeychainCredentialStore::keyForAccount(id);
    QCOMPARE(run(m_store->read(id)).error.kind, CredentialError::Kind::NotFound);
    QCOMPARE(itemsInKeychain(key), 0);

    const CredentialResult written = run(m_store->write(id, secrets(QStringLiteral("v1"))));
    QVERIFY2(written.ok(), qPrintable(written.error.message));
    QCOMPARE(itemsInKeychain(key), 1);
    QCOMPARE(m_store->knownKeys(), QStringList {key});
    QCOMPARE(m_store->recordedChunks(key), 1);
    CredentialResult read = run(m_store->read(id));
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    QVERIFY2(read.secrets == secrets(QStringLiteral("v1")), "read back other secrets");

    // An update replaces the one entry; it does not add a second item.
    QVERIFY(run(m_store->write(id, secrets(QStringLiteral("v2")))).ok());
    QCOMPARE(itemsInKeychain(key), 1);
    read = run(m_store->read(id));
    QVERIFY(read.ok());
    QVERIFY2(read.secrets == secrets(QStringLiteral("v2")), "the update was not stored");

    QVERIFY(run(m_store->remove(id)).ok());
    QCOMPARE(itemsInKeychain(key), 0);
    QVERIFY(m_store->knownKeys().isEmpty());
    QCOMPARE(run(m_store->read(id)).error.kind, CredentialError::Kind::NotFound);
    QVERIFY(run(m_store->remove(id)).ok()); // nothing left to delete is fine
}

void TestKeychain::chunkedRoundTrip()
{
    const QString id = newAccountId();
    const QString key = KeychainCredentialStore::keyForAccount(id);
    m_store->setChunkSize(40);
    const Secrets big = secrets(QStringLiteral("big"), 200);
    const int parts = int(splitIntoChunks(serializeSecrets(big), 40).size());
    QVERIFY(parts >= 6);
    QVERIFY(run(m_store->write(id, big)).ok());
    QCOMPARE(m_store->recordedChunks(key), parts);
    for (int i = 0; i < parts; ++i)
        QCOMPARE(itemsInKeychain(chunkKey(key, i)), 1);
    QCOMPARE(itemsInKeychain(chunkKey(key, parts)), 0);
    CredentialResult read = run(m_store->read(id));
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    QVERIFY2(read.secrets == big, "chunked secrets differ");

    // A shorter blob deletes the parts it no longer needs, so reads never join stale parts.
    const Secrets small = secrets(QStringLiteral("s"));
    const int fewer = int(splitIntoChunks(serializeSecrets(small), 40).size());
    QVERIFY(fewer < parts);
    QVERIFY(run(m_store->write(id, small)).ok());
    QCOMPARE(m_store->recordedChunks(key), fewer);
    QCOMPARE(itemsInKeychain(chunkKey(key, fewer)), 0);
    QCOMPARE(itemsInKeychain(chunkKey(key, parts - 1)), 0);
    read = run(m_store->read(id));
    QVERIFY(read.ok());
    QVERIFY2(read.secrets == small, "stale parts were read back");

    QVERIFY(run(m_store->write(id, big)).ok());
    QVERIFY(run(m_store->remove(id)).ok());
    QCOMPARE(itemsInKeychain(QString()), 0);
    QVERIFY(m_store->knownKeys().isEmpty());
}

void TestKeychain::readWithoutSettingsRecord()
{
    const QString id = newAccountId();
    const QString key = KeychainCredentialStore::keyForAccount(id);
    QVERIFY(run(m_store->write(id, secrets(QStringLiteral("lost")))).ok());
    m_settings->remove(QStringLiteral("credentials/known"));
    QVERIFY(m_store->knownKeys().isEmpty());
    const CredentialResult read = run(m_store->read(id));
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    QVERIFY(read.secrets == secrets(QStringLiteral("lost")));
    // Re-recorded, so removal can find it again.
    QCOMPARE(m_store->knownKeys(), QStringList {key});
}

void TestKeychain::operationsRunInOrder()
{
    const QString id = newAccountId();
    // Started back to back without waiting: each must see the effect of the one before.
    CredentialJob *write = m_store->write(id, secrets(QStringLiteral("o")));
    CredentialJob *read = m_store->read(id);
    CredentialJob *remove = m_store->remove(id);
    CredentialJob *readAgain = m_store->read(id);
    QVERIFY(run(write).ok());
    const CredentialResult first = run(read);
    QVERIFY2(first.ok() && first.secrets == secrets(QStringLiteral("o")), "read overtook write");
    QVERIFY(run(remove).ok());
    QCOMPARE(run(readAgain).error.kind, CredentialError::Kind::NotFound);
}

void TestKeychain::removeAll()
{
    const QString a = newAccountId();
    const QString b = newAccountId();
    QVERIFY(run(m_store->write(a, secrets(QStringLiteral("a")))).ok());
    m_store->setChunkSize(30);
    QVERIFY(run(m_store->write(b, secrets(QStringLiteral("b"), 100))).ok());
    QVERIFY(itemsInKeychain(QString()) > 2);
    QCOMPARE(m_store->knownKeys().size(), 2);
    QVERIFY(run(m_store->removeAll()).ok());
    QCOMPARE(itemsInKeychain(QString()), 0);
    QVERIFY(m_store->knownKeys().isEmpty());
}

void TestKeychain::accountRemovalDeletesKeychainItem()
{
    AccountStore accounts(m_settings.get(), m_store.get());
    Account input;
    input.displayName = QStringLiteral("Keychain");
    input.serverUrl = QUrl(QStringLiteral("https://ivcap.example.org"));
    input.kind = PlatformKind::Ivcap;
    const std::optional<Account> account = accounts.add(input);
    QVERIFY(account);
    QVERIFY(run(m_store->write(account->id, secrets(QStringLiteral("acct")))).ok());
    const QString key = KeychainCredentialStore::keyForAccount(account->id);
    QCOMPARE(itemsInKeychain(key), 1);
    QSignalSpy removed(&accounts, &AccountStore::secretsRemoved);
    QVERIFY(accounts.remove(account->id));
    QVERIFY(removed.wait(20000));
    QVERIFY2(!removed.at(0).at(1).value<CredentialError>().isError(),
             qPrintable(removed.at(0).at(1).value<CredentialError>().message));
    QCOMPARE(itemsInKeychain(key), 0);
    QVERIFY(m_store->knownKeys().isEmpty());
}

void TestKeychain::noKeychain_data()
{
    QTest::addColumn<bool>("privateBus");
    QTest::addColumn<QString>("desktop");
    QTest::newRow("bus without Secret Service") << true << QString();
    QTest::newRow("KDE session without KWallet") << true << QStringLiteral("KDE");
    QTest::newRow("no session bus") << false << QString();
}

void TestKeychain::noKeychain()
{
    QFETCH(bool, privateBus);
    QFETCH(QString, desktop);
    QTemporaryDir home;
    QTemporaryDir runtime;
    QVERIFY(home.isValid() && runtime.isValid());
    QProcessEnvironment env = keychainChildEnvironment(home.path(), runtime.path(), m_service, 100);
    if (!desktop.isEmpty()) {
        env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), desktop);
        env.insert(QStringLiteral("KDE_SESSION_VERSION"), QStringLiteral("5"));
    }
    const QString config = writeIsolatedBusConfig(runtime.path());
    QVERIFY(!config.isEmpty());

    QProcess child;
    child.setProcessEnvironment(env);
    const QString self = QCoreApplication::applicationFilePath();
    if (privateBus)
        child.start(QStringLiteral("dbus-run-session"),
                    {QStringLiteral("--config-file=") + config, QStringLiteral("--"), self});
    else
        child.start(self, {});
    QVERIFY2(child.waitForFinished(40000), "the child did not finish");
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(out + err));

    QVERIFY2(out.contains(QLatin1String("write=no-keychain\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("message=No system keychain is available (")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("will not store secrets in plain text")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("read=no-keychain\n")), qPrintable(out));
    // The first failure is retried once (the Secret Service may just be starting), later
    // operations are not kept waiting once the retry failed too.
    QCOMPARE(err.count(QLatin1String("retrying")), 1);
    QVERIFY(!out.contains(kMarker) && !err.contains(kMarker));

    // Nothing at all was written: no settings file, no fallback store, no cache.
    const QStringList written = filesUnder(home.path());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
    for (const QString &file : filesUnder(runtime.path()))
        QVERIFY2(!fileContainsMarker(file), qPrintable(file));
}

void TestKeychain::lateSecretService()
{
    // Pitfall 1: at login the Secret Service may come up after Wharf. The child's first write
    // fails; the keyring is started once the child says it will retry; the retry succeeds.
    QTemporaryDir home;
    QTemporaryDir runtime;
    QVERIFY(home.isValid() && runtime.isValid());
    const QString config = writeIsolatedBusConfig(runtime.path());
    QVERIFY(!config.isEmpty());
    const QString errFile = runtime.filePath(QStringLiteral("child.err"));
    const QString script = QStringLiteral(
        "\"$0\" 2>\"$1\" & pid=$!\n"
        "while ! grep -q retrying \"$1\"; do kill -0 $pid 2>/dev/null || break; sleep 0.05; done\n"
        "printf %s late | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n"
        "wait $pid; rc=$?; cat \"$1\" >&2; exit $rc\n");
    QProcess child;
    child.setProcessEnvironment(
        keychainChildEnvironment(home.path(), runtime.path(), m_service, 4000));
    child.start(QStringLiteral("dbus-run-session"),
                {QStringLiteral("--config-file=") + config,
                 QStringLiteral("--"),
                 QStringLiteral("sh"),
                 QStringLiteral("-c"),
                 script,
                 QCoreApplication::applicationFilePath(),
                 errFile});
    QVERIFY2(child.waitForFinished(40000), "the child did not finish");
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitCode() == 0, qPrintable(out + err));
    QCOMPARE(err.count(QLatin1String("retrying")), 1);
    QVERIFY2(out.contains(QLatin1String("write=none\n")), qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("read=none\n")), qPrintable(out + err));
    QVERIFY(!out.contains(kMarker) && !err.contains(kMarker));
    // Only the keyring (encrypted) and the known-keys record were written.
    for (const QString &file : filesUnder(home.path()))
        QVERIFY2(!fileContainsMarker(file), qPrintable(file));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("WHARF_KEYCHAIN_CHILD"))
        return runKeychainChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
