#pragma once

#include "accounts/accountstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/sessionregistry.h"
#include "common/pageregistry.h"
#include "emulators.h"
#include "settings/appsettings.h"
#include "shell/appcontext.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace wharf::test {

// What a page needs from the application, for GUI tests: settings and an account store in a
// temporary folder, credentials in memory, and one account on an emulator, signed in as the
// demo user. Check ok() after constructing.
class PageFixture
{
public:
    PageFixture(PlatformKind kind, const QString &emulatorName, const QString &displayName)
        : m_accountsFile(m_dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat)
        , m_appFile(m_dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat)
        , m_settings(&m_appFile)
        , m_accounts(&m_accountsFile, &m_credentials)
    {
        Account account;
        account.displayName = displayName;
        account.serverUrl = emulator(emulatorName).url;
        account.kind = kind;
        m_accountId = m_accounts.add(account)->id;
        m_sessions = std::make_unique<auth::SessionRegistry>(&m_accounts, &m_credentials);
        m_sessions->setMonitoringEnabled(false);
        if (!QTest::qWaitFor([this] { return m_sessions->session(m_accountId) != nullptr; }))
            return;
        auth::AccountSession *s = session();
        QSignalSpy signedIn(s, &auth::AccountSession::signedIn);
        if (kind == PlatformKind::ProjectW)
            s->signInWithPassword(QStringLiteral("alice@example.test"),
                                  QStringLiteral("Alice-Password-1!"));
        else
            s->signInWithPassword(QStringLiteral("alice"), QStringLiteral("alice-password"));
        m_ok = signedIn.wait(10000) && !signedIn.at(0).at(0).value<net::ApiError>();
        m_context.accounts = &m_accounts;
        m_context.credentials = &m_credentials;
        m_context.sessions = m_sessions.get();
        m_context.settings = &m_settings;
    }

    bool ok() const { return m_ok; }
    QString accountId() const { return m_accountId; }
    auth::AccountSession *session() const { return m_sessions->session(m_accountId); }
    AppSettings *settings() { return &m_settings; }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    // The context of the page `key` of `project` (empty: an account page).
    ui::PageContext pageContext(const QString &project,
                                const QString &key,
                                transfer::TransferQueue *queue = nullptr,
                                ResourceListModel *projects = nullptr) const
    {
        return {m_context,
                project.isEmpty() ? PageId::forAccount(m_accountId, key)
                                  : PageId::forProject(m_accountId, project, key),
                queue,
                projects};
    }

private:
    QTemporaryDir m_dir;
    QSettings m_accountsFile, m_appFile;
    AppSettings m_settings;
    auth::MemoryCredentialStore m_credentials;
    AccountStore m_accounts;
    std::unique_ptr<auth::SessionRegistry> m_sessions;
    QString m_accountId;
    ui::AppContext m_context;
    bool m_ok = false;
};

} // namespace wharf::test
