#include "projectw/projectwjobspage.h"

#include "auth/accountsession.h"
#include "common/resourcetable.h"
#include "notify/notifier.h"
#include "projectw/projectwjobmodel.h"
#include "settings/appsettings.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wharf::ui {

using projectw::Job;
using projectw::TranscriptFormat;

namespace {
// Languages offered first; Whisper knows many more, and the server takes any ISO 639-1 code.
const char *const kLanguages[] = {"en", "de", "fr", "es", "it", "nl", "pt", "ja", "zh"};
} // namespace

ProjectWJobsPage::ProjectWJobsPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ProjectWJobModel(session(), this))
    , m_view(new QTableView(this))
    , m_format(new QComboBox(this))
    , m_modelBox(new QComboBox(this))
    , m_languageBox(new QComboBox(this))
    , m_translate(new QCheckBox(tr("&Translate to English"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Transcription jobs"));
    setUpResourceTable(m_view, ProjectWJobModel::FileColumn);
    m_view->setSortingEnabled(false); // newest first, as the server pages them
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (TranscriptFormat format : projectw::transcriptFormats())
        m_format->addItem(projectw::transcriptFormatName(format), int(format));
    m_format->setAccessibleName(tr("Transcript format"));
    // Drop audio anywhere on the page to submit it.
    acceptFileDrops([this](const QStringList &paths) { submitFiles(paths); });

    m_submit = addAction(QStringLiteral("media-playback-start"),
                         tr("&Submit Audio…"),
                         QKeySequence::Open,
                         false,
                         [this] { chooseFiles(); });
    m_abort = addAction(QStringLiteral("process-stop"), tr("&Abort"), QKeySequence(), true, [this] {
        changeJobs(true);
    });
    m_delete = addAction(
        QStringLiteral("edit-delete"), tr("&Delete"), QKeySequence::Delete, true, [this] {
            changeJobs(false);
        });
    toolBar()->addSeparator();
    toolBar()->addWidget(m_format);
    m_save = addAction(
        QStringLiteral("document-save"), tr("Sa&ve Transcript"), QKeySequence::Save, true, [this] {
            saveTranscripts(selectedRows());
        });
    addAction(QStringLiteral("view-refresh"), tr("&Reload"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settingsBar());
    layout->addWidget(m_view, 1);
    setList(m_model, content, m_view);
    auto fit = [this] {
        m_view->resizeColumnToContents(ProjectWJobModel::StatusColumn);
        m_view->resizeColumnToContents(ProjectWJobModel::CreatedColumn);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fit);
    connect(m_model, &ProjectWJobModel::submissionsChanged, this, &ProjectWJobsPage::updateStatus);
    connect(m_model, &ProjectWJobModel::jobEnded, this, &ProjectWJobsPage::notifyEnded);
    setTransferOwner(projectw::submissionsOwner());
    setTransferQueue(context.transfers);
    updateActions();
}

void ProjectWJobsPage::setTransferQueue(transfer::TransferQueue *queue)
{
    if (!queue || queue == transfers())
        return;
    ResourcePage::setTransferQueue(queue);
    // The count of submissions under way follows the queue (transfers restored at start-up,
    // added after the settings were registered, removed by the user).
    for (auto signal :
         {&transfer::TransferQueue::transferAdded, &transfer::TransferQueue::transferRemoved})
        connect(queue, signal, this, &ProjectWJobsPage::updateStatus);
    updateStatus();
}

int ProjectWJobsPage::submissionsUnderWay() const
{
    int count = m_model->preparingSubmissions();
    for (int i = 0; transfers() && i < transfers()->count(); ++i) {
        const transfer::Transfer *t = transfers()->at(i);
        if (t->spec().owner == projectw::submissionsOwner()
            && t->spec().accountId == context().id.accountId && !t->isFinished()
            && t->state() != transfer::Transfer::State::Interrupted)
            ++count;
    }
    return count;
}

// A submission shows up as a job once its upload has finished.
void ProjectWJobsPage::ownTransferFinished(transfer::Transfer *transfer)
{
    if (transfer->state() == transfer::Transfer::State::Failed)
        setNotice(tr("%1 was not submitted: %2")
                      .arg(transfer->spec().displayName(), transfer->error().message));
    updateStatus();
    m_model->reload();
}

// Said also while the window is hidden: transcriptions take long enough to look away.
void ProjectWJobsPage::notifyEnded(const Job &job)
{
    notify::Notifier *notifier = context().app.notifier;
    if (!notifier)
        return;
    notify::Notification note;
    note.context = context().id.toString();
    note.actionId = QStringLiteral("open");
    note.actionLabel = tr("Show");
    if (job.step == Job::Step::Failed) {
        note.kind = notify::Notification::Kind::Failure;
        note.title = tr("Transcription failed");
        note.body = job.error.isEmpty() ? job.fileName : tr("%1: %2").arg(job.fileName, job.error);
    } else {
        note.kind = notify::Notification::Kind::Success;
        note.title = tr("Transcription finished");
        note.body = job.fileName;
    }
    notifier->notify(note);
}

// Settings for new submissions; the first entries keep the account's defaults.
QWidget *ProjectWJobsPage::settingsBar()
{
    m_modelBox->addItem(tr("Default model"), QString());
    for (const QString &model : projectw::whisperModels())
        m_modelBox->addItem(model, model);
    m_modelBox->setAccessibleName(tr("Whisper model for new jobs"));
    m_languageBox->addItem(tr("Detect language"), QString());
    for (const char *code : kLanguages) {
        const QLocale locale(QString::fromLatin1(code));
        m_languageBox->addItem(locale.nativeLanguageName(), // as its speakers write it
                               QString::fromLatin1(code));
    }
    m_languageBox->setAccessibleName(tr("Spoken language of new jobs"));
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *modelLabel = new QLabel(tr("&Model:"), bar);
    modelLabel->setBuddy(m_modelBox);
    auto *languageLabel = new QLabel(tr("&Language:"), bar);
    languageLabel->setBuddy(m_languageBox);
    row->addWidget(modelLabel);
    row->addWidget(m_modelBox);
    row->addWidget(languageLabel);
    row->addWidget(m_languageBox);
    row->addWidget(m_translate);
    row->addStretch();
    return bar;
}

QString ProjectWJobsPage::pageName() const
{
    return tr("Transcription jobs");
}

QString ProjectWJobsPage::countText() const
{
    const QString jobs = tr("%n job(s)", nullptr, m_model->rowCount());
    const int submitting = submissionsUnderWay();
    return submitting == 0
        ? jobs
        : tr("%1, %2").arg(jobs, tr("%n file(s) being submitted", nullptr, submitting));
}

int ProjectWJobsPage::submitFiles(const QStringList &paths)
{
    if (!transfers())
        return 0;
    projectw::JobSettings settings;
    settings.model = m_modelBox->currentData().toString();
    settings.language = m_languageBox->currentData().toString();
    settings.translate = m_translate->isChecked();
    const int accepted = m_model->submit(paths, settings, transfers());
    updateStatus();
    return accepted;
}

void ProjectWJobsPage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Submit Audio or Video for Transcription"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setMimeTypeFilters({QStringLiteral("audio/mpeg"),
                                QStringLiteral("audio/x-wav"),
                                QStringLiteral("audio/flac"),
                                QStringLiteral("audio/ogg"),
                                QStringLiteral("audio/mp4"),
                                QStringLiteral("video/mp4"),
                                QStringLiteral("application/octet-stream")});
    connect(dialog, &QFileDialog::filesSelected, this, &ProjectWJobsPage::submitFiles);
    dialog->open();
}

