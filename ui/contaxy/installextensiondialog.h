#pragma once

#include "contaxy/extensions.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace wharf {
class ContaxyExtensionModel;
}

namespace wharf::ui {

// Installs an extension in a project: the image and the service's name, endpoints and
// environment, plus the extension's type, web UI and API endpoints and capabilities. Suggest
// asks the server for a configuration of the image (upstream answers 500: then its message
// is shown and the fields stay as they are). Everything is checked before sending.
class InstallExtensionDialog : public QDialog
{
    Q_OBJECT
public:
    InstallExtensionDialog(ContaxyExtensionModel *model, QWidget *parent = nullptr);

    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *endpointsEdit() const { return m_endpoints; }
    QLineEdit *uiEdit() const { return m_ui; }
    QLineEdit *apiEdit() const { return m_api; }
    QLineEdit *capabilitiesEdit() const { return m_capabilities; }
    QPlainTextEdit *environmentEdit() const { return m_environment; }
    QPushButton *suggestButton() const { return m_suggest; }
    QPushButton *installButton() const { return m_install; }
    QLabel *messageLabel() const { return m_message; }

    // What the fields say; problems in the environment lines are added to `problems`.
    contaxy::ExtensionInput input(QStringList *problems) const;
    void suggest();
    void accept() override;

private:
    void validate();
    void fill(const contaxy::ExtensionInput &in);
    void say(const QString &message);

    QPointer<ContaxyExtensionModel> m_model;
    QLineEdit *m_image;
    QPushButton *m_suggest;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_type;
    QLineEdit *m_endpoints;
    QLineEdit *m_ui;
    QLineEdit *m_api;
    QLineEdit *m_capabilities;
    QPlainTextEdit *m_environment;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_install;
    bool m_busy = false;
};

} // namespace wharf::ui
