#include "projectw/projectwjobmodel.h"

#include "auth/accountsession.h"
#include "net/then.h"
#include "projectw/joblisting.h"
#include "transfer/transferqueue.h"

#include <QIcon>
#include <QLocale>

namespace wharf {

using projectw::Job;

namespace {
QString idOf(const Job &job)
{
    return QString::number(job.id);
}
bool newerFirst(const Job &a, const Job &b)
{
    return a.id > b.id;
}

QString stepIcon(Job::Step step)
{
    switch (step) {
    case Job::Step::Queued:
    case Job::Step::Assigned:
        return QStringLiteral("media-playback-pause");
    case Job::Step::Running:
        return QStringLiteral("media-playback-start");
    case Job::Step::Aborting:
        return QStringLiteral("process-stop");
    case Job::Step::Succeeded:
        return QStringLiteral("task-complete");
    case Job::Step::Downloaded:
        return QStringLiteral("document-save");
    case Job::Step::Failed:
        return QStringLiteral("dialog-error");
    }
    return QString();
}
} // namespace

ProjectWJobModel::ProjectWJobModel(auth::AccountSession *session, QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
{
    setSession(session);
    setLoader(new ListLoader(
        [this](const QString &token, QObject *context, const ListLoader::Done &done) {
            fetchPage(token, context, done);
        },
        this));
    m_poll.setInterval(2000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &ProjectWJobModel::pollActive);
    // A failed page or poll (a short outage) must not stop the live progress.
    connect(loader(), &ListLoader::errorOccurred, this, &ProjectWJobModel::pollLaterIfActive);
}

int ProjectWJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectWJobModel::stepText(Job::Step step)
{
    switch (step) {
    case Job::Step::Queued:
        return tr("Waiting for a runner");
    case Job::Step::Assigned:
        return tr("Starting");
    case Job::Step::Running:
        return tr("Transcribing");
    case Job::Step::Aborting:
        return tr("Aborting");
    case Job::Step::Succeeded:
        return tr("Done");
    case Job::Step::Failed:
        return tr("Failed");
    case Job::Step::Downloaded:
        return tr("Done, downloaded");
    }
    return QString();
}

QVariant ProjectWJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Job &job = m_rows.at(index.row());
    if (role == models::IdRole)
        return job.id;
    if (role == ProgressRole)
        return job.progress;
    if (role == StepRole)
        return int(job.step);
    if (role == models::IconNameRole)
        return stepIcon(job.step);
    if (role == Qt::DecorationRole)
        return index.column() == StatusColumn ? QVariant(QIcon::fromTheme(stepIcon(job.step)))
                                              : QVariant();
    if (role == Qt::ToolTipRole) {
        const QString settings
            = tr("Model %1, language %2")
                  .arg(job.model, job.language.isEmpty() ? tr("detected") : job.language);
        return job.error.isEmpty() ? settings : job.error + QLatin1Char('\n') + settings;
    }
    if (role != Qt::DisplayRole && role != models::SortRole)
        return QVariant();
    const bool sort = role == models::SortRole;
    switch (index.column()) {
    case FileColumn:
        return job.fileName;
    case StatusColumn:
        if (sort)
            return int(job.step);
        return job.step == Job::Step::Failed && !job.error.isEmpty()
            ? tr("Failed: %1").arg(job.error)
            : stepText(job.step);
    case ProgressColumn:
        return sort ? QVariant(job.progress)
                    : QVariant(QLocale().toString(job.progress, 'f', 0) + QLatin1Char('%'));
    case CreatedColumn:
        return sort ? QVariant(job.created)
                    : QVariant(QLocale().toString(job.created.toLocalTime(), QLocale::ShortFormat));
    default:
        return QVariant();
    }
}

QStringList ProjectWJobModel::columnTitles() const
{
    return {tr("File"), tr("Status"), tr("Progress"), tr("Submitted")};
}

int ProjectWJobModel::rowOf(int jobId) const
{
    // Called for every job of every page and poll: a plain loop, not rowOfId's data() calls.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == jobId)
            return row;
    }
    return -1;
}

void ProjectWJobModel::fetchPage(const QString &token,
                                 QObject *context,
                                 const ListLoader::Done &done)
{
    const int start = token.toInt(); // "" for the first page
    if (token.isEmpty())
        delete m_refreshing; // the first page brings every shown row up to date
    projectw::fetchJobPage(
        m_session->client(),
        start,
        m_pageSize,
        context,
        [this, start, done](const projectw::JobPage &page, const net::ApiError &error) {
            const int end = start + m_pageSize;
            ListLoader::Rows rows {end < page.total ? QString::number(end) : QString(), [=, this] {
                                       if (start == 0)
                                           syncFirstPage(page.jobs, end < page.total);
                                       else
                                           for (const Job &job : page.jobs) {
                                               if (rowOf(job.id) < 0)
                                                   insertSorted(m_rows, job, newerFirst);
                                           }
                                       pollLaterIfActive();
                                   }};
            done({error, page.raw, error ? ListLoader::Rows() : rows});
        });
}

