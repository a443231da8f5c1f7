#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include <utility>

class QLabel;

namespace wharf::logging {
class LogFile;
}

namespace wharf::ui {

// Versions of Wharf and the libraries it runs on, and "Copy diagnostics" for bug reports:
// versions, accounts (never secrets) and the recent log, all passed through redaction.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // accounts: one line per account as the caller wants it shown ("Lab – Contaxy –
    // https://…"), no secrets. log may be nullptr (no log lines then); it is not owned.
    explicit AboutDialog(const QStringList &accounts,
                         const logging::LogFile *log,
                         QWidget *parent = nullptr);

    // (component, version) pairs, in display order.
    static QList<std::pair<QString, QString>> versions();
    QString diagnostics() const;

public Q_SLOTS:
    void copyDiagnostics();

private:
    QStringList m_accounts;
    const logging::LogFile *m_log;
    QLabel *m_status;
};

} // namespace wharf::ui
