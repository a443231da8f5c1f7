#include "sessionregistry.h"

#include "accounts/accountstore.h"
#include "accounts/platformprobe.h"

#include <QTimer>

namespace wharf::auth {

SessionRegistry::SessionRegistry(AccountStore *accounts,
                                 CredentialStore *credentials,
                                 QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
{
    connect(
        this, &SessionRegistry::accountStateChanged, this, &SessionRegistry::accountDisplayChanged);
    connect(this,
            &SessionRegistry::connectionStateChanged,
            this,
            &SessionRegistry::accountDisplayChanged);
    connect(accounts, &AccountStore::accountChanged, this, &SessionRegistry::accountDisplayChanged);
    connect(accounts, &AccountStore::accountAdded, this, &SessionRegistry::addSession);
    connect(accounts, &AccountStore::accountRemoved, this, &SessionRegistry::removeSession);
    connect(accounts, &AccountStore::accountChanged, this, [this](const QString &id) {
        removeSession(id);
        addSession(id);
    });
    // Deferred so that callers can connect to sessionAdded and set options first.
    QTimer::singleShot(0, this, [this] {
        for (const Account &account : m_accounts->accounts()) {
            if (!m_sessions.contains(account.id))
                addSession(account.id);
        }
    });
}

AccountSession *SessionRegistry::session(const QString &accountId) const
{
    return m_sessions.value(accountId);
}

net::ConnectionMonitor *SessionRegistry::monitor(const QString &accountId) const
{
    return m_monitors.value(accountId);
}

bool SessionRegistry::isSignedIn(const QString &accountId) const
{
    const AccountSession *s = session(accountId);
    return s && s->hasToken();
}

void SessionRegistry::retryConnection(const QString &accountId)
{
    if (net::ConnectionMonitor *m = monitor(accountId))
        m->retryNow();
}

void SessionRegistry::addSession(const QString &accountId)
{
    const auto account = m_accounts->findById(accountId);
    if (!account || m_sessions.contains(accountId))
        return;
    auto *s = new AccountSession(*account, m_credentials, this);
    m_sessions.insert(accountId, s);
    auto *monitor = new net::ConnectionMonitor(s->client(), discoveryRequest(account->kind), s);
    m_monitors.insert(accountId, monitor);
    connect(monitor,
            &net::ConnectionMonitor::stateChanged,
            this,
            [this, accountId](net::ConnectionMonitor::State state) {
                Q_EMIT connectionStateChanged(accountId, state);
                // Back online: what failed while offline (identity) is fetched again.
                if (state == net::ConnectionMonitor::State::Online && isSignedIn(accountId)
                    && m_identities.value(accountId).rawReply.isEmpty()
                    && !m_fetching.contains(accountId))
                    refreshIdentity(accountId);
            });
    connect(s, &AccountSession::tokenLoaded, this, [this, accountId](const CredentialError &error) {
        if (!error)
            refreshIdentity(accountId);
        Q_EMIT accountStateChanged(accountId);
    });
    connect(s,
            &AccountSession::signedIn,
            this,
            [this, accountId](const net::ApiError &error, const CredentialError &) {
                if (!error)
                    refreshIdentity(accountId);
                Q_EMIT accountStateChanged(accountId);
            });
    connect(s, &AccountSession::signedOut, this, [this, accountId] {
        m_identities.remove(accountId);
        Q_EMIT accountStateChanged(accountId);
    });
    connect(s,
            &AccountSession::identityReady,
            this,
            [this, accountId, monitor](const Identity &identity, const net::ApiError &error) {
                m_fetching.remove(accountId);
                monitor->report(error);
                if (!error)
                    m_identities.insert(accountId, identity);
                Q_EMIT accountStateChanged(accountId);
            });
    Q_EMIT sessionAdded(accountId);
    s->loadStoredToken();
    if (m_monitoring)
        monitor->start();
}

void SessionRegistry::removeSession(const QString &accountId)
{
    AccountSession *s = m_sessions.take(accountId);
    m_monitors.remove(accountId);
    m_identities.remove(accountId);
    m_fetching.remove(accountId);
    if (!s)
        return;
    s->deleteLater();
    Q_EMIT sessionRemoved(accountId);
}

void SessionRegistry::refreshIdentity(const QString &accountId)
{
    AccountSession *s = session(accountId);
    if (!s)
        return;
    m_fetching.insert(accountId);
    s->fetchIdentity();
}

} // namespace wharf::auth
