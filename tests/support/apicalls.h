#pragma once

#include "net/apicall.h"
#include "net/httpclient.h"

#include <QSignalSpy>

#include <memory>

namespace wharf::test {

// Sends one request and waits for its end; an empty response (status 0, no error) means the
// call did not finish in time.
inline net::ApiResponse
runCall(net::HttpClient &client, const net::ApiRequest &request, int timeoutMs = 20000)
{
    std::unique_ptr<net::ApiCall> call(client.send(request));
    QSignalSpy spy(call.get(), &net::ApiCall::finished);
    if (!spy.wait(timeoutMs))
        return net::ApiResponse {};
    return spy.at(0).at(0).value<net::ApiResponse>();
}

} // namespace wharf::test
