#pragma once

#include "projectw/jobs.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace wharf::net {
class ApiCall;
class HttpClient;
} // namespace wharf::net

namespace wharf {

// A Project-W account's transcription jobs, newest first. Loads ids a page at a time (the
// server pages by index range) and then their details; while any shown job is queued or
// running it asks for just those jobs again every few seconds and updates their rows.
class ProjectWJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, StatusColumn, ProgressColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, ProgressRole };

    explicit ProjectWJobModel(net::HttpClient *client, QObject *parent = nullptr);
    ~ProjectWJobModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();
    const projectw::Job &job(int row) const { return m_rows.at(row); }
    int rowOf(int jobId) const;
    bool isLoading() const { return m_busy; }
    net::ApiError lastError() const { return m_error; }
    QByteArray lastReply() const { return m_lastReply; }
    void setPageSize(int size) { m_pageSize = size; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    static QString stepText(projectw::Job::Step step);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const wharf::net::ApiError &error);

private:
    void send(const net::ApiRequest &request, std::function<void(const net::ApiResponse &)> then);
    void loadIds(int start);
    void loadInfo(const QList<int> &ids, bool append);
    void merge(const QList<projectw::Job> &jobs, const QList<int> &order, bool append);
    void pollActive();
    void fail(const net::ApiError &error);
    void setBusy(bool busy);
    void pollLaterIfActive();

    net::HttpClient *m_client;
    QList<projectw::Job> m_rows;
    QPointer<net::ApiCall> m_call;
    QTimer m_poll;
    net::ApiError m_error;
    QByteArray m_lastReply;
    int m_total = -1; // jobs on the server; -1 until counted
    int m_pageSize = 50;
    bool m_busy = false; // a chain of requests (count, ids, details) is under way
};

} // namespace wharf
