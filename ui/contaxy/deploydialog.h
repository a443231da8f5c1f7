#pragma once

#include "contaxy/deployinput.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace wharf {
class ContaxyDeploymentModel;
}

namespace wharf::ui {

// Deploys a container image as a service or a job of a Contaxy project. Everything is checked
// before anything is sent and each problem is shown under its field; a refusal from the server
// keeps the dialog open with the input. The model does the asking.
class DeployDialog : public QDialog
{
    Q_OBJECT
public:
    using Field = contaxy::DeploymentInput::Field;

    explicit DeployDialog(ContaxyDeploymentModel *model, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QTableWidget *parameterTable() const { return m_parameters; }
    QLineEdit *endpointsEdit() const { return m_endpoints; }
    QDoubleSpinBox *cpusBox() const { return m_cpus; }
    QSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *gpusBox() const { return m_gpus; }
    QLineEdit *volumeEdit() const { return m_volume; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *argsEdit() const { return m_args; }
    QPushButton *suggestButton() const { return m_suggest; }
    QPushButton *deployButton() const;
    QLabel *errorLabel() const { return m_error; }
    // The message shown under a field ("" when it is fine).
    QString fieldProblem(Field field) const;
    bool isBusy() const { return m_busy; }

    void addParameterRow(const QString &name = QString(), const QString &value = QString());
    // What the fields say; problems with the command lines are added to `problems`.
    contaxy::DeploymentInput input(QList<contaxy::DeploymentInput::Problem> *problems) const;
    void suggest();
    void accept() override;

private:
    QLabel *problemLabel(Field field);
    void showProblems(const QList<contaxy::DeploymentInput::Problem> &problems);
    void kindChanged();
    void setBusy(bool busy);

    QPointer<ContaxyDeploymentModel> m_model; // gone if the account signs out meanwhile
    QComboBox *m_kind;
    QLineEdit *m_image;
    QPushButton *m_suggest;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QTableWidget *m_parameters;
    QPushButton *m_addParameter;
    QPushButton *m_removeParameter;
    QLineEdit *m_endpoints;
    QDoubleSpinBox *m_cpus;
    QSpinBox *m_memory;
    QSpinBox *m_gpus;
    QLineEdit *m_volume;
    QLineEdit *m_command;
    QLineEdit *m_args;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QHash<int, QLabel *> m_problems; // by Field
    QHash<int, QWidget *> m_fields; // by Field, for focusing the first problem
    bool m_busy = false;
};

} // namespace wharf::ui
