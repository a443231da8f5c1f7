#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wharf::ui {

// Shows one token's secret value, selectable and with a Copy button: for a token just made
// (the one time a session token can be seen) and for "Show Value" on a listed one.
class TokenValueDialog : public QDialog
{
    Q_OBJECT
public:
    TokenValueDialog(const QString &title,
                     const QString &explanation,
                     const QString &token,
                     QWidget *parent = nullptr);

    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *explanationLabel() const { return m_explanation; }

private:
    QLabel *m_explanation;
    QLineEdit *m_value;
    QPushButton *m_copy;
};

} // namespace wharf::ui
