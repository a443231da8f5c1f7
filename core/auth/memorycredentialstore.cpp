#include "memorycredentialstore.h"

namespace wharf::auth {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

QString MemoryCredentialStore::label() const
{
    return tr("sandbox (in memory)");
}

bool MemoryCredentialStore::failSimulated(const Done &done) const
{
    if (!m_simulatedError.isError())
        return false;
    CredentialResult result;
    result.error = m_simulatedError;
    done(result);
    return true;
}

void MemoryCredentialStore::doRead(const QString &accountId, Done done)
{
    if (failSimulated(done))
        return;
    CredentialResult result;
    const auto it = m_entries.constFind(accountId);
    if (it == m_entries.cend()) {
        result.error = CredentialError::make(CredentialError::Kind::NotFound,
                                             tr("No saved credentials for this account."));
    } else {
        result.secrets = *it;
    }
    done(result);
}

void MemoryCredentialStore::doWrite(const QString &accountId, const Secrets &secrets, Done done)
{
    if (failSimulated(done))
        return;
    m_entries.insert(accountId, secrets);
    done({});
}

void MemoryCredentialStore::doRemove(const QString &accountId, Done done)
{
    if (failSimulated(done))
        return;
    m_entries.remove(accountId);
    done({});
}

void MemoryCredentialStore::doRemoveAll(Done done)
{
    if (failSimulated(done))
        return;
    m_entries.clear();
    done({});
}

} // namespace wharf::auth
