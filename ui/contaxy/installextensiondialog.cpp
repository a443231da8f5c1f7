#include "contaxy/installextensiondialog.h"

#include "contaxy/contaxyextensionmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace wharf::ui {

namespace {
QStringList words(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}
} // namespace

InstallExtensionDialog::InstallExtensionDialog(ContaxyExtensionModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_image(new QLineEdit(this))
    , m_suggest(new QPushButton(tr("S&uggest"), this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_endpoints(new QLineEdit(this))
    , m_ui(new QLineEdit(this))
    , m_api(new QLineEdit(this))
    , m_capabilities(new QLineEdit(this))
    , m_environment(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Install Extension"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_image->setPlaceholderText(tr("for example ghcr.io/org/extension:1.0"));
    m_image->setAccessibleName(tr("Container image"));
    m_suggest->setToolTip(tr("Ask the server for a configuration for this image"));
    m_name->setMaxLength(128);
    m_name->setAccessibleName(tr("Display name"));
    m_description->setAccessibleName(tr("Description"));
    m_type->addItem(tr("Project extension"), QStringLiteral("project-extension"));
    m_type->addItem(tr("User extension"), QStringLiteral("user-extension"));
    m_type->setAccessibleName(tr("Type"));
    m_endpoints->setPlaceholderText(tr("ports, separated by blanks: 8080 9001/ui"));
    m_endpoints->setAccessibleName(tr("Endpoints"));
    m_ui->setPlaceholderText(tr("the endpoint of its web UI, e.g. 8080/webapp/ui"));
    m_ui->setAccessibleName(tr("Web UI endpoint"));
    m_api->setPlaceholderText(tr("the endpoint of its API, e.g. 8080/extension/api"));
    m_api->setAccessibleName(tr("API endpoint"));
    m_capabilities->setPlaceholderText(tr("operation ids it takes over, e.g. list_files"));
    m_capabilities->setAccessibleName(tr("Capabilities"));
    m_environment->setPlaceholderText(tr("KEY=VALUE, one a line"));
    m_environment->setAccessibleName(tr("Environment variables"));
    m_environment->setTabChangesFocus(true);
    m_environment->setMaximumHeight(fontMetrics().height() * 5);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem"));
    m_message->setVisible(false);
    m_install = m_buttons->addButton(tr("&Install"), QDialogButtonBox::AcceptRole);
    m_install->setDefault(true);

    auto *image = new QHBoxLayout;
    image->addWidget(m_image, 1);
    image->addWidget(m_suggest);
    auto *form = new QFormLayout;
    form->addRow(tr("I&mage:"), image);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("End&points:"), m_endpoints);
    form->addRow(tr("&Web UI:"), m_ui);
    form->addRow(tr("&API:"), m_api);
    form->addRow(tr("&Capabilities:"), m_capabilities);
    form->addRow(tr("&Environment:"), m_environment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_image, m_name, m_endpoints, m_ui, m_api})
        connect(edit, &QLineEdit::textChanged, this, &InstallExtensionDialog::validate);
    connect(m_environment, &QPlainTextEdit::textChanged, this, &InstallExtensionDialog::validate);
    connect(m_suggest, &QPushButton::clicked, this, &InstallExtensionDialog::suggest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InstallExtensionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(model, &QObject::destroyed, this, &QDialog::reject); // signed out meanwhile
    validate();
}

contaxy::ExtensionInput InstallExtensionDialog::input(QStringList *problems) const
{
    contaxy::ExtensionInput in;
    in.service.kind = contaxy::Deployment::Kind::Service;
    in.service.image = m_image->text().trimmed();
    in.service.displayName = m_name->text().trimmed();
    in.service.description = m_description->text().trimmed();
    in.service.endpoints = words(m_endpoints->text());
    const QStringList lines = m_environment->toPlainText().split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            problems->append(tr("An environment line is KEY=VALUE, not %1.").arg(line));
            continue;
        }
        in.service.parameters.append({line.left(eq).trimmed(), line.mid(eq + 1)});
    }
    in.type = m_type->currentData().toString();
    in.uiEndpoint = m_ui->text().trimmed();
    in.apiEndpoint = m_api->text().trimmed();
    in.capabilities = words(m_capabilities->text());
    for (const auto &problem : in.validate())
        problems->append(problem.message);
    return in;
}

void InstallExtensionDialog::validate()
{
    QStringList problems;
    input(&problems);
    // An empty form is not wrong yet: say what is missing only once something was typed.
    const bool started = !m_image->text().isEmpty() || !m_name->text().isEmpty();
    say(started ? problems.value(0) : QString());
    m_install->setEnabled(problems.isEmpty() && !m_busy && m_model);
    m_suggest->setEnabled(!m_image->text().trimmed().isEmpty() && !m_busy);
}

void InstallExtensionDialog::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void InstallExtensionDialog::fill(const contaxy::ExtensionInput &in)
{
    if (!in.service.displayName.isEmpty())
        m_name->setText(in.service.displayName);
    if (!in.service.description.isEmpty())
        m_description->setText(in.service.description);
    if (!in.service.endpoints.isEmpty())
        m_endpoints->setText(in.service.endpoints.join(QLatin1Char(' ')));
    if (!in.uiEndpoint.isEmpty())
        m_ui->setText(in.uiEndpoint);
    if (!in.apiEndpoint.isEmpty())
        m_api->setText(in.apiEndpoint);
    if (!in.capabilities.isEmpty())
        m_capabilities->setText(in.capabilities.join(QStringLiteral(", ")));
    if (const int type = m_type->findData(in.type); type >= 0)
        m_type->setCurrentIndex(type);
    QStringList env;
    for (const auto &[name, value] : in.service.parameters)
        env << name + QLatin1Char('=') + value;
    if (!env.isEmpty())
        m_environment->setPlainText(env.join(QLatin1Char('\n')));
}

void InstallExtensionDialog::suggest()
{
    if (!m_model || m_image->text().trimmed().isEmpty())
        return;
    m_busy = true;
    validate();
    m_model->suggest(m_image->text(), this, [this](const auto &in, const net::ApiError &error) {
        m_busy = false;
        if (!error)
            fill(in);
        validate();
        if (error) // upstream has no suggestions for extensions yet (§10)
            say(tr("No suggestion from the server: %1").arg(error.toString()));
    });
}

void InstallExtensionDialog::accept()
{
    QStringList problems;
    const contaxy::ExtensionInput in = input(&problems);
    if (!m_model || m_busy || !problems.isEmpty())
        return;
    m_busy = true;
    validate();
    m_model->install(in, this, [this](const contaxy::Extension &, const net::ApiError &error) {
        m_busy = false;
        validate();
        if (error) {
            say(tr("Not installed: %1").arg(error.toString()));
            return;
        }
        QDialog::accept();
    });
}

} // namespace wharf::ui
