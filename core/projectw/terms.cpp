#include "terms.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wharf::projectw {

using net::ApiError;
using net::ApiRequest;

ApiRequest aboutRequest()
{
    return ApiRequest::getPublic(QStringLiteral("/api/about"));
}

std::optional<QList<Terms>> parseTerms(const net::ApiResponse &response, ApiError *error)
{
    const auto about = response.jsonObject(error);
    if (!about)
        return std::nullopt;
    const QJsonValue all = about->value(QLatin1String("terms_of_services"));
    if (!all.isObject() && !all.isNull() && !all.isUndefined()) {
        *error = response.unexpected(QStringLiteral("terms_of_services is not an object"));
        return std::nullopt;
    }
    QList<Terms> terms;
    const QJsonObject byId = all.toObject();
    for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
        const QJsonObject t = it.value().toObject();
        bool numeric = false;
        Terms one {it.key().toInt(&numeric),
                   t.value(QLatin1String("name")).toString(),
                   t.value(QLatin1String("version")).toInt(),
                   t.value(QLatin1String("tos_html")).toString()};
        if (!numeric || one.version < 1) {
            *error = response.unexpected(QStringLiteral("a terms of service entry is malformed"));
            return std::nullopt;
        }
        terms.append(one);
    }
    std::sort(
        terms.begin(), terms.end(), [](const Terms &a, const Terms &b) { return a.id < b.id; });
    return terms;
}

QMap<int, int> acceptedTerms(const QByteArray &userInfo)
{
    QMap<int, int> accepted;
    const QJsonObject byId = QJsonDocument::fromJson(userInfo)
                                 .object()
                                 .value(QLatin1String("accepted_tos"))
                                 .toObject();
    for (auto it = byId.constBegin(); it != byId.constEnd(); ++it)
        accepted.insert(it.key().toInt(), it.value().toInt());
    return accepted;
}

QList<Terms> pendingTerms(const QList<Terms> &terms, const QMap<int, int> &accepted)
{
    QList<Terms> pending;
    for (const Terms &t : terms) {
        if (accepted.value(t.id, 0) < t.version)
            pending.append(t);
    }
    return pending;
}

ApiRequest acceptTermsRequest(const Terms &terms)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/users/accept_tos");
    request.query.addQueryItem(QStringLiteral("tos_id"), QString::number(terms.id));
    request.query.addQueryItem(QStringLiteral("tos_version"), QString::number(terms.version));
    return request;
}

QString termsPlainText(const QString &html)
{
    QString text = html;
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6]|/tr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression items(QStringLiteral("<\\s*li\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    text.replace(items, QStringLiteral("- "));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    static const QList<QPair<QString, QString>> entities {
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&#39;"), QStringLiteral("'")},
        {QStringLiteral("&amp;"), QStringLiteral("&")}, // last: "&amp;lt;" stays "&lt;"
    };
    for (const auto &[entity, character] : entities)
        text.replace(entity, character);
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

Refusal refusalOf(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Forbidden)
        return Refusal::None;
    if (error.message.contains(QLatin1String("terms of service"), Qt::CaseInsensitive))
        return Refusal::TermsNotAccepted;
    if (error.message.contains(QLatin1String("needs to be verified"), Qt::CaseInsensitive))
        return Refusal::EmailNotVerified;
    return Refusal::None;
}

} // namespace wharf::projectw
