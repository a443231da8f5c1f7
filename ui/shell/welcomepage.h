#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wharf::ui {

// Shown when there is no account yet: what Wharf does and a button to add the first account.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void addAccountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_add;
};

} // namespace wharf::ui
