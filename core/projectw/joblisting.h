#pragma once

#include "jobs.h"

#include <functional>

class QObject;

namespace wharf::net {
class HttpClient;
}

namespace wharf::projectw {

// One page of an account's jobs, newest first.
struct JobPage
{
    int total = 0; // jobs on the server when the page was read
    int start = 0;
    QList<Job> jobs; // in the server's order of ids (its details come in none, §6.3)
    QByteArray raw; // the last reply, as received
};
using JobPageDone = std::function<void(const JobPage &page, const net::ApiError &error)>;

// The job list in the three steps the server needs (§6.3): the count, the ids of the index
// range [start, start + count), then their details. Calls are owned by `context` (nothing is
// called back once it is gone); `done` runs once. Shared by the job model and wharf-cli.
void fetchJobPage(
    net::HttpClient *client, int start, int count, QObject *context, JobPageDone done);

// The details of these jobs, in this order (missing ones left out): for refreshing rows.
void fetchJobs(net::HttpClient *client, const QList<int> &ids, QObject *context, JobPageDone done);

} // namespace wharf::projectw
