#include "projectw/projectwjobspage.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "common/droppedfiles.h"
#include "common/resourcetable.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "projectw/jobs.h"
#include "projectw/projectwjobmodel.h"
#include "settings/appsettings.h"
#include "transfer/filenames.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QCheckBox>
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
    , m_modelBox(new QComboBox(this))
    , m_languageBox(new QComboBox(this))
    , m_translate(new QCheckBox(tr("&Translate to English"), this))
    , m_submit(new QPushButton(tr("&Submit audio…"), this))
    , m_save(new QPushButton(tr("Sa&ve transcript"), this))
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
    // Settings for new submissions; the first entries keep the account's defaults.
    m_modelBox->addItem(tr("Default model"), QString());
    for (const char *model : {"tiny", "base", "small", "medium", "turbo", "large"})
        m_modelBox->addItem(QString::fromLatin1(model), QString::fromLatin1(model));
    m_modelBox->setAccessibleName(tr("Whisper model for new jobs"));
    m_languageBox->addItem(tr("Detect language"), QString());
    const QList<QPair<QString, QString>> languages {
        {tr("English"), QStringLiteral("en")},
        {tr("German"), QStringLiteral("de")},
        {tr("French"), QStringLiteral("fr")},
        {tr("Spanish"), QStringLiteral("es")},
        {tr("Italian"), QStringLiteral("it")},
        {tr("Dutch"), QStringLiteral("nl")},
        {tr("Portuguese"), QStringLiteral("pt")},
        {tr("Japanese"), QStringLiteral("ja")},
        {tr("Chinese"), QStringLiteral("zh")},
    };
    for (const auto &[name, code] : languages)
        m_languageBox->addItem(name, code);
    m_languageBox->setAccessibleName(tr("Spoken language of new jobs"));
    m_status->setAccessibleName(tr("Jobs status"));
    m_status->setWordWrap(true);
    setAcceptDrops(true); // drop audio anywhere on the page to submit it

    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *settingsBar = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_modelBox);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageBox);
    settingsBar->addWidget(modelLabel);
    settingsBar->addWidget(m_modelBox);
    settingsBar->addWidget(languageLabel);
    settingsBar->addWidget(m_languageBox);
    settingsBar->addWidget(m_translate);
    settingsBar->addStretch();
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
    layout->addLayout(settingsBar);
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
    QStringList accepted;
    QStringList refused;
    for (const QString &path : paths) {
        const QString problem = projectw::audioFileProblem(path);
        if (problem.isEmpty())
            accepted << path;
        else
            refused << problem;
    }
    projectw::JobSettings settings;
    settings.model = m_modelBox->currentData().toString();
    settings.language = m_languageBox->currentData().toString();
    settings.translate = m_translate->isChecked();
    if (!settings.problem().isEmpty()) {
        setNotice(settings.problem());
        return 0;
    }
    QString notice = tr("%n file(s) being submitted.", nullptr, int(accepted.size()));
    if (!refused.isEmpty())
        notice += QLatin1Char(' ') + tr("Not submitted: %1").arg(refused.join(QLatin1Char(' ')));
    setNotice(notice);
    if (accepted.isEmpty())
        return 0;
    if (settings.isDefault()) {
        enqueue(accepted, std::nullopt);
        return int(accepted.size());
    }
    // Chosen settings are registered once, then every file of this batch refers to them.
    net::send(session->client(),
              projectw::submitSettingsRequest(settings),
              this,
              [this, accepted](const auto &response) {
                  net::ApiError error = response.error;
                  const auto id
                      = error ? std::nullopt : projectw::parseSettingsId(response, &error);
                  if (!id) {
                      setNotice(tr("The job settings were refused: %1").arg(error.toString()));
                      return;
                  }
                  enqueue(accepted, id);
              });
    return int(accepted.size());
}

void ProjectWJobsPage::enqueue(const QStringList &paths, std::optional<int> settingsId)
{
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (!m_transfers || !session)
        return;
    for (const QString &path : paths)
        m_transfers->enqueue(
            projectw::submitSpec(m_accountId, session->account().serverUrl, path, settingsId));
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
        net::send(
            session->client(),
            projectw::transcriptRequest(job.id, format),
            this,
            [=, this](const net::ApiResponse &response) {
                net::ApiError error = response.error;
                const auto text
                    = error ? std::nullopt : projectw::parseTranscript(response, &error);
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
    net::send(session->client(), request, this, [this, abort](const auto &response) {
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
