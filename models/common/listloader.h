#pragma once

#include "net/apirequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace wharf::net {
class HttpClient;
}

namespace wharf {

// How every list model loads: a whole list in one reply (Contaxy), cursor pages (IVCAP's
// `links`), or index ranges (Project-W), one page at a time. It is the model's only source of
// loading state, last error and last raw reply, and it answers canFetchMore/fetchMore.
//
// A page is fetched by the model's Fetch function under a context object owned by the
// loader; a reload or cancel destroys that context, so replies of a superseded load are never
// seen (their calls are cancelled with it).
class ListLoader : public QObject
{
    Q_OBJECT
public:
    // A page that arrived: `next` is the token of the following page (a cursor, a start
    // index), empty when this was the last (or the list is not paged); `apply` puts its rows
    // into the model. The loader runs `apply` after it has stopped loading and knows `next`,
    // so a view that asks for more while the rows go in gets the next page.
    struct Rows
    {
        QString next;
        std::function<void()> apply;
    };
    // What fetching one page ended with: an error, or its rows.
    struct PageResult
    {
        net::ApiError error;
        QByteArray raw; // the reply as received, for "Show raw reply"
        Rows rows;
    };
    using Done = std::function<void(const PageResult &)>;
    // Fetches the page at `token` (empty: the first page, which replaces what the model
    // shows) with calls owned by `context`, and calls `done` once, without touching the rows.
    using Fetch = std::function<void(const QString &token, QObject *context, Done done)>;
    // For pages of one API call: parses the reply of the page at `token` into its rows, or
    // returns nullopt with `error` set.
    using Accept = std::function<std::optional<Rows>(
        const QString &token, const net::ApiResponse &reply, net::ApiError *error)>;

    explicit ListLoader(Fetch fetch, QObject *parent = nullptr);
    // A loader whose pages are one call each: `request(token)` sent on `client`.
    ListLoader(net::HttpClient *client,
               std::function<net::ApiRequest(const QString &token)> request,
               Accept accept,
               QObject *parent = nullptr);
    ~ListLoader() override;
    // A loader of a list that comes whole in one reply (Contaxy's): `parse(reply, &error)`
    // gives the rows, or nullopt with the error set; `apply(rows)` puts them into the model.
    template<typename Parse, typename Apply>
    static ListLoader *whole(net::HttpClient *client,
                             std::function<net::ApiRequest()> request,
                             Parse parse,
                             Apply apply,
                             QObject *parent)
    {
        return new ListLoader(
            client,
            [request = std::move(request)](const QString &) { return request(); },
            [parse, apply](const QString &, const net::ApiResponse &reply, net::ApiError *error) {
                auto rows = parse(reply, error);
                if (!rows)
                    return std::optional<Rows>();
                return std::optional<Rows>(
                    {QString(), [apply, rows = std::move(*rows)] { apply(rows); }});
            },
            parent);
    }

    // Starts again at the first page (the rows shown stay until it has arrived).
    void reload();
    // Stops what is under way; the rows and the position stay.
    void cancel();
    // The next page exists, nothing is loading and the last attempt did not fail.
    bool canFetchMore() const;
    void fetchMore();

    bool isLoading() const { return !m_context.isNull(); }
    // At least one page arrived since the last reload.
    bool hasLoaded() const { return m_loaded; }
    bool atEnd() const { return m_loaded && m_next.isEmpty(); }
    net::ApiError lastError() const { return m_error; }
    QByteArray lastReply() const { return m_lastReply; }
    // For a reply the server sent fine but the model could not use.
    void setError(const net::ApiError &error);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const wharf::net::ApiError &error);
    // After a page's rows were applied; `first` for the page that replaced the list.
    void pageLoaded(bool first);

private:
    void start(const QString &token);

    Fetch m_fetch;
    QPointer<QObject> m_context; // the page in flight; destroyed to cancel it
    net::ApiError m_error;
    QByteArray m_lastReply;
    QString m_next;
    bool m_loaded = false;
};

} // namespace wharf
