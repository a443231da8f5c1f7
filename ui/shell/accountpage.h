#pragma once

#include "common/page.h"
#include "shell/appcontext.h"

class QLabel;
class QPushButton;

namespace wharf::ui {

// An account's overview, what a user checks first: platform, server and its version, the
// connection, who is signed in and how, when the credential runs out, and the actions to
// sign in, sign out, retry or remove the account.
class AccountPage : public Page
{
    Q_OBJECT
public:
    AccountPage(const AppContext &context, const QString &accountId, QWidget *parent = nullptr);

    QString title() const override;
    QByteArray rawReply() const override;
    void activate() override;

Q_SIGNALS:
    void signInRequested(const QString &accountId);
    void removeRequested(const QString &accountId);

private:
    void refresh();
    void probeVersion();

    AppContext m_context;
    QString m_accountId;
    QLabel *m_heading;
    QLabel *m_server;
    QLabel *m_connection;
    QLabel *m_identity;
    QLabel *m_method;
    QLabel *m_expires;
    QLabel *m_version;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QPushButton *m_retry;
};

} // namespace wharf::ui
