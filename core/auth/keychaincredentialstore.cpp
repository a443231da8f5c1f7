#include "keychaincredentialstore.h"

#include "keychainbackend.h"
#include "secretblob.h"

#include <QSettings>

namespace wharf::auth {

namespace {

const QString kKnownGroup = QStringLiteral("credentials/known");
constexpr qint64 kSlowOperationMs = 3000;

int defaultChunkSize()
{
#ifdef Q_OS_WIN
    return 2048; // Credential Manager refuses blobs over 2560 bytes; keep a margin
#else
    return 0;
#endif
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QSettings *settings, QObject *parent)
    : CredentialStore(parent)
    , m_backend(new KeychainBackend(this))
    , m_settings(settings ? settings : new QSettings(this))
    , m_chunkSize(defaultChunkSize())
{
    m_backend->setService(defaultServiceName());
}

KeychainCredentialStore::~KeychainCredentialStore()
{
    // Jobs still waiting must not hang forever; the one in flight finishes in the keychain.
    const CredentialError closed = CredentialError::make(CredentialError::Kind::Other,
                                                         tr("The credential store was closed."));
    if (m_busy && m_current.done)
        m_current.done({{}, closed});
    for (const Pending &pending : std::as_const(m_queue))
        pending.done({{}, closed});
}

QString KeychainCredentialStore::label() const
{
    return tr("system keychain");
}

void KeychainCredentialStore::setServiceName(const QString &service)
{
    m_backend->setService(service);
}

QString KeychainCredentialStore::serviceName() const
{
    return m_backend->service();
}

void KeychainCredentialStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_backend->setRetryDelay(delay);
}

QString KeychainCredentialStore::keyForAccount(const QString &accountId)
{
    return QStringLiteral("account/") + accountId;
}

bool KeychainCredentialStore::serviceReachable(QString *why)
{
    return KeychainBackend::serviceReachable(why);
}

QStringList KeychainCredentialStore::knownKeys() const
{
    m_settings->beginGroup(kKnownGroup);
    QStringList keys = m_settings->allKeys();
    m_settings->endGroup();
    keys.sort();
    return keys;
}

int KeychainCredentialStore::recordedChunks(const QString &key) const
{
    return m_settings->value(kKnownGroup + QLatin1Char('/') + key, 0).toInt();
}

void KeychainCredentialStore::recordChunks(const QString &key, int count)
{
    const QString path = kKnownGroup + QLatin1Char('/') + key;
    if (count > 0)
        m_settings->setValue(path, count);
    else
        m_settings->remove(path);
    m_settings->sync(); // the CLI and the GUI may share this file
}

void KeychainCredentialStore::doRead(const QString &accountId, Done done)
{
    enqueue({CredentialJob::Operation::Read, keyForAccount(accountId), {}, std::move(done)});
}

void KeychainCredentialStore::doWrite(const QString &accountId, const Secrets &secrets, Done done)
{
    enqueue({CredentialJob::Operation::Write, keyForAccount(accountId), secrets, std::move(done)});
}

void KeychainCredentialStore::doRemove(const QString &accountId, Done done)
{
    enqueue({CredentialJob::Operation::Remove, keyForAccount(accountId), {}, std::move(done)});
}

void KeychainCredentialStore::doRemoveAll(Done done)
{
    enqueue({CredentialJob::Operation::RemoveAll, QString(), {}, std::move(done)});
}

void KeychainCredentialStore::enqueue(Pending pending)
{
    m_queue.append(std::move(pending));
    if (!m_busy)
        startNext();
}

void KeychainCredentialStore::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    m_current = m_queue.takeFirst();
    m_elapsed.start();
    const QString key = m_current.key;
    switch (m_current.operation) {
    case CredentialJob::Operation::Read:
        // Without a record the entry may still exist (settings lost): try a single part.
        readChunks(key, 0, qMax(1, recordedChunks(key)), {});
        break;
    case CredentialJob::Operation::Write: {
        const QByteArray blob = serializeSecrets(m_current.secrets);
        writeChunks(key, splitIntoChunks(blob, m_chunkSize), 0, recordedChunks(key));
        break;
    }
    case CredentialJob::Operation::Remove:
        removeKeys({key}, {});
        break;
    case CredentialJob::Operation::RemoveAll:
        removeKeys(knownKeys(), {});
        break;
    }
}