QList<int> ProjectWJobsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ProjectWJobsPage::openRow(const QModelIndex &index)
{
    saveTranscripts({index.row()});
}

void ProjectWJobsPage::saveTranscripts(const QList<int> &rows)
{
    if (!transfers())
        return;
    const auto format = TranscriptFormat(m_format->currentData().toInt());
    const AppSettings *settings = context().app.settings;
    const QString folder
        = settings ? settings->downloadFolder() : AppSettings::defaultDownloadFolder();
    int queued = 0;
    for (int row : rows) {
        const Job &job = m_model->job(row);
        if (!job.hasTranscript())
            continue;
        transfers()->enqueue(projectw::transcriptSpec(
            context().id.accountId, session()->account().serverUrl, job, format, folder));
        ++queued;
    }
    if (queued > 0)
        setNotice(tr("%n transcript(s) being saved into %1.", nullptr, queued).arg(folder));
}

void ProjectWJobsPage::changeJobs(bool abort)
{
    QList<int> ids;
    for (int row : selectedRows()) {
        const Job &job = m_model->job(row);
        if (abort ? job.isAbortable() : job.isFinished())
            ids << job.id;
    }
    if (ids.isEmpty())
        return;
    if (abort)
        m_model->abort(ids);
    else
        m_model->remove(ids);
}

void ProjectWJobsPage::updateActions()
{
    bool finished = false, abortable = false, transcript = false;
    for (int row : selectedRows()) {
        const Job &job = m_model->job(row);
        finished |= job.isFinished();
        abortable |= job.isAbortable();
        transcript |= job.hasTranscript();
    }
    m_submit->setEnabled(transfers());
    m_abort->setEnabled(abortable);
    m_delete->setEnabled(finished);
    m_save->setEnabled(transcript && transfers());
}

} // namespace wharf::ui
