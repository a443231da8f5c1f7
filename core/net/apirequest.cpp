#include "apirequest.h"

#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wharf::net {

ApiRequest ApiRequest::get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

QUrl appendPath(const QUrl &serverUrl, const QString &path)
{
    QUrl url = serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString rel
        = path.isEmpty() || path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    // Tolerant: "%2F" in a file key stays encoded; Contaxy's custom verbs (x:download) keep ':'.
    url.setPath(base + rel, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

ApiRequest ApiRequest::getPublic(const QString &path)
{
    ApiRequest request = get(path);
    request.authenticated = false;
    return request;
}

ApiRequest ApiRequest::postForm(const QString &path, const QUrlQuery &form)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = form.query(QUrl::FullyEncoded).toUtf8();
    request.contentType = "application/x-www-form-urlencoded";
    return request;
}

ApiRequest ApiRequest::postJson(const QString &path, const QJsonValue &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    if (body.isObject())
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else {
        // Bare scalar bodies (Contaxy takes a JSON string for a new password).
        const QByteArray wrapped = QJsonDocument(QJsonArray {body}).toJson(QJsonDocument::Compact);
        request.body = wrapped.mid(1, wrapped.size() - 2);
    }
    request.contentType = "application/json";
    return request;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

std::optional<QNetworkCookie> ApiResponse::cookie(const QByteArray &name) const
{
    // The last one wins: a server may clear and set the same cookie in one reply.
    std::optional<QNetworkCookie> found;
    for (const QNetworkCookie &c : cookies) {
        if (c.name() == name)
            found = c;
    }
    return found;
}

std::optional<QJsonValue> ApiResponse::json(ApiError *errorOut) const
{
    QString parseError;
    auto value = json::parse(body, &parseError);
    if (!value && errorOut) {
        const bool html = body.trimmed().startsWith('<');
        *errorOut = ApiError::make(
            ApiError::Kind::BadResponse,
            html ? QCoreApplication::translate("ApiError",
                                               "The server sent a web page instead of data. Is "
                                               "the server address right?")
                 : QCoreApplication::translate("ApiError",
                                               "The server's reply is not valid JSON "
                                               "(%1).")
                       .arg(parseError),
            status);
        errorOut->requestId = requestId;
    }
    return value;
}

std::optional<QJsonObject> ApiResponse::jsonObject(ApiError *errorOut) const
{
    const auto value = json(errorOut);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        *errorOut = unexpected(
            QCoreApplication::translate("ApiError", "expected an object, got something else"));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> ApiResponse::jsonArray(ApiError *errorOut) const
{
    const auto value = json(errorOut);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        *errorOut = unexpected(
            QCoreApplication::translate("ApiError", "expected a list, got something else"));
        return std::nullopt;
    }
    return value->toArray();
}

ApiError ApiResponse::unexpected(const QString &what) const
{
    ApiError shape = ApiError::make(
        ApiError::Kind::BadResponse,
        QCoreApplication::translate("ApiError", "The server's reply has an unexpected shape: %1.")
            .arg(what),
        status);
    shape.requestId = requestId;
    return shape;
}

} // namespace wharf::net
