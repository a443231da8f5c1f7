#include "streamedarray.h"

#include "text/jsonarraysplitter.h"
#include "then.h"

#include <QCoreApplication>

#include <memory>

namespace wharf::net {

ApiCall *sendStreamedArray(HttpClient *client,
                           ApiRequest request,
                           QObject *context,
                           ArrayElement element,
                           ArrayDone done,
                           qsizetype rawLimit)
{
    request.stream = true;
    struct State
    {
        text::JsonArraySplitter splitter;
        QByteArray raw;
        ArrayElement element;
    };
    auto state = std::make_shared<State>();
    state->element = std::move(element);
    auto feed = [state, rawLimit](QByteArrayView piece) {
        if (state->raw.size() < rawLimit)
            state->raw.append(piece.first(std::min(piece.size(), rawLimit - state->raw.size())));
        state->splitter.feed(piece, [state](QByteArrayView text) {
            QString why;
            if (state->element(text, &why))
                return true;
            state->splitter.fail(QCoreApplication::translate("ApiError", "element %1: %2")
                                     .arg(state->splitter.elementCount())
                                     .arg(why));
            return false;
        });
    };
    ApiCall *call = client->send(request, context);
    QObject::connect(call, &ApiCall::dataReceived, context, feed);
    return then(call, context, [state, feed, done = std::move(done)](const ApiResponse &reply) {
        if (!reply.ok()) {
            done(reply, reply.body.left(1024 * 1024));
            return;
        }
        if (!reply.body.isEmpty()) // bytes that came with the end
            feed(reply.body);
        ApiResponse result = reply;
        result.body.clear();
        if (!state->splitter.finish()) {
            result.error = ApiError::make(
                ApiError::Kind::BadResponse,
                QCoreApplication::translate("ApiError", "The server's reply is not readable: %1.")
                    .arg(state->splitter.error()),
                reply.status);
            result.error.requestId = reply.requestId;
        }
        done(result, state->raw);
    });
}

} // namespace wharf::net
