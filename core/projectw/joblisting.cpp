#include "joblisting.h"

#include "net/then.h"

#include <QHash>

namespace wharf::projectw {

namespace {

QList<Job> inOrder(const QList<Job> &jobs, const QList<int> &ids)
{
    QHash<int, Job> byId;
    for (const Job &job : jobs)
        byId.insert(job.id, job);
    QList<Job> out;
    for (int id : ids) {
        if (byId.contains(id))
            out << byId.value(id);
    }
    return out;
}

// Runs `next` with the parsed value, or ends the listing with the reply's error.
template<typename Parse, typename Next>
auto step(JobPage page, JobPageDone done, Parse parse, Next next)
{
    return [=](const net::ApiResponse &reply) {
        JobPage current = page;
        current.raw = reply.body;
        net::ApiError error = reply.error;
        auto value = error ? std::nullopt : parse(reply, &error);
        if (!value) {
            done(current, error);
            return;
        }
        next(current, *value);
    };
}

} // namespace

void fetchJobs(net::HttpClient *client, const QList<int> &ids, QObject *context, JobPageDone done)
{
    JobPage page;
    page.total = -1;
    if (ids.isEmpty()) {
        done(page, net::ApiError());
        return;
    }
    net::send(client,
              jobInfoRequest(ids),
              context,
              step(page, done, parseJobs, [done, ids](JobPage current, const QList<Job> &jobs) {
                  current.jobs = inOrder(jobs, ids);
                  done(current, net::ApiError());
              }));
}

void fetchJobPage(net::HttpClient *client, int start, int count, QObject *context, JobPageDone done)
{
    JobPage page;
    page.start = start;
    auto withIds = [=](JobPage current, const QList<int> &ids) {
        if (ids.isEmpty()) {
            done(current, net::ApiError());
            return;
        }
        fetchJobs(client, ids, context, [done, current](JobPage details, const net::ApiError &e) {
            details.total = current.total;
            details.start = current.start;
            done(details, e);
        });
    };
    auto withTotal = [=](JobPage current, int total) {
        current.total = total;
        if (start >= total) {
            done(current, net::ApiError());
            return;
        }
        net::send(client,
                  jobIdsRequest(start, qMin(count, total - start)),
                  context,
                  step(current, done, parseJobIds, withIds));
    };
    net::send(client, countJobsRequest(), context, step(page, done, parseCount, withTotal));
}

} // namespace wharf::projectw
