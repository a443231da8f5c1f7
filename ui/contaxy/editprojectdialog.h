#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wharf {
class ContaxyProjectModel;
}

namespace wharf::ui {

// Changes a Contaxy project's display name and description (PATCH /projects/{id}); the ID
// stays. The name is checked as the server does (4-128 characters) before asking it.
class EditProjectDialog : public QDialog
{
    Q_OBJECT
public:
    EditProjectDialog(ContaxyProjectModel *projects,
                      const QString &projectId,
                      QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void accept() override;

private:
    void validate();

    QPointer<ContaxyProjectModel> m_projects; // gone if the account signs out meanwhile
    QString m_projectId;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace wharf::ui
