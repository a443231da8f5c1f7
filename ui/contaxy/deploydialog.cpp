#include "contaxy/deploydialog.h"

#include "contaxy/contaxydeploymentmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace wharf::ui {

using contaxy::Deployment;
using contaxy::DeploymentInput;

DeployDialog::DeployDialog(ContaxyDeploymentModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_kind(new QComboBox(this))
    , m_image(new QLineEdit(this))
    , m_suggest(new QPushButton(tr("S&uggest"), this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_parameters(new QTableWidget(0, 2, this))
    , m_addParameter(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Parameter"), this))
    , m_removeParameter(new QPushButton(
          QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move Parameter"), this))
    , m_endpoints(new QLineEdit(this))
    , m_cpus(new QDoubleSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_gpus(new QSpinBox(this))
    , m_volume(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_args(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Deploy"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_kind->addItem(tr("Service (keeps running, can have endpoints)"),
                    int(Deployment::Kind::Service));
    m_kind->addItem(tr("Job (runs to completion)"), int(Deployment::Kind::Job));
    m_kind->setAccessibleName(tr("Kind"));
    m_image->setAccessibleName(tr("Container image"));
    m_image->setPlaceholderText(tr("for example nginx:1.25 or ghcr.io/org/app:tag"));
    m_image->setMaxLength(2000);
    m_suggest->setAutoDefault(false);
    m_suggest->setToolTip(tr("Ask the server for a configuration for this image"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setPlaceholderText(tr("4 to 128 characters; the id is made from it"));
    m_name->setMaxLength(128);
    m_description->setAccessibleName(tr("Description"));
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->verticalHeader()->hide();
    m_parameters->setAccessibleName(tr("Environment variables"));
    m_parameters->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside
    m_parameters->setMinimumHeight(fontMetrics().height() * 6);
    m_addParameter->setAutoDefault(false);
    m_removeParameter->setAutoDefault(false);
    m_endpoints->setAccessibleName(tr("Endpoints"));
    m_endpoints->setPlaceholderText(tr("ports, separated by blanks: 8080 9001/webapp/ui 9002b"));
    m_cpus->setRange(0, 1024);
    m_cpus->setDecimals(1);
    m_cpus->setSpecialValueText(tr("server default"));
    m_cpus->setAccessibleName(tr("Max CPUs"));
    m_memory->setRange(0, 4 * 1024 * 1024);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setSpecialValueText(tr("server default"));
    m_memory->setAccessibleName(tr("Max memory"));
    m_gpus->setRange(0, 64);
    m_gpus->setSpecialValueText(tr("none"));
    m_gpus->setAccessibleName(tr("Max GPUs"));
    m_volume->setAccessibleName(tr("Volume path"));
    m_volume->setPlaceholderText(tr("path in the container kept across restarts, e.g. /data"));
    m_command->setAccessibleName(tr("Command"));
    m_command->setPlaceholderText(tr("replaces the image's entrypoint; quote as in a shell"));
    m_args->setAccessibleName(tr("Arguments"));
    m_args->setPlaceholderText(tr("replace the image's default arguments"));

    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(m_suggest);
    auto *parameterButtons = new QHBoxLayout;
    parameterButtons->addWidget(m_addParameter);
    parameterButtons->addWidget(m_removeParameter);
    parameterButtons->addStretch(1);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, Field f, QLayout *layout = nullptr) {
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, field);
        m_fields.insert(int(f), field);
        form->addRow(QString(), problemLabel(f));
    };
    form->addRow(tr("&Kind:"), m_kind);
    row(tr("&Image:"), m_image, Field::Image, imageRow);
    row(tr("&Name:"), m_name, Field::DisplayName);
    row(tr("&Description:"), m_description, Field::Description);
    row(tr("&Environment:"), m_parameters, Field::Parameters);
    form->addRow(QString(), parameterButtons);
    row(tr("End&points:"), m_endpoints, Field::Endpoints);
    row(tr("Max &CPUs:"), m_cpus, Field::MaxCpus);
    row(tr("Max &memory:"), m_memory, Field::MaxMemory);
    row(tr("Max &GPUs:"), m_gpus, Field::MaxGpus);
    row(tr("&Volume path:"), m_volume, Field::VolumePath);
    row(tr("C&ommand:"), m_command, Field::Command);
    row(tr("A&rguments:"), m_args, Field::Args);

    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setVisible(false);
    deployButton()->setText(tr("&Deploy"));
    deployButton()->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeployDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DeployDialog::kindChanged);
    connect(m_suggest, &QPushButton::clicked, this, &DeployDialog::suggest);
    // Leaving the image with no name yet: the server's suggestion saves typing one.
    connect(m_image, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().trimmed().isEmpty() && !m_image->text().trimmed().isEmpty())
            suggest();
    });
    connect(m_addParameter, &QPushButton::clicked, this, [this] {
        addParameterRow();
        m_parameters->setCurrentCell(m_parameters->rowCount() - 1, 0);
        m_parameters->setFocus();
    });
    connect(m_removeParameter, &QPushButton::clicked, this, [this] {
        const int current = m_parameters->currentRow();
        if (current >= 0)
            m_parameters->removeRow(current);
    });
    if (model)
        connect(model, &QObject::destroyed, this, &QDialog::reject);
    kindChanged();
}

QPushButton *DeployDialog::deployButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLabel *DeployDialog::problemLabel(Field field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setVisible(false);
    m_problems.insert(int(field), label);
    return label;
}

QString DeployDialog::fieldProblem(Field field) const
{
    const QLabel *label = m_problems.value(int(field));
    return label ? label->text() : QString();
}

void DeployDialog::addParameterRow(const QString &name, const QString &value)
{
    const int at = m_parameters->rowCount();
    m_parameters->insertRow(at);
    m_parameters->setItem(at, 0, new QTableWidgetItem(name));
    m_parameters->setItem(at, 1, new QTableWidgetItem(value));
}

void DeployDialog::kindChanged()
{
    const bool service = m_kind->currentData().toInt() == int(Deployment::Kind::Service);
    m_endpoints->setEnabled(service);
}

DeploymentInput DeployDialog::input(QList<DeploymentInput::Problem> *problems) const
{
    DeploymentInput in;
    in.kind = Deployment::Kind(m_kind->currentData().toInt());
    in.image = m_image->text();
    in.displayName = m_name->text();
    in.description = m_description->text();
    for (int r = 0; r < m_parameters->rowCount(); ++r) {
        const QString name
            = m_parameters->item(r, 0) ? m_parameters->item(r, 0)->text() : QString();
        const QString value
            = m_parameters->item(r, 1) ? m_parameters->item(r, 1)->text() : QString();
        if (name.trimmed().isEmpty() && value.isEmpty())
            continue; // an added row left empty is no parameter
        in.parameters.append({name.trimmed(), value});
    }
    if (in.kind == Deployment::Kind::Service) {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        in.endpoints = m_endpoints->text().split(separators, Qt::SkipEmptyParts);
    }
    in.maxCpus = m_cpus->value();
    in.maxMemoryMb = m_memory->value();
    in.maxGpus = m_gpus->value();
    in.volumePath = m_volume->text().trimmed();
    const auto command = contaxy::splitCommandLine(m_command->text());
    const auto args = contaxy::splitCommandLine(m_args->text());
    if (command)
        in.command = *command;
    if (args)
        in.args = *args;
    if (problems) {
        *problems = in.validate();
        if (!command)
            problems->append({Field::Command, tr("A quote is not closed.")});
        if (!args)
            problems->append({Field::Args, tr("A quote is not closed.")});
    }
    return in;
}

void DeployDialog::showProblems(const QList<DeploymentInput::Problem> &problems)
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->setVisible(false);
    }
    for (const auto &p : problems) {
        QLabel *label = m_problems.value(int(p.field));
        if (!label || !label->text().isEmpty())
            continue;
        label->setText(p.message);
        label->setVisible(true);
    }
    if (!problems.isEmpty()) {
        if (QWidget *first = m_fields.value(int(problems.first().field)))
            first->setFocus();
    }
}

void DeployDialog::setBusy(bool busy)
{
    m_busy = busy;
    deployButton()->setEnabled(!busy);
    m_suggest->setEnabled(!busy);
}

void DeployDialog::suggest()
{
    if (!m_model || m_busy)
        return;
    const QString image = m_image->text().trimmed();
    if (image.isEmpty()) {
        showProblems({{Field::Image, tr("Enter the container image to get a suggestion for.")}});
        return;
    }
    m_suggest->setEnabled(false);
    m_model->suggest(Deployment::Kind(m_kind->currentData().toInt()),
                     image,
                     this,
                     [this](const DeploymentInput &s, const net::ApiError &error) {
                         m_suggest->setEnabled(!m_busy);
                         if (error) {
                             m_error->setText(
                                 tr("No suggestion from the server: %1").arg(error.toString()));
                             m_error->setVisible(true);
                             return;
                         }
                         // Asking again means another name; the rest only where empty.
                         m_name->setText(s.displayName);
                         if (m_description->text().isEmpty())
                             m_description->setText(s.description);
                         if (m_parameters->rowCount() == 0) {
                             for (const auto &[name, value] : s.parameters)
                                 addParameterRow(name, value);
                         }
                         if (m_endpoints->text().isEmpty())
                             m_endpoints->setText(s.endpoints.join(QLatin1Char(' ')));
                     });
}

void DeployDialog::accept()
{
    if (!m_model || m_busy)
        return;
    QList<DeploymentInput::Problem> problems;
    const DeploymentInput in = input(&problems);
    showProblems(problems);
    m_error->setVisible(false);
    if (!problems.isEmpty())
        return;
    setBusy(true);
    m_model->deploy(in, this, [this](const Deployment &, const net::ApiError &error) {
        setBusy(false);
        if (error) {
            // The server has the last word (a taken name, missing rights): the input stays.
            const QString why = error.kind == net::ApiError::Kind::Conflict
                ? tr("A deployment with this name exists already: %1").arg(error.message)
                : error.kind == net::ApiError::Kind::Forbidden
                ? tr("The server refused: %1").arg(error.message)
                : tr("Not deployed: %1").arg(error.toString());
            m_error->setText(why);
            m_error->setVisible(true);
            deployButton()->setFocus();
            return;
        }
        QDialog::accept();
    });
}

} // namespace wharf::ui
