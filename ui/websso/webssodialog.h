#pragma once

#include "auth/websso.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wharf::auth {
class AccountSession;
class WebSessionExchange;
} // namespace wharf::auth

namespace wharf::ui {

class EmbeddedBrowser;

// Signs an account in through the platform's web sign-in (Contaxy, Project-W SSO) in an
// embedded browser: the session cookie it ends with becomes an API token where the platform
// allows, the web session is ended, and the token is stored before it is used. Without an
// embedded browser it says why and takes a pasted API token instead, with a link to the page
// where tokens are made.
class WebSsoDialog : public QDialog
{
    Q_OBJECT
public:
    WebSsoDialog(auth::AccountSession *session,
                 const auth::WebSsoProvider &provider,
                 QWidget *parent = nullptr);
    ~WebSsoDialog() override;

    // The browser while the web sign-in runs; nullptr when pasting or once it is done.
    EmbeddedBrowser *browser() const { return m_browser; }
    bool isPasteMode() const { return m_pasteMode; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *linkLabel() const { return m_link; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *errorLabel() const { return m_error; }
    QUrl tokenPageUrl() const { return m_tokenPage; }
    // What the user should know about a sign-in that worked (kept web session, ...).
    QString note() const { return m_note; }
    void accept() override;

private:
    void setUpPaste(const QString &why);
    void onSessionCookie(const QString &value);
    void signIn(const QString &token);
    void showError(const QString &message);

    auth::AccountSession *m_session;
    auth::WebSsoProvider m_provider;
    QUrl m_tokenPage;
    EmbeddedBrowser *m_browser = nullptr;
    auth::WebSessionExchange *m_exchange = nullptr;
    QLabel *m_status;
    QWidget *m_paste;
    QLabel *m_link;
    QLineEdit *m_token;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_note;
    bool m_pasteMode = false;
    bool m_busy = false;
};

// "Sign in with <provider> (browser)", as the sign-in dialog offers it.
QString webSsoButtonText(const auth::WebSsoProvider &provider);

} // namespace wharf::ui
