#include "auth/keychainbackend.h"
#include "auth/keychaincredentialstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/secretblob.h"

#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace wharf::auth;

// The credential-store contract as seen through the in-memory store, the keychain entry format
// and the mapping of QtKeychain errors. The real keychain is covered by tst_keychain.
class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void label();
    void writeReadRemove();
    void finishesFromTheEventLoop();
    void deletedJobIsNeverDelivered();
    void invalidAccountIds_data();
    void invalidAccountIds();
    void simulatedError();
    void blobRoundTrip();
    void blobRejectsForeignData_data();
    void blobRejectsForeignData();
    void chunking();
    void keychainErrors_data();
    void keychainErrors();
};

namespace {

// Secrets in tests all carry this marker, which the suite's leak check looks for on disk and
// in the logs afterwards.
const Secrets kSecrets {{QStringLiteral("access_token"), QStringLiteral("WHARF-SECRET-unit-a1")},
                        {QStringLiteral("refresh_token"), QStringLiteral("WHARF-SECRET-unit-r1")}};

CredentialResult waitFor(CredentialJob *job)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    if (!job->isFinished())
        spy.wait(5000);
    return job->result();
}

} // namespace

void TestCredentialStore::label()
{
    MemoryCredentialStore memory;
    QVERIFY(memory.label().contains(QLatin1String("sandbox")));
    KeychainCredentialStore keychain(nullptr);
    QCOMPARE(keychain.label(), QStringLiteral("system keychain"));
    QCOMPARE(keychain.serviceName(), QStringLiteral("org.wharf.Wharf"));
}

void TestCredentialStore::writeReadRemove()
{
    MemoryCredentialStore store;
    std::unique_ptr<CredentialJob> miss(store.read(QStringLiteral("acc-1")));
    QCOMPARE(waitFor(miss.get()).error.kind, CredentialError::Kind::NotFound);
    QVERIFY(!miss->result().error.message.isEmpty());

    std::unique_ptr<CredentialJob> write(store.write(QStringLiteral("acc-1"), kSecrets));
    QVERIFY(waitFor(write.get()).ok());
    QCOMPARE(write->operation(), CredentialJob::Operation::Write);
    QCOMPARE(write->accountId(), QStringLiteral("acc-1"));

    std::unique_ptr<CredentialJob> read(store.read(QStringLiteral("acc-1")));
    const CredentialResult result = waitFor(read.get());
    QVERIFY(result.ok());
    QVERIFY2(result.secrets == kSecrets, "secrets differ"); // never print secret values

    std::unique_ptr<CredentialJob> remove(store.remove(QStringLiteral("acc-1")));
    QVERIFY(waitFor(remove.get()).ok());
    QVERIFY(!store.contains(QStringLiteral("acc-1")));
    // Removing again is not an error: "gone" is what the caller wanted.
    std::unique_ptr<CredentialJob> again(store.remove(QStringLiteral("acc-1")));
    QVERIFY(waitFor(again.get()).ok());

    std::unique_ptr<CredentialJob> a(store.write(QStringLiteral("a"), kSecrets));
    std::unique_ptr<CredentialJob> b(store.write(QStringLiteral("b"), kSecrets));
    QVERIFY(waitFor(a.get()).ok() && waitFor(b.get()).ok());
    QCOMPARE(store.count(), 2);
    std::unique_ptr<CredentialJob> all(store.removeAll());
    QVERIFY(waitFor(all.get()).ok());
    QCOMPARE(store.count(), 0);
}

void TestCredentialStore::finishesFromTheEventLoop()
{
    MemoryCredentialStore store;
    QObject owner;
    CredentialJob *job = store.write(QStringLiteral("acc"), kSecrets, &owner);
    QCOMPARE(job->parent(), &owner);
    // Connecting after the call must not miss the result.
    QSignalSpy spy(job, &CredentialJob::finished);
    QVERIFY(!job->isFinished());
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QVERIFY(job->isFinished());
    QVERIFY(!spy.at(0).at(0).value<CredentialResult>().error.isError());
}

void TestCredentialStore::deletedJobIsNeverDelivered()
{
    MemoryCredentialStore store;
    bool called = false;
    auto *job = store.write(QStringLiteral("acc"), kSecrets);
    connect(job, &CredentialJob::finished, this, [&] { called = true; });
    delete job; // cancels delivery; the write itself already happened
    std::unique_ptr<CredentialJob> read(store.read(QStringLiteral("acc")));
    QVERIFY(waitFor(read.get()).ok());
    QVERIFY(!called);
}

void TestCredentialStore::invalidAccountIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("slash") << "a/b";
    QTest::newRow("dot collides with chunk keys") << "a.1";
    QTest::newRow("backslash") << "a\\b";
    QTest::newRow("space") << "a b";
    QTest::newRow("too long") << QString(129, QLatin1Char('x'));
}

void TestCredentialStore::invalidAccountIds()
{
    QFETCH(QString, id);
    QVERIFY(!CredentialStore::isValidAccountId(id));
    MemoryCredentialStore store;
    std::unique_ptr<CredentialJob> job(store.write(id, kSecrets));
    QCOMPARE(waitFor(job.get()).error.kind, CredentialError::Kind::Other);
    QCOMPARE(store.count(), 0);
    QVERIFY(CredentialStore::isValidAccountId(
        QStringLiteral("{0f8fad5b-d9cb-469f-a165-70867728950e}")));
}

