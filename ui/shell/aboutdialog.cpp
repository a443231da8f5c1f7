#include "shell/aboutdialog.h"

#include "diagnostics.h"
#include "icontheme.h"
#include "logging/logfile.h"
#include "net/redact.h"

#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

#if __has_include(<ksyntaxhighlighting_version.h>)
#include <ksyntaxhighlighting_version.h>
#endif

namespace wharf::ui {

AboutDialog::AboutDialog(const QStringList &accounts, const logging::LogFile *log, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_log(log)
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("About Wharf"));
    auto *title = new QLabel(
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("Wharf %1").arg(QStringLiteral(WHARF_VERSION)).toHtmlEscaped(),
                 tr("Desktop client for Contaxy, Project-W and IVCAP.").toHtmlEscaped()),
        this);
    title->setAccessibleName(tr("Wharf %1").arg(QStringLiteral(WHARF_VERSION)));

    auto *form = new QFormLayout;
    for (const auto &[component, version] : versions()) {
        auto *value = new QLabel(version, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(tr("%1 version").arg(component));
        form->addRow(tr("%1:").arg(component), value);
    }
    // The packed fallback icons are KDE's Breeze (LGPL-3); their licence texts ship with Wharf.
    auto *icons = new QLabel(tr("Breeze by the KDE community, LGPL-3 (licence texts in %1)")
                                 .arg(breezeLicenseFiles().join(QStringLiteral(", "))),
                             this);
    icons->setWordWrap(true);
    icons->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Icons:"), icons);

    m_status->setObjectName(QStringLiteral("aboutStatus"));
    m_status->setAccessibleName(tr("Status"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy &Diagnostics"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnostics"));
    copy->setAccessibleName(tr("Copy diagnostics"));
    copy->setToolTip(tr("Copies versions, accounts and recent log lines (without passwords or "
                        "tokens) for a bug report."));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDiagnostics);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

QList<std::pair<QString, QString>> AboutDialog::versions()
{
    // Component names are product names and stay untranslated.
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt += QStringLiteral(" (built with %1)").arg(QLatin1String(QT_VERSION_STR));
#ifdef SyntaxHighlighting_VERSION_STRING
    const QString ksyntax = QStringLiteral(SyntaxHighlighting_VERSION_STRING);
#else
    const QString ksyntax = QStringLiteral("unknown");
#endif
    const QString os = QStringLiteral("%1 (%2 %3, %4, %5)")
                           .arg(QSysInfo::prettyProductName(),
                                QSysInfo::kernelType(),
                                QSysInfo::kernelVersion(),
                                QSysInfo::currentCpuArchitecture(),
                                QGuiApplication::platformName());
    return {
        {QStringLiteral("Wharf"), QStringLiteral(WHARF_VERSION)},
        {QStringLiteral("Qt"), qt},
        {QStringLiteral("KSyntaxHighlighting"), ksyntax},
        {QStringLiteral("QtKeychain"), diagnostics::qtKeychainVersion()},
        {QStringLiteral("libcurl"), diagnostics::curlVersion()},
        {QStringLiteral("OS"), os},
    };
}

QString AboutDialog::diagnostics() const
{
    // Plain English on purpose: the text goes into bug reports read by the maintainers.
    QStringList lines;
    lines << QStringLiteral("Wharf diagnostics, %1")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    lines << QString() << QStringLiteral("Versions:");
    for (const auto &[component, version] : versions())
        lines << QStringLiteral("  %1: %2").arg(component, version);
    lines << QString() << QStringLiteral("Accounts (%1):").arg(m_accounts.size());
    for (const QString &account : m_accounts)
        lines << QStringLiteral("  ") + account;
    const QStringList log = m_log ? m_log->recentLines() : QStringList();
    lines << QString() << QStringLiteral("Recent log (%1 lines):").arg(log.size());
    lines << log;
    // The log is redacted as it is written; this second pass also covers the account lines.
    return net::redactText(lines.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}

void AboutDialog::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnostics());
    m_status->setText(tr("Diagnostics copied to the clipboard."));
}

} // namespace wharf::ui
