#include "contaxy/newprojectdialog.h"

#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/projects.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace wharf::ui {

NewProjectDialog::NewProjectDialog(ContaxyProjectModel *projects, QWidget *parent)
    : QDialog(parent)
    , m_projects(projects)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_suggestSoon(new QTimer(this))
{
    setWindowTitle(tr("New project"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_name->setAccessibleName(tr("Project name"));
    m_name->setMaxLength(128);
    m_id->setAccessibleName(tr("Project ID"));
    m_id->setMaxLength(25);
    m_id->setPlaceholderText(tr("suggested from the name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(240);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    // Return always means Create: Cancel must not become the default when focus passes over
    // it (it does while Create is disabled during the request).
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&ID:"), m_id);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Asks the server for a free ID once the user pauses typing, not on every key.
    m_suggestSoon->setSingleShot(true);
    m_suggestSoon->setInterval(300);
    connect(m_suggestSoon, &QTimer::timeout, this, &NewProjectDialog::suggestId);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_idEdited)
            m_suggestSoon->start();
        validate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_id, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Signed out while the dialog is open: there is nothing to create the project in.
    connect(projects, &QObject::destroyed, this, &QDialog::reject);
    validate();
}

void NewProjectDialog::suggestId()
{
    if (!contaxy::displayNameProblem(m_name->text()).isEmpty())
        return;
    delete m_suggestion; // an older question is out of date
    if (!m_projects)
        return;
    m_suggestion = new QObject(this);
    m_projects->suggestId(m_name->text().trimmed(),
                          m_suggestion,
                          [this](const QString &id, const net::ApiError &error) {
                              if (!m_idEdited && !error)
                                  m_id->setText(id);
                          });
}

void NewProjectDialog::validate()
{
    QString problem = contaxy::displayNameProblem(m_name->text());
    if (problem.isEmpty() && !m_id->text().isEmpty())
        problem = contaxy::projectIdProblem(m_id->text());
    // Nothing typed yet is not an error worth showing.
    const bool show = !problem.isEmpty() && (!m_name->text().isEmpty() || !m_id->text().isEmpty());
    m_error->setText(show ? problem : QString());
    m_error->setVisible(show);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_id->text().isEmpty() && !m_busy);
}

void NewProjectDialog::accept()
{
    contaxy::Project project;
    project.id = m_id->text();
    project.displayName = m_name->text().trimmed();
    project.description = m_description->text().trimmed();
    if (!m_projects)
        return;
    m_busy = true;
    validate();
    m_projects->create(project, this, [this](const QString &id, const net::ApiError &error) {
        m_busy = false;
        if (error) {
            validate();
            m_error->setText(error.kind == net::ApiError::Kind::Conflict
                                 ? tr("A project with the ID %1 exists already.").arg(m_id->text())
                                 : error.toString());
            m_error->setVisible(true);
            m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
            m_id->setFocus(); // the ID is what usually needs changing
            m_id->selectAll();
            return;
        }
        m_created = id;
        QDialog::accept();
    });
}

} // namespace wharf::ui
