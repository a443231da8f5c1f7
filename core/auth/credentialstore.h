#pragma once

#include <QLoggingCategory>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

namespace wharf::auth {

// An account's named secrets ("access_token", "refresh_token", "password", ...), kept together
// as one keychain entry so the OS asks the user at most once per account.
using Secrets = QMap<QString, QString>;

// Why a credential operation failed, as a value.
struct CredentialError
{
    enum class Kind {
        None,
        NoKeychain, // no usable keychain on this host (no Secret Service, no KWallet, ...)
        Denied, // the user refused, or the keychain is locked
        NotFound, // nothing stored for this account
        Other,
    };

    Kind kind = Kind::None;
    QString message; // translated, ready for a dialog or the CLI; never contains a secret

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    static CredentialError make(Kind kind, QString message);
    static QString kindName(Kind kind); // stable English id for logs and tests ("no-keychain")
};

// What a finished CredentialJob hands back. `secrets` is only filled by a successful read.
struct CredentialResult
{
    Secrets secrets;
    CredentialError error;

    bool ok() const { return !error.isError(); }
};

// One credential operation in flight, in the same style as net::ApiCall: owned by whoever
// started it; deleting it drops the result silently (the keychain operation itself still runs
// to its end so that a multi-part entry is never left half written). finished() is always
// emitted from the event loop, never from inside the call that created the job.
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove, RemoveAll };

    Operation operation() const { return m_operation; }
    QString accountId() const { return m_accountId; } // empty for RemoveAll
    bool isFinished() const { return m_finished; }
    const CredentialResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const wharf::auth::CredentialResult &result);

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, QString accountId, QObject *parent);
    void finish(const CredentialResult &result);

    Operation m_operation;
    QString m_accountId;
    CredentialResult m_result;
    bool m_finished = false;
};

// Facade over wherever account secrets live (system keychain, or memory for the sandbox).
// All operations are asynchronous and never block or spin a nested event loop.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // Where secrets go, for the UI and `wharf-cli` ("system keychain", "sandbox (in memory)").
    virtual QString label() const = 0;

    // Reads all secrets of the account; NotFound if none were stored.
    CredentialJob *read(const QString &accountId, QObject *parent = nullptr);
    // Replaces all secrets of the account with `secrets`.
    CredentialJob *
    write(const QString &accountId, const Secrets &secrets, QObject *parent = nullptr);
    // Deletes the account's secrets. Succeeds when there was nothing to delete.
    CredentialJob *remove(const QString &accountId, QObject *parent = nullptr);
    // Deletes every entry this store knows it wrote ("forget all").
    CredentialJob *removeAll(QObject *parent = nullptr);

    // Account ids become part of keychain keys: only letters, digits, '-', '_', '{', '}'.
    static bool isValidAccountId(const QString &accountId);

protected:
    // Implementations call `done` exactly once, from any point later or right away.
    virtual void doRead(const QString &accountId, Done done) = 0;
    virtual void doWrite(const QString &accountId, const Secrets &secrets, Done done) = 0;
    virtual void doRemove(const QString &accountId, Done done) = 0;
    virtual void doRemoveAll(Done done) = 0;

private:
    CredentialJob *start(CredentialJob::Operation operation,
                         const QString &accountId,
                         QObject *parent,
                         Done *done);
};

} // namespace wharf::auth

Q_DECLARE_METATYPE(wharf::auth::CredentialError)
Q_DECLARE_METATYPE(wharf::auth::CredentialResult)
