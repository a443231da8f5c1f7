#include "credentialstore.h"

#include <QPointer>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcCredentials, "wharf.credentials", QtInfoMsg)

namespace wharf::auth {

CredentialError CredentialError::make(Kind kind, QString message)
{
    CredentialError error;
    error.kind = kind;
    error.message = std::move(message);
    return error;
}

QString CredentialError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NoKeychain:
        return QStringLiteral("no-keychain");
    case Kind::Denied:
        return QStringLiteral("denied");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

CredentialJob::CredentialJob(Operation operation, QString accountId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_accountId(std::move(accountId))
{ }

void CredentialJob::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
}

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

bool CredentialStore::isValidAccountId(const QString &accountId)
{
    // '.' is excluded because chunked entries use "<key>.1", "<key>.2", ...; '/' and '\\'
    // because QSettings treats them as group separators in the known-keys mirror.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_{}-]{1,128}$"));
    return allowed.match(accountId).hasMatch();
}

CredentialJob *CredentialStore::start(CredentialJob::Operation operation,
                                      const QString &accountId,
                                      QObject *parent,
                                      Done *done)
{
    auto *job = new CredentialJob(operation, accountId, parent);
    // Delivery is always queued and guarded: callers connect after the call returns, and a
    // caller that deleted its job must not be called back.
    *done = [job = QPointer<CredentialJob>(job)](const CredentialResult &result) {
        if (!job)
            return;
        QMetaObject::invokeMethod(
            job.data(), [job, result] { job->finish(result); }, Qt::QueuedConnection);
    };
    if (operation != CredentialJob::Operation::RemoveAll && !isValidAccountId(accountId)) {
        CredentialResult invalid;
        invalid.error = CredentialError::make(
            CredentialError::Kind::Other, tr("Invalid account id \"%1\".").arg(accountId.left(64)));
        (*done)(invalid);
        *done = nullptr;
    }
    return job;
}

CredentialJob *CredentialStore::read(const QString &accountId, QObject *parent)
{
    Done done;
    CredentialJob *job = start(CredentialJob::Operation::Read, accountId, parent, &done);
    if (done)
        doRead(accountId, std::move(done));
    return job;
}

CredentialJob *
CredentialStore::write(const QString &accountId, const Secrets &secrets, QObject *parent)
{
    Done done;
    CredentialJob *job = start(CredentialJob::Operation::Write, accountId, parent, &done);
    if (done)
        doWrite(accountId, secrets, std::move(done));
    return job;
}

CredentialJob *CredentialStore::remove(const QString &accountId, QObject *parent)
{
    Done done;
    CredentialJob *job = start(CredentialJob::Operation::Remove, accountId, parent, &done);
    if (done)
        doRemove(accountId, std::move(done));
    return job;
}

CredentialJob *CredentialStore::removeAll(QObject *parent)
{
    Done done;
    CredentialJob *job = start(CredentialJob::Operation::RemoveAll, QString(), parent, &done);
    doRemoveAll(std::move(done));
    return job;
}

} // namespace wharf::auth
