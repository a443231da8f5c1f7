#include "common/listloader.h"

#include "net/then.h"

namespace wharf {

ListLoader::ListLoader(Fetch fetch, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
{ }

ListLoader::ListLoader(net::HttpClient *client,
                       std::function<net::ApiRequest(const QString &)> request,
                       Accept accept,
                       QObject *parent)
    : ListLoader(
        [client, request = std::move(request), accept = std::move(accept)](
            const QString &token, QObject *context, Done done) {
            net::send(client, request(token), context, [=](const net::ApiResponse &reply) {
                PageResult result {reply.error, reply.body, {}};
                if (!result.error) {
                    if (auto rows = accept(token, reply, &result.error))
                        result.rows = std::move(*rows);
                }
                done(result);
            });
        },
        parent)
{ }

ListLoader::~ListLoader()
{
    delete m_context; // cancels the page in flight without a word
}

void ListLoader::reload()
{
    start(QString());
}

void ListLoader::cancel()
{
    if (!isLoading())
        return;
    delete m_context;
    Q_EMIT loadingChanged(false);
}

bool ListLoader::canFetchMore() const
{
    return !isLoading() && !m_error && (!m_loaded || !m_next.isEmpty());
}

void ListLoader::fetchMore()
{
    if (canFetchMore())
        start(m_loaded ? m_next : QString());
}

void ListLoader::setError(const net::ApiError &error)
{
    m_error = error;
    Q_EMIT errorOccurred(error);
}

void ListLoader::start(const QString &token)
{
    const bool wasLoading = isLoading();
    delete m_context; // a newer load supersedes the older one
    auto *context = new QObject(this);
    m_context = context;
    m_error = net::ApiError();
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    m_fetch(token, context, [this, context, token](const PageResult &result) {
        if (m_context != context)
            return; // superseded meanwhile (the fetch outlived its context)
        context->deleteLater();
        m_context.clear();
        m_lastReply = result.raw;
        m_error = result.error;
        if (!result.error) {
            m_loaded = true;
            m_next = result.rows.next;
        }
        Q_EMIT loadingChanged(false);
        if (result.error) {
            Q_EMIT errorOccurred(result.error);
            return;
        }
        if (result.rows.apply)
            result.rows.apply(); // a view may ask for the next page from in here
        Q_EMIT pageLoaded(token.isEmpty());
    });
}

} // namespace wharf
