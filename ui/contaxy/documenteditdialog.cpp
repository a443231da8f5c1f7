#include "contaxy/documenteditdialog.h"

#include "contaxy/contaxydocumentmodel.h"
#include "contaxy/documents.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

DocumentEditDialog::DocumentEditDialog(ContaxyDocumentModel *model,
                                       const QString &key,
                                       const QJsonObject &value,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_originalKey(key)
    , m_key(new QLineEdit(key, this))
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool isNew = key.isEmpty();
    setWindowTitle(isNew ? tr("New Document in %1").arg(model->collection())
                         : tr("Edit %1").arg(key));
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
    m_key->setAccessibleName(tr("Key"));
    m_key->setReadOnly(!isNew); // a key is the document's name; renaming is not an edit
    m_editor->setAccessibleName(tr("Document (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true); // keyboard users must be able to reach Save
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(isNew ? QStringLiteral("{\n}\n")
                                 : QString::fromUtf8(QJsonDocument(value).toJson()));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(false);
    m_buttons->button(QDialogButtonBox::Save)->setAutoDefault(false); // Return is for the text

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    auto *label = new QLabel(tr("&Document:"), this);
    label->setBuddy(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { validate(); });
    connect(m_key, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(model, &QObject::destroyed, this, &QDialog::reject);
    connect(model,
            &ContaxyDocumentModel::actionFinished,
            this,
            [this](const QString &outcome, bool ok) {
                if (!m_waiting)
                    return;
                m_waiting = false;
                if (ok) {
                    m_saved = m_key->text();
                    QDialog::accept();
                    return;
                }
                validate();
                showProblem(outcome);
            });
    (isNew ? static_cast<QWidget *>(m_key) : m_editor)->setFocus();
    validate();
}

void DocumentEditDialog::showProblem(const QString &problem)
{
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
}

std::optional<QJsonObject> DocumentEditDialog::validate()
{
    QString problem;
    if (m_originalKey.isEmpty() && !m_key->text().isEmpty())
        problem = contaxy::documentKeyProblem(m_key->text());
    std::optional<QJsonObject> value;
    if (problem.isEmpty())
        value = contaxy::parseDocumentText(m_editor->toPlainText(), &problem);
    showProblem(problem);
    const bool ready = value && !m_key->text().isEmpty() && !m_waiting && m_model;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ready);
    return ready ? value : std::nullopt;
}

void DocumentEditDialog::accept()
{
    const auto value = validate();
    if (!value)
        return;
    m_waiting = true;
    const bool sent = m_originalKey.isEmpty() ? m_model->createDocument(m_key->text(), *value)
                                              : m_model->updateDocument(m_originalKey, *value);
    if (sent) {
        validate(); // disables Save while the server answers
    } else if (m_waiting) { // refused without a word: another change is under way
        m_waiting = false;
        validate();
        showProblem(tr("Another change is still being saved; try again in a moment."));
    }
}

} // namespace wharf::ui
