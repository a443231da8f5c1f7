#pragma once

#include "credentialstore.h"

#include <QHash>

namespace wharf::auth {

// Keeps secrets in this process only: for the sandbox and for hosts without a keychain, where
// the user signs in again next time rather than having secrets written to disk.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    QString label() const override;

    // While set, every operation fails with this error (for testing error paths in the UI).
    void setSimulatedError(const CredentialError &error) { m_simulatedError = error; }
    // Synchronous peek for tests and diagnostics.
    bool contains(const QString &accountId) const { return m_entries.contains(accountId); }
    int count() const { return int(m_entries.size()); }

protected:
    void doRead(const QString &accountId, Done done) override;
    void doWrite(const QString &accountId, const Secrets &secrets, Done done) override;
    void doRemove(const QString &accountId, Done done) override;
    void doRemoveAll(Done done) override;

private:
    bool failSimulated(const Done &done) const;

    QHash<QString, Secrets> m_entries;
    CredentialError m_simulatedError;
};

} // namespace wharf::auth
