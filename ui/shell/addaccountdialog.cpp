#include "shell/addaccountdialog.h"

#include "accounts/accountstore.h"
#include "accounts/serverurl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

AddAccountDialog::AddAccountDialog(AccountStore *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_trust(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Account"));
    m_name->setPlaceholderText(tr("e.g. Work Contaxy"));
    m_name->setAccessibleName(tr("Account name"));
    m_url->setPlaceholderText(tr("https://server.example.org"));
    m_url->setAccessibleName(tr("Server address"));
    m_kind->setAccessibleName(tr("Platform"));
    m_kind->addItem(tr("Detect automatically"), int(PlatformKind::Unknown));
    for (PlatformKind kind : {PlatformKind::Contaxy, PlatformKind::ProjectW, PlatformKind::Ivcap})
        m_kind->addItem(platformKindDisplayName(kind), int(kind));
    m_trust->setVisible(false);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setBackgroundRole(QPalette::Dark);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(6);
    m_progress->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Platform:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_trust);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_fingerprint.clear(); // another server: any earlier trust decision does not apply
        m_trust->setVisible(false);
        m_trust->setChecked(false);
        validate();
    });
    validate();
    resize(480, sizeHint().height());
}

void AddAccountDialog::validate()
{
    QString problem = validateDisplayName(m_name->text().trimmed());
    if (problem.isEmpty() && m_accounts->findByName(m_name->text().trimmed()))
        problem = tr("An account named \"%1\" exists already.").arg(m_name->text().trimmed());
    QString urlProblem;
    if (problem.isEmpty() && !normaliseServerUrl(m_url->text(), &urlProblem).isValid())
        problem = urlProblem;
    // Say nothing while fields are still empty; the Add button is enough of a hint.
    const bool untouched = m_name->text().isEmpty() || m_url->text().isEmpty();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && !untouched);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_probe);
}

void AddAccountDialog::setBusy(bool busy)
{
    m_progress->setText(busy ? tr("Checking the server…") : QString());
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_url, m_kind, m_trust})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void AddAccountDialog::accept()
{
    const QUrl url = normaliseServerUrl(m_url->text());
    const auto kind = PlatformKind(m_kind->currentData().toInt());
    if (kind != PlatformKind::Unknown) {
        save(kind, url);
        return;
    }
    m_probe = new PlatformProbe(url, this);
    if (m_trust->isChecked())
        m_probe->setPinnedCertificateSha256(m_fingerprint);
    connect(m_probe, &PlatformProbe::finished, this, &AddAccountDialog::probeFinished);
    setBusy(true);
    m_probe->start();
}

void AddAccountDialog::probeFinished(const ProbeResult &result)
{
    m_probe->deleteLater();
    m_probe.clear();
    setBusy(false);
    if (result.error.kind == net::ApiError::Kind::Tls && !result.error.tlsFingerprint.isEmpty()) {
        m_fingerprint = result.error.tlsFingerprint;
        m_trust->setText(tr("Trust this server's certificate (SHA-256 %1)").arg(m_fingerprint));
        m_trust->setVisible(true);
    }
    if (result.error) {
        m_error->setText(result.error.message);
        m_error->setVisible(true);
        return;
    }
    m_addressNote = result.note;
    save(result.kind, result.apiRoot);
}

void AddAccountDialog::save(PlatformKind kind, const QUrl &apiRoot)
{
    Account account;
    account.displayName = m_name->text().trimmed();
    account.serverUrl = apiRoot;
    account.kind = kind;
    if (m_trust->isChecked())
        account.pinnedCertificateSha256 = m_fingerprint;
    QString error;
    const auto added = m_accounts->add(account, &error);
    if (!added) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    m_addedId = added->id;
    QDialog::accept();
}

} // namespace wharf::ui
