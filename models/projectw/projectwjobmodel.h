#pragma once

#include "common/resourcelistmodel.h"
#include "projectw/jobs.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wharf::auth {
class AccountSession;
}
namespace wharf::transfer {
class TransferQueue;
}
namespace wharf::projectw {
class JobEventFollower;
}

namespace wharf {

// A Project-W account's transcription jobs, newest first, a page at a time (the server pages
// by index range: count, ids, details — projectw::fetchJobPage). Once loaded it follows the
// server's job events: a changed job's row is read again alone, new jobs come in, deleted
// ones go, and after every (re)connect of the stream the list is read once more (nothing is
// replayed). While the stream is down, shown jobs that are queued or running are asked for
// again every few seconds instead.
class ProjectWJobModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, StatusColumn, ProgressColumn, CreatedColumn, ColumnCount };
    enum Role { ProgressRole = models::FirstModelRole, StepRole };

    ProjectWJobModel(auth::AccountSession *session, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const projectw::Job &job(int row) const { return m_rows.at(row); }
    int rowOf(int jobId) const;
    void setPageSize(int size) { m_pageSize = size; }
    // How often unfinished jobs are asked for while the event stream is down; 0: never.
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // Off: no event stream, polling only.
    void setLiveUpdates(bool on);
    bool isLive() const; // the event stream is up
    projectw::JobEventFollower *events() const { return m_events; }
    static QString stepText(projectw::Job::Step step);

    // Submits audio or video files as jobs through the transfer queue, one job per file;
    // files that are not audio or video are refused (said with actionFinished). Settings other
    // than the account's defaults are registered first (§6.1). Returns the number of files
    // accepted; their uploads are the queue's transfers tagged projectw::submissionsOwner().
    int submit(const QStringList &paths,
               const projectw::JobSettings &settings,
               transfer::TransferQueue *queue);
    // Files accepted by submit() still waiting for their settings to be registered.
    int preparingSubmissions() const { return m_preparing; }
    // Asks the server to abort these jobs; their rows show the new state once it answers.
    void abort(const QList<int> &ids);
    // Deletes finished jobs (the server refuses the whole list otherwise); rows go on success.
    void remove(const QList<int> &ids);

Q_SIGNALS:
    // A shown job has just finished or failed (not emitted for jobs first seen finished).
    void jobEnded(const wharf::projectw::Job &job);
    void liveChanged(bool live);
    void submissionsChanged(); // preparingSubmissions() changed

protected:
    QStringList columnTitles() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    void fetchPage(const QString &token, QObject *context, const ListLoader::Done &done);
    // Reads these jobs again soon (changes come in bursts: one read for a burst).
    void refreshSoon(const QList<int> &ids);
    void refreshPending();
    void applyJobs(const QList<projectw::Job> &jobs);
    void syncFirstPage(const QList<projectw::Job> &jobs, bool morePages);
    void pollActive();
    void pollLaterIfActive();
    void startEvents();
    void onEventsUp();

    auth::AccountSession *m_session;
    projectw::JobEventFollower *m_events;
    QList<projectw::Job> m_rows;
    QTimer m_poll;
    QTimer m_batch;
    QSet<int> m_pending; // jobs to read again
    QPointer<QObject> m_refreshing; // the refresh of some rows in flight
    QList<int> m_refreshingIds;
    int m_pageSize = 50;
    int m_preparing = 0;
    bool m_liveUpdates = true;
    bool m_live = false; // liveChanged(true) was the last said
};

} // namespace wharf
