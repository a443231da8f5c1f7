#pragma once

#include "contaxy/files.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace wharf {
class ContaxyFileDetails;
class ContaxyFileVersionModel;
namespace auth {
class AccountSession;
}
} // namespace wharf

namespace wharf::ui {

// A file's properties: what the server knows of it (read-only), its display name,
// description and custom metadata (editable, saved as a merge patch of what changed), and
// its versions (download one, delete one, delete every older one).
class FilePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    FilePropertiesDialog(auth::AccountSession *session,
                         const QString &projectId,
                         const contaxy::FileItem &file,
                         QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QTableWidget *metadataTable() const { return m_metadata; }
    QTableView *versionsView() const { return m_versions; }
    ContaxyFileVersionModel *versionModel() const { return m_versionModel; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *deleteVersionButton() const { return m_deleteVersion; }
    QPushButton *deleteOlderButton() const { return m_deleteOlder; }
    void accept() override;

Q_SIGNALS:
    void changed(); // saved, or versions deleted: the file list is out of date
    void downloadVersion(const contaxy::FileItem &version);

private:
    QWidget *generalTab();
    QWidget *versionsTab();
    void showFile();
    QJsonObject metadata() const;
    void validate();
    void say(const QString &message, bool problem);
    int selectedVersionRow() const;

    ContaxyFileDetails *m_details;
    ContaxyFileVersionModel *m_versionModel;
    QTabWidget *m_tabs;
    QLabel *m_facts;
    QLineEdit *m_displayName;
    QPlainTextEdit *m_description;
    QTableWidget *m_metadata;
    QTableView *m_versions;
    QPushButton *m_downloadVersion;
    QPushButton *m_deleteVersion;
    QPushButton *m_deleteOlder;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace wharf::ui