void TestCredentialStore::simulatedError()
{
    MemoryCredentialStore store;
    store.setSimulatedError(
        CredentialError::make(CredentialError::Kind::Denied, QStringLiteral("no")));
    std::unique_ptr<CredentialJob> job(store.write(QStringLiteral("acc"), kSecrets));
    const CredentialResult result = waitFor(job.get());
    QCOMPARE(result.error.kind, CredentialError::Kind::Denied);
    QCOMPARE(result.error.message, QStringLiteral("no"));
    QVERIFY(!store.contains(QStringLiteral("acc")));
}

void TestCredentialStore::blobRoundTrip()
{
    Secrets parsed;
    QVERIFY(parseSecrets(serializeSecrets(kSecrets), &parsed));
    QVERIFY(parsed == kSecrets);
    const Secrets awkward {{QStringLiteral("pw"), QStringLiteral("ä\"\\\n{}€ WHARF-SECRET-x")}};
    QVERIFY(parseSecrets(serializeSecrets(awkward), &parsed));
    QVERIFY(parsed == awkward);
    QVERIFY(parseSecrets(serializeSecrets({}), &parsed));
    QVERIFY(parsed.isEmpty());
}

void TestCredentialStore::blobRejectsForeignData_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain token") << QByteArray("eyJhbGciOi");
    QTest::newRow("truncated") << serializeSecrets(kSecrets).chopped(3);
    QTest::newRow("newer version") << QByteArray(R"({"v":2,"secrets":{}})");
    QTest::newRow("no version") << QByteArray(R"({"secrets":{}})");
    QTest::newRow("non-string value") << QByteArray(R"({"v":1,"secrets":{"a":1}})");
    QTest::newRow("array") << QByteArray("[1]");
}

void TestCredentialStore::blobRejectsForeignData()
{
    QFETCH(QByteArray, blob);
    Secrets parsed {{QStringLiteral("keep"), QStringLiteral("me")}};
    QVERIFY(!parseSecrets(blob, &parsed));
    QCOMPARE(parsed.value(QStringLiteral("keep")), QStringLiteral("me")); // untouched on failure
}

void TestCredentialStore::chunking()
{
    const QByteArray blob = serializeSecrets(kSecrets);
    QCOMPARE(splitIntoChunks(blob, 0), QList<QByteArray> {blob});
    QCOMPARE(splitIntoChunks(blob, int(blob.size())), QList<QByteArray> {blob});
    QCOMPARE(splitIntoChunks(QByteArray(), 10), QList<QByteArray> {QByteArray()});
    const QList<QByteArray> parts = splitIntoChunks(blob, 7);
    QCOMPARE(parts.size(), (blob.size() + 6) / 7);
    QByteArray joined;
    for (const QByteArray &part : parts) {
        QVERIFY(part.size() <= 7 && !part.isEmpty());
        joined += part;
    }
    QCOMPARE(joined, blob);
    QCOMPARE(chunkKey(QStringLiteral("account/x"), 0), QStringLiteral("account/x"));
    QCOMPARE(chunkKey(QStringLiteral("account/x"), 2), QStringLiteral("account/x.2"));
    QCOMPARE(KeychainCredentialStore::keyForAccount(QStringLiteral("x")),
             QStringLiteral("account/x"));
}

void TestCredentialStore::keychainErrors_data()
{
    using K = CredentialError::Kind;
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<K>("kind");
    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << K::None;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << "x" << K::NotFound;
    QTest::newRow("user denied") << int(QKeychain::AccessDeniedByUser) << "x" << K::Denied;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << "x" << K::Denied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << "x" << K::NoKeychain;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << "x" << K::NoKeychain;
    QTest::newRow("no secret service")
        << int(QKeychain::OtherError)
        << "The name org.freedesktop.secrets was not provided by any .service files"
        << K::NoKeychain;
    QTest::newRow("no bus") << int(QKeychain::OtherError)
                            << "Cannot autolaunch D-Bus without X11 $DISPLAY" << K::NoKeychain;
    QTest::newRow("no libsecret") << int(QKeychain::OtherError) << "Unknown error" << K::NoKeychain;
    QTest::newRow("no kwallet") << int(
        QKeychain::OtherError) << "Could not open wallet: org.freedesktop.DBus.Error.ServiceUnknown"
                                << K::NoKeychain;
    QTest::newRow("locked")
        << int(QKeychain::OtherError)
        << "Object does not exist at path /org/freedesktop/secrets/collection/login" << K::Denied;
    QTest::newRow("other") << int(QKeychain::OtherError) << "disk full" << K::Other;
    QTest::newRow("cannot delete") << int(QKeychain::CouldNotDeleteEntry) << "x" << K::Other;
}

void TestCredentialStore::keychainErrors()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(CredentialError::Kind, kind);
    const CredentialError error = KeychainBackend::errorFromKeychain(code, message);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.message.isEmpty(), kind == CredentialError::Kind::None);
    if (kind == CredentialError::Kind::NoKeychain) {
        QVERIFY2(error.message.startsWith(QLatin1String("No system keychain is available (")),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(QLatin1String("will not store secrets in plain text")));
    }
    if (kind != CredentialError::Kind::None && kind != CredentialError::Kind::NotFound)
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
