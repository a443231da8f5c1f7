#include "contaxy/tokenvaluedialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

TokenValueDialog::TokenValueDialog(const QString &title,
                                   const QString &explanation,
                                   const QString &token,
                                   QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(explanation, this))
    , m_value(new QLineEdit(token, this))
    , m_copy(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this))
{
    setWindowTitle(title);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_explanation->setWordWrap(true);
    m_value->setReadOnly(true);
    m_value->setAccessibleName(tr("Token"));
    m_value->setCursorPosition(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_value, 1);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_value->text());
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Focus on the value: Ctrl+A, Ctrl+C work from the keyboard straight away.
    m_value->setFocus();
    m_value->selectAll();
}

} // namespace wharf::ui
