#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QUrl;

namespace wharf::auth {
class AccountSession;
struct CredentialError;
namespace oidc {
struct DeviceCode;
}
} // namespace wharf::auth

namespace wharf::ivcap {
class IvcapSignIn;
}

namespace wharf::ui {

// The IVCAP part of the sign-in dialog: sign in with the browser, or with a code confirmed on
// another device; shows progress, the link or code with Open/Copy buttons, and cancels.
class IvcapSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IvcapSignInPanel(auth::AccountSession *session, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    void cancel();
    QPushButton *browserButton() const { return m_browser; }
    QPushButton *deviceButton() const { return m_device; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *codeLabel() const { return m_code; }
    QLabel *linkLabel() const { return m_link; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void signedIn(const wharf::auth::CredentialError &store);

private:
    void onReady(const QString &problem);
    void showLink(const QUrl &url, const QString &intro);
    void showCode(const auth::oidc::DeviceCode &code);
    void setBusy(bool busy);

    ivcap::IvcapSignIn *m_signIn;
    QPushButton *m_browser;
    QPushButton *m_device;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_code;
    QLabel *m_link;
    QPushButton *m_open;
    QPushButton *m_copyLink;
    QPushButton *m_copyCode;
    QWidget *m_linkRow;
    bool m_busy = false;
    bool m_ready = false;
};

} // namespace wharf::ui