void KeychainCredentialStore::finishCurrent(const CredentialResult &result)
{
    if (m_elapsed.elapsed() > kSlowOperationMs) {
        qCWarning(lcCredentials).noquote()
            << "keychain operation on" << m_current.key << "took" << m_elapsed.elapsed() << "ms";
    }
    Done done = std::move(m_current.done);
    m_current = {};
    done(result);
    startNext();
}

void KeychainCredentialStore::readChunks(const QString &key, int index, int count, QByteArray blob)
{
    auto next = [=, this](const KeychainReply &reply) mutable {
        if (!reply.ok() && index > 0) {
            // Part 0 exists, so a missing later part means a damaged entry.
            const QString message = tr("The saved credentials are incomplete (%1); sign in "
                                       "again to replace them.")
                                        .arg(reply.message);
            return finishCurrent(
                {{}, CredentialError::make(CredentialError::Kind::Other, message)});
        }
        if (!reply.ok())
            return finishCurrent(
                {{}, KeychainBackend::errorFromKeychain(reply.error, reply.message)});
        blob += reply.data;
        if (index + 1 < count)
            return readChunks(key, index + 1, count, std::move(blob));
        CredentialResult result;
        if (!parseSecrets(blob, &result.secrets)) {
            result.error = CredentialError::make(CredentialError::Kind::Other,
                                                 tr("The saved credentials could not be read; "
                                                    "sign in again to replace them."));
        } else if (recordedChunks(key) == 0) {
            recordChunks(key, 1); // found without a record: make it removable
        }
        finishCurrent(result);
    };
    m_backend->run(KeychainBackend::Action::Read, chunkKey(key, index), {}, index == 0, next);
}

void KeychainCredentialStore::writeChunks(const QString &key,
                                          const QList<QByteArray> &chunks,
                                          int index,
                                          int previousCount)
{
    const int count = int(chunks.size());
    if (index == count) {
        // Parts of an older, longer blob would be read back as garbage: delete them. One that
        // cannot be deleted stays orphaned in the keychain but is never read.
        deleteChunks(key, count, previousCount, [=, this](const KeychainReply &reply) {
            if (!reply.ok()) {
                qCWarning(lcCredentials).noquote()
                    << "could not delete an old part of" << key << ":" << reply.message;
            }
            recordChunks(key, count);
            finishCurrent({});
        });
        return;
    }
    auto next = [=, this](const KeychainReply &reply) {
        if (!reply.ok())
            return finishCurrent(
                {{}, KeychainBackend::errorFromKeychain(reply.error, reply.message)});
        // Recorded once part 0 is in the keychain (so a failed write on a host without a
        // keychain leaves no trace), and covering old parts until they are deleted.
        if (index == 0)
            recordChunks(key, qMax(count, previousCount));
        writeChunks(key, chunks, index + 1, previousCount);
    };
    m_backend->run(
        KeychainBackend::Action::Write, chunkKey(key, index), chunks.at(index), index == 0, next);
}

void KeychainCredentialStore::deleteChunks(const QString &key,
                                           int from,
                                           int to,
                                           std::function<void(const KeychainReply &)> then)
{
    if (from >= to)
        return then({});
    auto next = [=, this](const KeychainReply &reply) {
        if (!reply.ok() && !reply.notFound())
            return then(reply);
        deleteChunks(key, from + 1, to, then);
    };
    m_backend->run(KeychainBackend::Action::Delete, chunkKey(key, from), {}, false, next);
}

void KeychainCredentialStore::removeKeys(QStringList keys, CredentialError firstError)
{
    if (keys.isEmpty())
        return finishCurrent({{}, firstError});
    const QString key = keys.takeFirst();
    const int parts = qMax(1, recordedChunks(key));
    deleteChunks(key, 0, parts, [=, this](const KeychainReply &reply) mutable {
        if (reply.ok())
            recordChunks(key, 0);
        else if (!firstError.isError()) // the record stays so a later removal finds the entry
            firstError = KeychainBackend::errorFromKeychain(reply.error, reply.message);
        removeKeys(keys, firstError);
    });
}

} // namespace wharf::auth
