#include "shell/rawreplydialog.h"

#include "common/jsonview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

RawReplyDialog::RawReplyDialog(const QString &title, const QByteArray &reply, QWidget *parent)
    : QDialog(parent)
    , m_view(new JsonView(this))
{
    setWindowTitle(tr("Raw reply — %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    if (reply.isEmpty()) {
        auto *empty = new QLabel(tr("This page has not received a reply from the server yet."));
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    m_view->setRawJson(reply);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the reply"));
    connect(copy, &QPushButton::clicked, m_view, &JsonView::copyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace wharf::ui
