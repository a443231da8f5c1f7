#pragma once

#include "account.h"
#include "auth/credentialstore.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace wharf {

// The user's accounts, persisted in QSettings (group "accounts", one subgroup per id, never a
// secret). Removing an account also deletes its secrets from the credential store.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // Neither is owned. settings == nullptr: the application's default QSettings.
    // credentials may be nullptr (then removal touches no secrets).
    explicit AccountStore(QSettings *settings = nullptr,
                          auth::CredentialStore *credentials = nullptr,
                          QObject *parent = nullptr);

    auth::CredentialStore *credentials() const { return m_credentials; }

    // In the order they were added.
    const QList<Account> &accounts() const { return m_accounts; }
    int count() const { return int(m_accounts.size()); }
    int indexOf(const QString &id) const;
    std::optional<Account> findById(const QString &id) const;
    // Display names are unique ignoring case, so this finds at most one.
    std::optional<Account> findByName(const QString &name) const;
    // What the CLI accepts after --account: an id or a display name.
    std::optional<Account> find(const QString &idOrName) const;

    // Normalises and validates, gives the account a new id if it has none, saves it and
    // emits accountAdded. Returns the account as stored, or nullopt and a translated reason.
    std::optional<Account> add(const Account &account, QString *error = nullptr);
    // Replaces the stored account with the same id; emits accountChanged if anything changed.
    bool update(const Account &account, QString *error = nullptr);
    // Forgets the account (accountRemoved), then deletes its secrets (secretsRemoved).
    bool remove(const QString &id);

Q_SIGNALS:
    void accountAdded(const QString &id);
    void accountChanged(const QString &id);
    void accountRemoved(const QString &id);
    // The credential store finished deleting a removed account's secrets.
    void secretsRemoved(const QString &id, const wharf::auth::CredentialError &error);

private:
    void load();
    void save(const Account &account, qint64 created);
    QString checkUnique(const Account &account) const;

    QSettings *m_settings;
    auth::CredentialStore *m_credentials;
    QList<Account> m_accounts;
};

} // namespace wharf
