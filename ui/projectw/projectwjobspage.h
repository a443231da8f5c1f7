#pragma once

#include "common/page.h"
#include "shell/appcontext.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace wharf {
class ProjectWJobModel;
namespace transfer {
class TransferQueue;
}
} // namespace wharf

namespace wharf::ui {

// Project-W transcription jobs: submit audio or video (button or drag and drop), watch them
// progress, abort, delete, and save transcripts in the format the user picks.
class ProjectWJobsPage : public Page
{
    Q_OBJECT
public:
    ProjectWJobsPage(const AppContext &context,
                     const QString &accountId,
                     transfer::TransferQueue *transfers,
                     QWidget *parent = nullptr);

    QString title() const override;
    QByteArray rawReply() const override;
    void activate() override;
    void setTransferQueue(transfer::TransferQueue *queue) override;
    bool takeFiles(const QStringList &paths) override;

    // Queues one job submission per audio/video file; others are listed as refused.
    int submitFiles(const QStringList &paths);

    QTableView *view() const { return m_view; }
    ProjectWJobModel *model() const { return m_model; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *modelBox() const { return m_modelBox; }
    QComboBox *languageBox() const { return m_languageBox; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *abortButton() const { return m_abort; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QList<int> selectedRows() const;
    void chooseFiles();
    void enqueue(const QStringList &paths, std::optional<int> settingsId);
    void saveTranscripts();
    void changeJobs(bool abort);
    void updateActions();
    void updateStatus();
    void setNotice(const QString &notice);

    AppContext m_context;
    QString m_accountId;
    transfer::TransferQueue *m_transfers;
    ProjectWJobModel *m_model;
    QTableView *m_view;
    QComboBox *m_format;
    QComboBox *m_modelBox;
    QComboBox *m_languageBox;
    QCheckBox *m_translate;
    QPushButton *m_submit;
    QPushButton *m_save;
    QPushButton *m_abort;
    QPushButton *m_delete;
    QPushButton *m_reload;
    QLabel *m_status;
    QString m_notice;
};

} // namespace wharf::ui
