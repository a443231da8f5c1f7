#include "projectw/projectwjobmodel.h"

#include "auth/accountsession.h"
#include "net/then.h"
#include "projectw/jobevents.h"
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
    m_batch.setInterval(100);
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, &ProjectWJobModel::refreshPending);

    m_events = new projectw::JobEventFollower(session->client(), this);
    connect(m_events, &projectw::JobEventFollower::connected, this, &ProjectWJobModel::onEventsUp);
    connect(m_events, &projectw::JobEventFollower::disconnected, this, [this] {
        if (std::exchange(m_live, false))
            Q_EMIT liveChanged(false);
        pollLaterIfActive(); // polling stands in until the stream is back
    });
    // Out of order is fine (an update can come before the creation): either reads the job.
    for (auto signal :
         {&projectw::JobEventFollower::jobCreated, &projectw::JobEventFollower::jobUpdated})
        connect(m_events, signal, this, [this](int id) { refreshSoon({id}); });
    connect(m_events, &projectw::JobEventFollower::jobDeleted, this, [this](int id) {
        m_pending.remove(id);
        removeRowWithKey(m_rows, QString::number(id), idOf);
    });
    connect(session, &auth::AccountSession::signedOut, m_events, [this] { m_events->stop(); });
}

void ProjectWJobModel::setLiveUpdates(bool on)
{
    m_liveUpdates = on;
    if (!on)
        m_events->stop();
    else if (loader()->hasLoaded())
        startEvents();
}

bool ProjectWJobModel::isLive() const
{
    return m_events->isConnected();
}

void ProjectWJobModel::startEvents()
{
    if (m_liveUpdates && m_session->hasToken())
        m_events->start(); // nothing when it runs already
}

// The server replays nothing: whatever happened while the stream was down is read now.
void ProjectWJobModel::onEventsUp()
{
    m_poll.stop();
    m_live = true;
    Q_EMIT liveChanged(true);
    QList<int> unfinished; // rows beyond the first page too
    for (const Job &job : std::as_const(m_rows)) {
        if (!job.isFinished())
            unfinished << job.id;
    }
    refreshSoon(unfinished);
    reload();
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
    if (token.isEmpty() && m_refreshing) {
        // The first page brings the shown rows up to date; rows read for events stay due, as
        // the page may have been read before their change.
        delete m_refreshing;
        for (int id : std::as_const(m_refreshingIds))
            m_pending.insert(id);
    }
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
                                       startEvents();
                                       pollLaterIfActive();
                                       refreshPending();
                                   }};
            done({error, page.raw, error ? ListLoader::Rows() : rows});
        });
}

// The first page again: rows in its id range follow it (in place, no reset); older rows the
// user paged in stay, unless this page is the whole list.
void ProjectWJobModel::syncFirstPage(const QList<Job> &jobs, bool morePages)
{
    QSet<int> running;
    for (const Job &row : std::as_const(m_rows)) {
        if (!row.isFinished())
            running.insert(row.id);
    }
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
    for (const Job &job : jobs) {
        if (job.isFinished() && running.contains(job.id))
            Q_EMIT jobEnded(job);
    }
}

void ProjectWJobModel::refreshSoon(const QList<int> &ids)
{
    for (int id : ids)
        m_pending.insert(id);
    if (!m_pending.isEmpty() && !m_batch.isActive())
        m_batch.start();
}

void ProjectWJobModel::refreshPending()
{
    if (m_pending.isEmpty() || m_refreshing || !m_session->hasToken())
        return; // one read at a time; the one under way asks again when done
    QList<int> ids = m_pending.values();
    std::sort(ids.begin(), ids.end(), std::greater<int>());
    ids = ids.mid(0, m_pageSize); // the rest in the next read
    for (int id : std::as_const(ids))
        m_pending.remove(id);
    auto *context = new QObject(this);
    m_refreshing = context;
    m_refreshingIds = ids;
    projectw::fetchJobs(
        m_session->client(),
        ids,
        context,
        [this, context](const projectw::JobPage &page, const net::ApiError &error) {
            context->deleteLater();
            m_refreshingIds.clear();
            Q_UNUSED(error) // a failed poll is tried again below; a reload reports errors
            applyJobs(page.jobs);
            pollLaterIfActive();
            if (!m_pending.isEmpty())
                m_batch.start();
        });
}

// Only these rows change (dataChanged, no reset); a job not shown yet is inserted when it is
// newer than the oldest shown one (or everything is shown), else its page brings it.
void ProjectWJobModel::applyJobs(const QList<Job> &jobs)
{
    for (const Job &job : jobs) {
        const int row = rowOf(job.id);
        if (row < 0) {
            const bool belongs = m_rows.isEmpty() ? loader()->atEnd()
                                                  : job.id > m_rows.last().id || loader()->atEnd();
            if (belongs && loader()->hasLoaded())
                insertSorted(m_rows, job, newerFirst);
            continue;
        }
        const bool ended = !m_rows.at(row).isFinished() && job.isFinished();
        m_rows[row] = job;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (ended)
            Q_EMIT jobEnded(job);
    }
}

void ProjectWJobModel::pollLaterIfActive()
{
    if (m_events->isConnected() || m_poll.interval() <= 0)
        return; // events tell what changes
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
        if (!job.isFinished())
            active << job.id;
    }
    refreshSoon(active);
    refreshPending();
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
    // What is under way shows from the transfers (the page counts them); only refusals here.
    if (!refused.isEmpty())
        Q_EMIT actionFinished(tr("Not submitted: %1").arg(refused.join(QLatin1Char(' '))), false);
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
    m_preparing += int(accepted.size());
    Q_EMIT submissionsChanged();
    const int files = int(accepted.size());
    net::send(m_session->client(),
              projectw::submitSettingsRequest(settings),
              this,
              [this, enqueue, files](const net::ApiResponse &response) {
                  m_preparing -= files;
                  net::ApiError error = response.error;
                  const auto id
                      = error ? std::nullopt : projectw::parseSettingsId(response, &error);
                  if (id)
                      enqueue(id);
                  else
                      Q_EMIT actionFinished(
                          tr("The job settings were refused: %1").arg(error.toString()), false);
                  Q_EMIT submissionsChanged();
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
                  refreshSoon(ids);
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
