#include "contaxy/editprojectdialog.h"

#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/projects.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wharf::ui {

EditProjectDialog::EditProjectDialog(ContaxyProjectModel *projects,
                                     const QString &projectId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_projects(projects)
    , m_projectId(projectId)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit Project"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_name->setAccessibleName(tr("Project name"));
    m_name->setMaxLength(128);
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(240);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    if (const int row = projects->rowOf(projectId); row >= 0) {
        m_name->setText(projects->project(row).displayName);
        m_description->setText(projects->project(row).description);
    }

    auto *form = new QFormLayout;
    auto *id = new QLabel(projectId, this);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("ID:"), id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &EditProjectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Signed out while the dialog is open: there is nothing to save the project in.
    connect(projects, &QObject::destroyed, this, &QDialog::reject);
    validate();
}

void EditProjectDialog::validate()
{
    const QString problem = contaxy::displayNameProblem(m_name->text());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_busy);
}

void EditProjectDialog::accept()
{
    if (!m_projects || !contaxy::displayNameProblem(m_name->text()).isEmpty())
        return;
    m_busy = true;
    validate();
    m_projects->update(m_projectId,
                       m_name->text().trimmed(),
                       m_description->text().trimmed(),
                       this,
                       [this](const QString &, const net::ApiError &error) {
                           m_busy = false;
                           validate();
                           if (error) {
                               m_error->setText(error.toString());
                               m_error->setVisible(true);
                               return;
                           }
                           QDialog::accept();
                       });
}

} // namespace wharf::ui
