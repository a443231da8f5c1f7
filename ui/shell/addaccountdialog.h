#pragma once

#include "accounts/platformprobe.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wharf {
class AccountStore;
}

namespace wharf::ui {

// Adds an account: name, server address, platform (detected by probing the server, or chosen),
// and — for a self-signed server — an explicit decision to trust its certificate.
class AddAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddAccountDialog(AccountStore *accounts, QWidget *parent = nullptr);

    QString addedAccountId() const { return m_addedId; }
    // How the address typed was read ("the web app's address: using its API"), or "".
    QString addressNote() const { return m_addressNote; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void validate();
    void probeFinished(const ProbeResult &result);
    void save(PlatformKind kind, const QUrl &apiRoot);
    void setBusy(bool busy);

    AccountStore *m_accounts;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_kind;
    QCheckBox *m_trust;
    QLabel *m_error;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QPointer<PlatformProbe> m_probe;
    QString m_fingerprint;
    QString m_addedId;
    QString m_addressNote;
};

} // namespace wharf::ui
