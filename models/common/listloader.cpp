#include "common/listloader.h"

#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"

namespace wharf {

ListLoader::ListLoader(net::HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ListLoader::~ListLoader()
{
    delete m_call; // cancels silently
}

void ListLoader::load(const net::ApiRequest &request)
{
    const bool wasLoading = isLoading();
    delete m_call;
    m_call = net::send(m_client, request, this, [this](const net::ApiResponse &response) {
        m_call.clear();
        m_lastReply = response.body;
        m_error = response.error;
        Q_EMIT loadingChanged(false);
        if (response.error)
            Q_EMIT errorOccurred(response.error);
        else
            Q_EMIT loaded(response);
    });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ListLoader::cancel()
{
    if (!isLoading())
        return;
    delete m_call;
    Q_EMIT loadingChanged(false);
}

void ListLoader::setError(const net::ApiError &error)
{
    m_error = error;
    Q_EMIT errorOccurred(error);
}

} // namespace wharf
