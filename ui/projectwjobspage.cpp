#include "projectwjobspage.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "droppedfiles.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "projectw/jobs.h"
#include "projectwjobmodel.h"
#include "resourcetable.h"
#include "settings/appsettings.h"
#include "transfer/filenames.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace wharf::ui {

using projectw::Job;
using projectw::TranscriptFormat;

ProjectWJobsPage::ProjectWJobsPage(const AppContext &context,
                                   const QString &accountId,
                                   transfer::TransferQueue *transfers,
                                   QWidget *parent)
    : Page(QStringLiteral("account/%1/jobs").arg(accountId), parent)
    , m_context(context)
    , m_accountId(accountId)
    , m_transfers(nullptr)
    , m_model(new ProjectWJobModel(context.sessions->session(accountId)->client(), this))
    , m_view(new QTableView(this))
    , m_format(new QComboBox(this))
    , m_submit(new QPushButton(tr("&Submit audio…"), this))
    , m_save(new QPushButton(tr("&Save transcript"), this))
    , m_abort(new QPushButton(tr("&Abort"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Transcription jobs"));
    setUpResourceTable(m_view, ProjectWJobModel::FileColumn);
    m_view->setSortingEnabled(false); // newest first, as the server pages them
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    const QList<QPair<QString, TranscriptFormat>> formats {
        {tr("Plain text (.txt)"), TranscriptFormat::Txt},
        {tr("Subtitles (.srt)"), TranscriptFormat::Srt},
        {tr("Web subtitles (.vtt)"), TranscriptFormat::Vtt},
        {tr("Table (.tsv)"), TranscriptFormat::Tsv},
        {tr("JSON with timings (.json)"), TranscriptFormat::Json},
    };
    for (const auto &[label, format] : formats)
        m_format->addItem(label, int(format));
    m_format->setAccessibleName(tr("Transcript format"));
    m_status->setAccessibleName(tr("Jobs status"));
    m_status->setWordWrap(true);
    setAcceptDrops(true); // drop audio anywhere on the page to submit it

    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_submit);
    bar->addWidget(m_abort);
    bar->addWidget(m_delete);
    bar->addStretch();
    bar->addWidget(formatLabel);
    bar->addWidget(m_format);
    bar->addWidget(m_save);
    bar->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_submit, &QPushButton::clicked, this, &ProjectWJobsPage::chooseFiles);
    connect(m_save, &QPushButton::clicked, this, &ProjectWJobsPage::saveTranscripts);
    connect(m_abort, &QPushButton::clicked, this, [this] { changeJobs(true); });
    connect(m_delete, &QPushButton::clicked, this, [this] { changeJobs(false); });
    connect(m_reload, &QPushButton::clicked, m_model, &ProjectWJobModel::reload);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ProjectWJobsPage::updateActions);
    auto fitAndCount = [this] {
        m_view->resizeColumnToContents(ProjectWJobModel::StatusColumn);
        m_view->resizeColumnToContents(ProjectWJobModel::CreatedColumn);
        updateStatus();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitAndCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitAndCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProjectWJobsPage::updateActions);
    connect(m_model, &ProjectWJobModel::loadingChanged, this, &ProjectWJobsPage::updateStatus);
    connect(m_model, &ProjectWJobModel::errorOccurred, this, [this](const net::ApiError &error) {
        if (auto *monitor = m_context.sessions->monitor(m_accountId))
            monitor->report(error);
        updateStatus();
    });
    setTransferQueue(transfers);
    updateActions();
    updateStatus();
}

void ProjectWJobsPage::setTransferQueue(transfer::TransferQueue *queue)
{
    if (!queue || queue == m_transfers)
        return;
    m_transfers = queue;
    // A submission shows up as a job once its upload has finished.
    connect(queue, &transfer::TransferQueue::transferFinished, this, [this](transfer::Transfer *t) {
        const auto &spec = t->spec();
        if (spec.accountId == m_accountId && spec.isUpload()
            && spec.url.path().endsWith(QLatin1String("/api/jobs/submit_job")))
            m_model->reload();
    });
    updateActions();
}

bool ProjectWJobsPage::takeFiles(const QStringList &paths)
{
    if (!m_transfers)
        return false;
    submitFiles(paths);
    return true;
}

