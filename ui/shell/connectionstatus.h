#pragma once

#include "shell/appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace wharf::ui {

// Status bar part for the current account: who is signed in, and whether the server is
// online, reconnecting (with "Retry now") or offline.
class ConnectionStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatus(const AppContext &context, QWidget *parent = nullptr);

    void setAccount(const QString &accountId);
    QString text() const;

private:
    void refresh();

    AppContext m_context;
    QString m_accountId;
    QLabel *m_identity;
    QLabel *m_state;
    QPushButton *m_retry;
};

} // namespace wharf::ui
