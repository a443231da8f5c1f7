#pragma once

#include "accountsession.h"
#include "net/connectionmonitor.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace wharf {
class AccountStore;
}

namespace wharf::auth {

// Keeps one AccountSession and one ConnectionMonitor per account of an AccountStore, created
// and dropped as accounts come and go. Stored tokens are loaded when a session is created.
class SessionRegistry : public QObject
{
    Q_OBJECT
public:
    SessionRegistry(AccountStore *accounts,
                    CredentialStore *credentials,
                    QObject *parent = nullptr);

    AccountStore *accounts() const { return m_accounts; }
    CredentialStore *credentials() const { return m_credentials; }
    AccountSession *session(const QString &accountId) const;
    net::ConnectionMonitor *monitor(const QString &accountId) const;
    // The identity last fetched for the account (empty until signed in).
    Identity identity(const QString &accountId) const { return m_identities.value(accountId); }
    bool isSignedIn(const QString &accountId) const;

    // "Retry now" for the account's connection.
    void retryConnection(const QString &accountId);

    // Don't start connection monitors (tests and screenshots that need a quiet network).
    void setMonitoringEnabled(bool enabled) { m_monitoring = enabled; }

Q_SIGNALS:
    void sessionAdded(const QString &accountId);
    void sessionRemoved(const QString &accountId);
    // Signed in/out, identity fetched, token rejected: anything the UI shows about an account.
    void accountStateChanged(const QString &accountId);
    void connectionStateChanged(const QString &accountId, net::ConnectionMonitor::State state);
    // Either of the two above: whatever a view of the account shows may have changed.
    void accountDisplayChanged(const QString &accountId);

private:
    void addSession(const QString &accountId);
    void removeSession(const QString &accountId);
    void refreshIdentity(const QString &accountId);

    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    QHash<QString, AccountSession *> m_sessions;
    QHash<QString, net::ConnectionMonitor *> m_monitors;
    QHash<QString, Identity> m_identities;
    QSet<QString> m_fetching; // identity requests in flight: never two for one account
    bool m_monitoring = true;
};

} // namespace wharf::auth
