#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace wharf {
class ContaxyProjectModel;
}

namespace wharf::ui {

// Creates a Contaxy project: the user types a name, the server suggests a free ID
// (GET /projects:suggest-id, editable), the client checks both before asking the server.
// The project model does the asking; the new project is in it when the dialog accepts.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(ContaxyProjectModel *projects, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QLabel *errorLabel() const { return m_error; }
    QString createdProjectId() const { return m_created; }
    void accept() override;

private:
    void suggestId();
    void validate();

    QPointer<ContaxyProjectModel> m_projects; // gone if the account signs out meanwhile
    QLineEdit *m_name;
    QLineEdit *m_id;
    QLineEdit *m_description;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer *m_suggestSoon;
    QPointer<QObject> m_suggestion; // owns the question in flight; deleted to drop it
    QString m_created;
    bool m_idEdited = false; // the user typed an ID: stop replacing it with suggestions
    bool m_busy = false;
};

} // namespace wharf::ui
