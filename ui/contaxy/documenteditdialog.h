#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wharf {
class ContaxyDocumentModel;
}

namespace wharf::ui {

// Creates a JSON document or edits one: a key (new documents only) and a text editor whose
// content must be a JSON object; what is wrong, with line and column, shows while typing and
// Save stays disabled. An edit is sent as a merge patch of the difference. The dialog closes
// once the server has saved; a refusal (409, 422, ...) shows in it and keeps the text.
class DocumentEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `key` empty: a new document in the model's collection.
    DocumentEditDialog(ContaxyDocumentModel *model,
                       const QString &key,
                       const QJsonObject &value,
                       QWidget *parent = nullptr);

    QLineEdit *keyEdit() const { return m_key; }
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_error; }
    QString savedKey() const { return m_saved; }
    void accept() override;

private:
    // The document typed, or nullopt with the problem shown.
    std::optional<QJsonObject> validate();
    void showProblem(const QString &problem);

    QPointer<ContaxyDocumentModel> m_model; // gone if the account signs out meanwhile
    QString m_originalKey;
    QLineEdit *m_key;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_saved;
    bool m_waiting = false;
};

} // namespace wharf::ui
