#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace wharf {
class ContaxyTokenModel;
}

namespace wharf::ui {

// Creates a Contaxy token. For the user's tokens: type (API or session), description and
// scopes as rows of resource + level, each checked before anything is sent; for a project's
// tokens: only the level of the project's API token. The model does the asking; the new
// value is in createdToken() when the dialog accepts.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateTokenDialog(ContaxyTokenModel *tokens, QWidget *parent = nullptr);

    bool forProject() const { return !m_project.isEmpty(); }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *levelBox() const { return m_projectLevel; }
    int scopeCount() const { return int(m_scopes.size()); }
    QLineEdit *scopeResource(int row) const { return m_scopes.at(row).resource; }
    QComboBox *scopeLevel(int row) const { return m_scopes.at(row).level; }
    QPushButton *addScopeButton() const { return m_addScope; }
    QPushButton *createButton() const;
    QLabel *errorLabel() const { return m_error; }
    QString createdToken() const { return m_created; }
    bool createdSession() const { return m_createdSession; }
    void accept() override;

    void addScopeRow(const QString &resource = QString(), const QString &level = QString());

private:
    struct ScopeRow
    {
        QWidget *row;
        QLineEdit *resource;
        QComboBox *level;
    };
    void removeScopeRow(QWidget *row);
    void validate();
    QString problem() const;
    QStringList scopes() const;
    void failed(const QString &message);

    QPointer<ContaxyTokenModel> m_tokens; // gone if the account signs out meanwhile
    QString m_project;
    QComboBox *m_type = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_projectLevel = nullptr;
    QVBoxLayout *m_scopeRows = nullptr;
    QPushButton *m_addScope = nullptr;
    QList<ScopeRow> m_scopes;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_created;
    bool m_createdSession = false;
    bool m_busy = false;
};

} // namespace wharf::ui
