#pragma once

#include "net/apirequest.h"

#include <QObject>
#include <QPointer>

namespace wharf::net {
class ApiCall;
class HttpClient;
} // namespace wharf::net

namespace wharf {

// Loads one whole list for a model (platforms whose lists do not page, such as Contaxy):
// one request at a time, a newer load cancels the older one, and the last reply and error
// stay available for "Show raw reply" and status lines.
class ListLoader : public QObject
{
    Q_OBJECT
public:
    explicit ListLoader(net::HttpClient *client, QObject *parent = nullptr);
    ~ListLoader() override;

    void load(const net::ApiRequest &request);
    void cancel();
    bool isLoading() const { return !m_call.isNull(); }
    net::ApiError lastError() const { return m_error; }
    QByteArray lastReply() const { return m_lastReply; }
    // For replies the server sent fine but the model could not use (wrong shape).
    void setError(const net::ApiError &error);

Q_SIGNALS:
    void loaded(const wharf::net::ApiResponse &response); // a successful reply
    void errorOccurred(const wharf::net::ApiError &error);
    void loadingChanged(bool loading);

private:
    net::HttpClient *m_client;
    QPointer<net::ApiCall> m_call;
    net::ApiError m_error;
    QByteArray m_lastReply;
};

} // namespace wharf
