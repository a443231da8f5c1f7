#include "projectw/projectwjobmodel.h"

#include "net/apicall.h"
#include "net/httpclient.h"

#include <QLocale>

namespace wharf {

using projectw::Job;

ProjectWJobModel::ProjectWJobModel(net::HttpClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_poll.setInterval(2000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &ProjectWJobModel::pollActive);
}

ProjectWJobModel::~ProjectWJobModel()
{
    delete m_call;
}

int ProjectWJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (role == IdRole)
        return job.id;
    if (role == ProgressRole)
        return job.progress;
    if (role == Qt::ToolTipRole) {
        const QString settings
            = tr("Model %1, language %2")
                  .arg(job.model, job.language.isEmpty() ? tr("detected") : job.language);
        return job.error.isEmpty() ? settings : job.error + QLatin1Char('\n') + settings;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
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

QVariant ProjectWJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case CreatedColumn:
        return tr("Submitted");
    default:
        return QVariant();
    }
}

bool ProjectWJobModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_total > m_rows.size() && !isLoading();
}

void ProjectWJobModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadIds(int(m_rows.size()));
}

int ProjectWJobModel::rowOf(int jobId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == jobId)
            return row;
    }
    return -1;
}

void ProjectWJobModel::send(const net::ApiRequest &request,
                            std::function<void(const net::ApiResponse &)> then)
{
    delete m_call; // a newer question replaces an older one
    auto *call = m_client->send(request, this);
    m_call = call;
    setBusy(true);
    connect(call, &net::ApiCall::finished, this, [this, call, then](const auto &response) {
        call->deleteLater();
        m_call.clear();
        m_lastReply = response.body;
        if (response.error) {
            fail(response.error);
            return;
        }
        then(response); // may send the next request of the chain
        if (m_call.isNull())
            setBusy(false);
    });
}

void ProjectWJobModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT loadingChanged(busy);
}

void ProjectWJobModel::reload()
{
    m_poll.stop();
    m_error = net::ApiError();
    send(projectw::countJobsRequest(), [this](const net::ApiResponse &response) {
        net::ApiError error;
        const auto total = projectw::parseCount(response, &error);
        if (!total) {
            fail(error);
            return;
        }
        m_total = *total;
        // The first page again; more follow as the view scrolls (and one details request
        // stays a page of ids long, well inside URL limits).
        beginResetModel();
        m_rows.clear();
        endResetModel();
        if (m_total == 0)
            return;
        send(projectw::jobIdsRequest(0, qMin(m_pageSize, m_total)),
             [this](const net::ApiResponse &ids) {
                 net::ApiError idError;
                 const auto list = projectw::parseJobIds(ids, &idError);
                 if (!list)
                     fail(idError);
                 else
                     loadInfo(*list, true);
             });
    });
}

void ProjectWJobModel::loadIds(int start)
{
    send(projectw::jobIdsRequest(start, m_pageSize), [this](const net::ApiResponse &response) {
        net::ApiError error;
        const auto ids = projectw::parseJobIds(response, &error);
        if (!ids)
            fail(error);
        else if (!ids->isEmpty())
            loadInfo(*ids, true);
    });
}

void ProjectWJobModel::loadInfo(const QList<int> &ids, bool append)
{
    if (ids.isEmpty())
        return;
    send(projectw::jobInfoRequest(ids), [this, ids, append](const net::ApiResponse &response) {
        net::ApiError error;
        const auto jobs = projectw::parseJobs(response, &error);
        if (!jobs)
            fail(error);
        else
            merge(*jobs, ids, append);
    });
}

void ProjectWJobModel::merge(const QList<Job> &jobs, const QList<int> &order, bool append)
{
    QHash<int, Job> byId;
    for (const Job &job : jobs)
        byId.insert(job.id, job);
    if (append) {
        QList<Job> fresh;
        for (int id : order) { // the ids' order; the details come in none (§6.3)
            if (byId.contains(id) && rowOf(id) < 0)
                fresh << byId.value(id);
        }
        if (!fresh.isEmpty()) {
            beginInsertRows(
                QModelIndex(), int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
            m_rows += fresh;
            endInsertRows();
        }
    } else {
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const int row = rowOf(it.key());
            if (row < 0)
                continue;
            m_rows[row] = it.value();
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    pollLaterIfActive();
}

void ProjectWJobModel::pollLaterIfActive()
{
    const bool active = std::any_of(
        m_rows.cbegin(), m_rows.cend(), [](const Job &job) { return !job.isFinished(); });
    if (active)
        m_poll.start();
}

void ProjectWJobModel::pollActive()
{
    if (isLoading()) {
        pollLaterIfActive(); // a load is under way; ask again after it
        return;
    }
    QList<int> active;
    for (const Job &job : std::as_const(m_rows)) {
        if (!job.isFinished() && active.size() < m_pageSize)
            active << job.id;
    }
    if (active.isEmpty())
        return;
    // Progress comes from the runner; only these rows can change (dataChanged, no reset).
    send(projectw::jobInfoRequest(active), [this, active](const net::ApiResponse &response) {
        net::ApiError error;
        const auto jobs = projectw::parseJobs(response, &error);
        if (!jobs)
            fail(error);
        else
            merge(*jobs, active, false);
    });
}

void ProjectWJobModel::fail(const net::ApiError &error)
{
    m_error = error;
    setBusy(false);
    Q_EMIT errorOccurred(error);
    pollLaterIfActive(); // a failed poll (a short outage) must not stop the live progress
}

} // namespace wharf
