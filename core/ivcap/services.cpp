#include "services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace wharf::ivcap {

using net::ApiError;

namespace {

QString kebab(const QJsonObject &obj, const char *key)
{
    return obj.value(QLatin1String(key)).toString();
}

// The next link is a full URL whose query starts with page=<cursor> (ivcap.md §1.2).
QString nextCursor(const QJsonArray &links)
{
    for (const QJsonValue &link : links) {
        const QJsonObject obj = link.toObject();
        if (obj.value(QLatin1String("rel")).toString() != QLatin1String("next"))
            continue;
        const QUrl href(obj.value(QLatin1String("href")).toString());
        return QUrlQuery(href).queryItemValue(QStringLiteral("page"), QUrl::FullyDecoded);
    }
    return QString();
}

ApiError badShape(const net::ApiResponse &response, const QString &what)
{
    ApiError error = ApiError::make(
        ApiError::Kind::BadResponse,
        QCoreApplication::translate("IvcapServices", "Unexpected service list from the server: %1")
            .arg(what),
        response.status);
    error.requestId = response.requestId;
    return error;
}

} // namespace

net::ApiRequest listServicesRequest(const QString &cursor, int limit, const QString &search)
{
    net::ApiRequest request = net::ApiRequest::get(QStringLiteral("/1/services2"));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, 50)));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("page"), cursor);
    else if (!search.isEmpty())
        request.query.addQueryItem(QStringLiteral("search"), search);
    return request;
}

std::optional<ServicePage> parseServicePage(const net::ApiResponse &response, ApiError *error)
{
    const auto value = response.json(error);
    if (!value)
        return std::nullopt;
    const QJsonObject root = value->toObject();
    if (!root.value(QLatin1String("items")).isArray()) {
        *error = badShape(response, QStringLiteral("no \"items\" list"));
        return std::nullopt;
    }
    ServicePage page;
    for (const QJsonValue &entry : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject obj = entry.toObject();
        ServiceSummary service;
        service.id = kebab(obj, "id");
        if (service.id.isEmpty()) {
            *error = badShape(response, QStringLiteral("a service without an id"));
            return std::nullopt;
        }
        service.name = kebab(obj, "name");
        service.description = kebab(obj, "description");
        for (const QJsonValue &tag : obj.value(QLatin1String("tags")).toArray())
            service.tags << tag.toString();
        service.validFrom = QDateTime::fromString(kebab(obj, "valid-from"), Qt::ISODateWithMs);
        service.href = kebab(obj, "href");
        page.items.append(service);
    }
    page.nextCursor = nextCursor(root.value(QLatin1String("links")).toArray());
    return page;
}

} // namespace wharf::ivcap
