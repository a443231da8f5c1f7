#pragma once

#include "net/apirequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wharf::ivcap {

// One entry of GET /1/services2 (ivcap.md §3.1).
struct ServiceSummary
{
    QString id; // urn:ivcap:service:…
    QString name;
    QString description;
    QStringList tags;
    QDateTime validFrom;
    QString href;
};

// A page of the cursor-paged list (ivcap.md §1.2): no next cursor means the last page.
struct ServicePage
{
    QList<ServiceSummary> items;
    QString nextCursor;
};

// limit is clamped to the server's 1..50; a cursor, when given, replaces all other filters.
net::ApiRequest
listServicesRequest(const QString &cursor, int limit = 50, const QString &search = QString());
std::optional<ServicePage> parseServicePage(const net::ApiResponse &response, net::ApiError *error);

} // namespace wharf::ivcap