QString ProjectWJobsPage::title() const
{
    const auto account = m_context.accounts->findById(m_accountId);
    return tr("Transcription jobs — %1").arg(account ? account->displayName : QString());
}

QByteArray ProjectWJobsPage::rawReply() const
{
    return m_model->lastReply();
}

void ProjectWJobsPage::activate()
{
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->reload();
}

int ProjectWJobsPage::submitFiles(const QStringList &paths)
{
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (!m_transfers || !session)
        return 0;
    int queued = 0;
    QStringList refused;
    for (const QString &path : paths) {
        const QString problem = projectw::audioFileProblem(path);
        if (!problem.isEmpty()) {
            refused << problem;
            continue;
        }
        m_transfers->enqueue(projectw::submitSpec(m_accountId, session->account().serverUrl, path));
        ++queued;
    }
    QString notice = tr("%n file(s) being submitted.", nullptr, queued);
    if (!refused.isEmpty())
        notice += QLatin1Char(' ') + tr("Not submitted: %1").arg(refused.join(QLatin1Char(' ')));
    setNotice(notice);
    return queued;
}

void ProjectWJobsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ProjectWJobsPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    submitFiles(paths);
}

void ProjectWJobsPage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Submit audio or video for transcription"));
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

void ProjectWJobsPage::saveTranscripts()
{
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (!session)
        return;
    const auto format = TranscriptFormat(m_format->currentData().toInt());
    const QString folder = m_context.settings ? m_context.settings->downloadFolder()
                                              : AppSettings::defaultDownloadFolder();
    for (int row : selectedRows()) {
        const Job job = m_model->job(row);
        if (!job.hasTranscript())
            continue;
        auto *call = session->client()->send(projectw::transcriptRequest(job.id, format), this);
        connect(call, &net::ApiCall::finished, this, [=, this](const net::ApiResponse &response) {
            call->deleteLater();
            net::ApiError error = response.error;
            const auto text = error ? std::nullopt : projectw::parseTranscript(response, &error);
            if (!text) {
                setNotice(tr("Could not get the transcript of %1: %2")
                              .arg(job.fileName, error.toString()));
                return;
            }
            // Written whole or not at all: a full disk must not leave half a transcript. An
            // existing file of that name (another job of the same audio) is never replaced.
            QSaveFile file(
                transfer::uniqueFilePath(folder, projectw::transcriptFileName(job, format)));
            if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0
                || !file.commit()) {
                setNotice(tr("Could not save %1: %2").arg(file.fileName(), file.errorString()));
                return;
            }
            setNotice(tr("Saved %1.").arg(QDir::toNativeSeparators(file.fileName())));
            m_model->reload(); // the job is now marked downloaded
        });
    }
}

void ProjectWJobsPage::changeJobs(bool abort)
{
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (!session)
        return;
    QList<int> ids;
    for (int row : selectedRows()) {
        const Job &job = m_model->job(row);
        if (abort ? job.isAbortable() : job.isFinished())
            ids << job.id;
    }
    if (ids.isEmpty())
        return;
    const auto request = abort ? projectw::abortJobsRequest(ids) : projectw::deleteJobsRequest(ids);
    auto *call = session->client()->send(request, this);
    connect(call, &net::ApiCall::finished, this, [this, call, abort](const auto &response) {
        call->deleteLater();
        if (response.error)
            setNotice((abort ? tr("Could not abort: %1") : tr("Could not delete: %1"))
                          .arg(response.error.toString()));
        else
            setNotice(abort ? tr("Abort requested.") : tr("Deleted."));
        m_model->reload();
    });
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
    m_submit->setEnabled(m_transfers);
    m_abort->setEnabled(abortable);
    m_delete->setEnabled(finished);
    m_save->setEnabled(transcript);
}

void ProjectWJobsPage::setNotice(const QString &notice)
{
    m_notice = notice;
    updateStatus();
}

void ProjectWJobsPage::updateStatus()
{
    QString text;
    if (m_model->isLoading() && m_model->rowCount() == 0)
        text = tr("Loading…");
    else if (m_model->lastError())
        text = tr("Could not load jobs: %1").arg(m_model->lastError().toString());
    else
        text = tr("%n job(s)", nullptr, m_model->rowCount());
    if (!m_notice.isEmpty())
        text += QStringLiteral(" — ") + m_notice;
    m_status->setText(text);
    updateActions();
}

} // namespace wharf::ui
