#pragma once

#include "common/resourcepage.h"

class QCheckBox;
class QComboBox;
class QTableView;

namespace wharf {
class ProjectWJobModel;
namespace projectw {
struct Job;
}
} // namespace wharf

namespace wharf::ui {

// A Project-W account's transcription jobs: drop audio or video anywhere on the page (or use
// Submit) to transcribe it with the chosen model and language, watch progress, abort, delete,
// and save transcripts (double-click) through the transfer queue.
class ProjectWJobsPage : public ResourcePage
{
    Q_OBJECT
public:
    ProjectWJobsPage(const PageContext &context, QWidget *parent = nullptr);

    // Submits the files with the settings chosen on the page; returns the number accepted.
    int submitFiles(const QStringList &paths);
    void setTransferQueue(transfer::TransferQueue *queue) override;
    // Files of this account on their way to becoming jobs: settings being registered, uploads
    // queued or running. The status line counts them.
    int submissionsUnderWay() const;

    QTableView *view() const { return m_view; }
    ProjectWJobModel *model() const { return m_model; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *modelBox() const { return m_modelBox; }
    QComboBox *languageBox() const { return m_languageBox; }
    QAction *saveAction() const { return m_save; }
    QAction *abortAction() const { return m_abort; }
    QAction *deleteAction() const { return m_delete; }

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;
    void ownTransferFinished(transfer::Transfer *transfer) override;

private:
    QWidget *settingsBar();
    QList<int> selectedRows() const;
    void chooseFiles();
    void saveTranscripts(const QList<int> &rows);
    void changeJobs(bool abort);
    void notifyEnded(const projectw::Job &job);

    ProjectWJobModel *m_model;
    QTableView *m_view;
    QComboBox *m_format;
    QComboBox *m_modelBox;
    QComboBox *m_languageBox;
    QCheckBox *m_translate;
    QAction *m_submit;
    QAction *m_save;
    QAction *m_abort;
    QAction *m_delete;
};

} // namespace wharf::ui
