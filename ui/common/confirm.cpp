#include "common/confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace wharf::ui {

void askToConfirm(QWidget *parent,
                  const QString &title,
                  const QString &question,
                  const QString &actionText,
                  std::function<void()> confirmed)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setDefaultButton(QMessageBox::Cancel); // the destructive choice is never the default
    box->button(QMessageBox::Yes)->setText(actionText);
    QObject::connect(box, &QMessageBox::finished, box, [box, confirmed = std::move(confirmed)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            confirmed();
    });
    box->open();
}

} // namespace wharf::ui
