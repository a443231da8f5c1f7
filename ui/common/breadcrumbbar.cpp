#include "common/breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace wharf::ui {

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addStretch(1);
    setAccessibleName(tr("Location"));
}

void BreadcrumbBar::setPath(const QStringList &keys, const QStringList &names)
{
    m_keys = keys;
    while (m_layout->count() > 1) { // all but the stretch
        QLayoutItem *item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0) {
            auto *separator = new QLabel(QStringLiteral("›"), this);
            separator->setContentsMargins(4, 0, 4, 0);
            separator->setAccessibleName(QString()); // decoration only
            m_layout->insertWidget(m_layout->count() - 1, separator);
        }
        auto *button = new QToolButton(this);
        button->setText(names.value(i));
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const bool current = i == keys.size() - 1;
        if (current) {
            QFont font = button->font();
            font.setBold(true);
            button->setFont(font);
        }
        const QString key = keys.at(i);
        connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT activated(key); });
        m_layout->insertWidget(m_layout->count() - 1, button);
    }
}

} // namespace wharf::ui
