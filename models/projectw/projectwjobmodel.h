#pragma once

#include "common/resourcelistmodel.h"
#include "projectw/jobs.h"

#include <QPointer>
#include <QTimer>

namespace wharf::auth {
class AccountSession;
}
namespace wharf::transfer {
class TransferQueue;
}

namespace wharf {

// A Project-W account's transcription jobs, newest first, a page at a time (the server pages
// by index range: count, ids, details — projectw::fetchJobPage). While any shown job is queued
// or running it asks for just those jobs again every few seconds and updates their rows.
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
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    static QString stepText(projectw::Job::Step step);

    // Submits audio or video files as jobs through the transfer queue, one job per file;
    // files that are not audio or video are refused. Settings other than the account's
    // defaults are registered first (§6.1). Returns the number of files accepted; the outcome
    // comes with actionFinished.
    int submit(const QStringList &paths,
               const projectw::JobSettings &settings,
               transfer::TransferQueue *queue);
    // Asks the server to abort these jobs; their rows show the new state once it answers.
    void abort(const QList<int> &ids);
    // Deletes finished jobs (the server refuses the whole list otherwise); rows go on success.
    void remove(const QList<int> &ids);

protected:
    QStringList columnTitles() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    void fetchPage(const QString &token, QObject *context, const ListLoader::Done &done);
    void refresh(const QList<int> &ids);
    void syncFirstPage(const QList<projectw::Job> &jobs, bool morePages);
    void pollActive();
    void pollLaterIfActive();

    auth::AccountSession *m_session;
    QList<projectw::Job> m_rows;
    QTimer m_poll;
    QPointer<QObject> m_refreshing; // the refresh of some rows in flight
    int m_pageSize = 50;
};

} // namespace wharf
