#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkCookie>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace wharf::net {

// One HTTP request as platform clients describe it; HttpClient turns it into a QNetworkRequest.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to the account's base URL ("/system/info"); ignored if url is set
    QUrl url; // absolute URL for calls outside the base (IdP endpoints, redirects)
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true; // false for token endpoints and public discovery calls
    int timeoutMs = 30000; // inactivity timeout; 0 = none (streams: SSE, log follow)
    int maxRedirects = 5; // 0 = do not follow redirects, hand 3xx back to the caller
    bool stream = false; // deliver the body through ApiCall::dataReceived, do not buffer it
    // A buffered reply (or a stream's error body) larger than this fails: a hostile or broken
    // server must not make us hold gigabytes. Big lists and logs are streamed instead.
    qint64 maxBodyBytes = 64 * 1024 * 1024;

    static ApiRequest get(const QString &path);
    // A GET that never carries the account's credentials (discovery, public server info).
    static ApiRequest getPublic(const QString &path);
    static ApiRequest postForm(const QString &path, const QUrlQuery &form);
    static ApiRequest postJson(const QString &path, const QJsonValue &body);
};

// serverUrl with `path` appended to its own path ("https://h/api" + "/x" = "https://h/api/x");
// `path` may carry percent-encoded parts (file keys), which stay as they are.
QUrl appendPath(const QUrl &serverUrl, const QString &path);

// What came back. `error` is set for transport failures and non-2xx statuses alike.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QNetworkCookie> cookies; // parsed Set-Cookie headers; never stored in a shared jar
    QUrl url;
    QString requestId;
    ApiError error;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray &name) const;
    std::optional<QNetworkCookie> cookie(const QByteArray &name) const;
    // Decodes the body as JSON (bare scalars allowed). On failure returns nullopt and sets
    // `error` to a BadResponse that says what was wrong (HTML page, broken JSON, ...).
    std::optional<QJsonValue> json(ApiError *errorOut) const;
    // The same, when the reply must be an object / an array; anything else is a BadResponse.
    std::optional<QJsonObject> jsonObject(ApiError *errorOut) const;
    std::optional<QJsonArray> jsonArray(ApiError *errorOut) const;
    // A BadResponse for a reply that is JSON but not what the endpoint promises.
    ApiError unexpected(const QString &what) const;
};

} // namespace wharf::net
Q_DECLARE_METATYPE(wharf::net::ApiResponse)
