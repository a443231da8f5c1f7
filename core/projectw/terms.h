#pragma once

#include "net/apierror.h"
#include "net/apirequest.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wharf::projectw {

// One of an instance's terms of service (project-w.md §2): every job route is refused until
// the user accepted the newest version of each.
struct Terms
{
    int id = 0;
    QString name;
    int version = 0;
    QString html;
};

// GET /api/about, public: the terms and their current versions.
net::ApiRequest aboutRequest();
std::optional<QList<Terms>> parseTerms(const net::ApiResponse &response, net::ApiError *error);
// tos id -> accepted version, from a GET /api/users/info reply.
QMap<int, int> acceptedTerms(const QByteArray &userInfo);
// The terms whose current version the user has not accepted, in id order.
QList<Terms> pendingTerms(const QList<Terms> &terms, const QMap<int, int> &accepted);
// POST /api/users/accept_tos?tos_id=&tos_version=
net::ApiRequest acceptTermsRequest(const Terms &terms);
// The terms' HTML as plain text for a terminal: paragraphs and line breaks kept, tags dropped,
// entities decoded.
QString termsPlainText(const QString &html);

// What a 403 from a job route means (§1 "Route gating"), read from the server's own text.
enum class Refusal { None, TermsNotAccepted, EmailNotVerified };
Refusal refusalOf(const net::ApiError &error);

} // namespace wharf::projectw
