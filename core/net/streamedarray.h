#pragma once

#include "apirequest.h"

#include <QByteArrayView>
#include <QObject>

#include <functional>

namespace wharf::net {

class ApiCall;
class HttpClient;

// Sends `request` as a stream and hands each element of the JSON array it answers with to
// `element` as the bytes arrive, so a reply of 90 MB is never held whole, nor parsed twice.
// The elements are cut and handed over on a thread of the call's own, in order: `element`
// must not touch the caller's objects (collect into something of its own, used in `done`).
// It returns false with `why` set to refuse an element (which fails the call).
// `done` runs once at the end, in the caller's thread, with the response: its error is set for HTTP
// and transport errors (their bodies are buffered as usual) and for a reply that is not a JSON
// array; `raw` keeps the reply's first `rawLimit` bytes for "Show raw reply".
using ArrayElement = std::function<bool(QByteArrayView element, QString *why)>;
using ArrayDone = std::function<void(const ApiResponse &response, const QByteArray &raw)>;
ApiCall *sendStreamedArray(HttpClient *client,
                           ApiRequest request,
                           QObject *context,
                           ArrayElement element,
                           ArrayDone done,
                           qsizetype rawLimit = 1024 * 1024);

} // namespace wharf::net
