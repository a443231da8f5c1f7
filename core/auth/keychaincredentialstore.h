#pragma once

#include "credentialstore.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <chrono>

class QSettings;

namespace wharf::auth {

class KeychainBackend;
struct KeychainReply;

// Account secrets in the OS keychain through QtKeychain (Secret Service / KWallet, macOS
// Keychain, Windows Credential Manager). Never falls back to plain text: without a working
// keychain every operation fails with CredentialError::Kind::NoKeychain.
//
// Keychains cannot be enumerated, so every key written is mirrored (with its part count, never
// its value) in QSettings under "credentials/known"; that is what lets account removal and
// removeAll() find every entry. Operations run one at a time in the order they were started,
// so a read issued after a write sees the written value.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    static QString defaultServiceName() { return QStringLiteral("org.wharf.Wharf"); }

    // `settings` holds the known-keys mirror and is not owned; nullptr = the application's
    // default QSettings.
    explicit KeychainCredentialStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    QString label() const override;

    // The keychain "service" all entries are filed under (tests use their own).
    void setServiceName(const QString &service);
    QString serviceName() const;
    // Linux: a read or write failing because the Secret Service is not up yet (common right
    // after login) is retried once after this delay (default 10 s). Zero disables the retry.
    void setRetryDelay(std::chrono::milliseconds delay);
    // Largest blob stored in one keychain item; bigger ones are split over "<key>.1", ...
    // 0 = no limit. Defaults to a size that fits Windows Credential Manager on Windows.
    void setChunkSize(int bytes) { m_chunkSize = bytes; }
    int chunkSize() const { return m_chunkSize; }

    static QString keyForAccount(const QString &accountId); // "account/<id>"
    // See KeychainBackend::serviceReachable.
    static bool serviceReachable(QString *why = nullptr);
    // Keys this store wrote and has not removed, from the settings mirror.
    QStringList knownKeys() const;
    // Number of keychain items the key's blob occupies (0 if unknown).
    int recordedChunks(const QString &key) const;

protected:
    void doRead(const QString &accountId, Done done) override;
    void doWrite(const QString &accountId, const Secrets &secrets, Done done) override;
    void doRemove(const QString &accountId, Done done) override;
    void doRemoveAll(Done done) override;

private:
    struct Pending
    {
        CredentialJob::Operation operation = CredentialJob::Operation::Read;
        QString key;
        Secrets secrets;
        Done done;
    };

    void enqueue(Pending pending);
    void startNext();
    void finishCurrent(const CredentialResult &result);

    void readChunks(const QString &key, int index, int count, QByteArray blob);
    void
    writeChunks(const QString &key, const QList<QByteArray> &chunks, int index, int previousCount);
    void deleteChunks(const QString &key,
                      int from,
                      int to,
                      std::function<void(const KeychainReply &)> then);
    void removeKeys(QStringList keys, CredentialError firstError);
    void recordChunks(const QString &key, int count);

    KeychainBackend *m_backend;
    QSettings *m_settings;
    int m_chunkSize;

    QList<Pending> m_queue;
    Pending m_current;
    bool m_busy = false;
    QElapsedTimer m_elapsed;
};

} // namespace wharf::auth
