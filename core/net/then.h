#pragma once

#include "apicall.h"
#include "httpclient.h"

#include <QObject>

#include <utility>

namespace wharf::net {

// The one way to continue after an API call. `onResult(const ApiResponse &)` runs once, in
// `context`'s thread, when the call finishes; the call is deleted afterwards. If `context` is
// destroyed first the callback never runs, and a call parented to it is cancelled with it.
// Returns the call so that the caller can keep a QPointer to cancel or supersede it.
template<typename OnResult>
ApiCall *then(ApiCall *call, const QObject *context, OnResult &&onResult)
{
    QObject::connect(
        call,
        &ApiCall::finished,
        context,
        [call, onResult = std::forward<OnResult>(onResult)](const ApiResponse &response) mutable {
            call->deleteLater();
            onResult(response);
        });
    return call;
}

// Sends `request` on `client` with the call owned by `context` (destroying the context cancels
// it) and continues with `onResult` as `then` does.
template<typename OnResult>
ApiCall *send(HttpClient *client, const ApiRequest &request, QObject *context, OnResult &&onResult)
{
    return then(client->send(request, context), context, std::forward<OnResult>(onResult));
}

} // namespace wharf::net