// The first page again: rows in its id range follow it (in place, no reset); older rows the
// user paged in stay, unless this page is the whole list.
void ProjectWJobModel::syncFirstPage(const QList<Job> &jobs, bool morePages)
{
    QList<Job> fresh = jobs;
    if (morePages && !jobs.isEmpty()) {
        // The page's oldest job: the last in newest-first order.
        const int oldest = std::max_element(jobs.cbegin(), jobs.cend(), newerFirst)->id;
        for (const Job &row : std::as_const(m_rows)) {
            if (row.id < oldest)
                fresh << row;
        }
    }
    syncRows(m_rows, fresh, idOf, newerFirst);
}

void ProjectWJobModel::refresh(const QList<int> &ids)
{
    if (ids.isEmpty())
        return;
    delete m_refreshing;
    auto *context = new QObject(this);
    m_refreshing = context;
    projectw::fetchJobs(
        m_session->client(),
        ids,
        context,
        [this, context](const projectw::JobPage &page, const net::ApiError &error) {
            context->deleteLater();
            Q_UNUSED(error) // a failed poll is tried again below; a reload reports errors
            // Only these rows can change: dataChanged, no reset.
            for (const Job &job : page.jobs) {
                const int row = rowOf(job.id);
                if (row < 0)
                    continue;
                m_rows[row] = job;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            pollLaterIfActive();
        });
}

void ProjectWJobModel::pollLaterIfActive()
{
    const bool active = std::any_of(
        m_rows.cbegin(), m_rows.cend(), [](const Job &job) { return !job.isFinished(); });
    if (active && !m_poll.isActive())
        m_poll.start();
}

void ProjectWJobModel::pollActive()
{
    if (!m_session->hasToken())
        return; // signed out: a sign-in reloads (and polls again)
    if (loader()->isLoading() || m_refreshing) {
        pollLaterIfActive(); // a load is under way; ask again after it
        return;
    }
    QList<int> active;
    for (const Job &job : std::as_const(m_rows)) {
        if (!job.isFinished() && active.size() < m_pageSize)
            active << job.id;
    }
    refresh(active);
}

int ProjectWJobModel::submit(const QStringList &paths,
                             const projectw::JobSettings &settings,
                             transfer::TransferQueue *queue)
{
    QStringList accepted, refused;
    for (const QString &path : paths) {
        const QString problem = projectw::audioFileProblem(path);
        (problem.isEmpty() ? accepted : refused) << (problem.isEmpty() ? path : problem);
    }
    if (!settings.problem().isEmpty()) {
        Q_EMIT actionFinished(settings.problem(), false);
        return 0;
    }
    QString notice = tr("%n file(s) being submitted.", nullptr, int(accepted.size()));
    if (!refused.isEmpty())
        notice += QLatin1Char(' ') + tr("Not submitted: %1").arg(refused.join(QLatin1Char(' ')));
    Q_EMIT actionFinished(notice, refused.isEmpty());
    if (accepted.isEmpty())
        return 0;
    const QPointer<transfer::TransferQueue> target(queue);
    auto enqueue = [this, accepted, target](std::optional<int> settingsId) {
        for (const QString &path : accepted) {
            if (target)
                target->enqueue(projectw::submitSpec(
                    m_session->account().id, m_session->account().serverUrl, path, settingsId));
        }
    };
    if (settings.isDefault()) {
        enqueue(std::nullopt);
        return int(accepted.size());
    }
    // Chosen settings are registered once, then every file of this batch refers to them.
    net::send(m_session->client(),
              projectw::submitSettingsRequest(settings),
              this,
              [this, enqueue](const net::ApiResponse &response) {
                  net::ApiError error = response.error;
                  const auto id
                      = error ? std::nullopt : projectw::parseSettingsId(response, &error);
                  if (!id) {
                      Q_EMIT actionFinished(
                          tr("The job settings were refused: %1").arg(error.toString()), false);
                      return;
                  }
                  enqueue(id);
              });
    return int(accepted.size());
}

void ProjectWJobModel::abort(const QList<int> &ids)
{
    net::send(m_session->client(),
              projectw::abortJobsRequest(ids),
              this,
              [this, ids](const net::ApiResponse &response) {
                  if (response.error) {
                      Q_EMIT actionFinished(
                          tr("Could not abort: %1").arg(response.error.toString()), false);
                      return;
                  }
                  Q_EMIT actionFinished(tr("Abort requested."), true);
                  refresh(ids);
              });
}

void ProjectWJobModel::remove(const QList<int> &ids)
{
    net::send(m_session->client(),
              projectw::deleteJobsRequest(ids),
              this,
              [this, ids](const net::ApiResponse &response) {
                  if (response.error) {
                      Q_EMIT actionFinished(
                          tr("Could not delete: %1").arg(response.error.toString()), false);
                      return;
                  }
                  for (int id : ids)
                      removeRowWithKey(m_rows, QString::number(id), idOf);
                  Q_EMIT actionFinished(tr("%n job(s) deleted.", nullptr, int(ids.size())), true);
              });
}

} // namespace wharf
