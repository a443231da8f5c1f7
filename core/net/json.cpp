#include "json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace wharf::net::json {

std::optional<QJsonValue> parse(const QByteArray &body, QString *error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty body");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const char first = trimmed.front();
    if (first == '{' || first == '[') {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    } else {
        // Wrap the scalar in an array so that Qt's strict parser takes it, then unwrap.
        const QJsonDocument doc = QJsonDocument::fromJson('[' + trimmed + ']', &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1)
            return doc.array().at(0);
    }
    if (error)
        *error = parseError.error == QJsonParseError::NoError ? QStringLiteral("not a single value")
                                                              : parseError.errorString();
    return std::nullopt;
}

} // namespace wharf::net::json
