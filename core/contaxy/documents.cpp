#include "documents.h"

#include "net/json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("ContaxyDocuments", text);
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// "/projects/{p}/json/{c}[/{k}]"
QString documentPath(const QString &projectId, const QString &collection, const QString &key)
{
    QString path = QStringLiteral("/projects/") + encoded(projectId) + QStringLiteral("/json/")
        + encoded(collection);
    if (!key.isEmpty())
        path += QLatin1Char('/') + encoded(key);
    return path;
}

ApiRequest withJsonBody(ApiRequest request, const QJsonObject &body)
{
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return request;
}

// A document, or nullopt with `why` set; json_value is a string of serialized JSON (§9).
std::optional<JsonDocument> documentFrom(const QJsonObject &obj, QString *why)
{
    JsonDocument doc;
    doc.key = obj.value(QLatin1String("key")).toString();
    if (doc.key.isEmpty()) {
        *why = say(QT_TRANSLATE_NOOP("ContaxyDocuments", "a document without a key"));
        return std::nullopt;
    }
    const QJsonValue raw = obj.value(QLatin1String("json_value"));
    if (!raw.isString()) {
        *why = say(QT_TRANSLATE_NOOP("ContaxyDocuments", "document %1 has no json_value string"))
                   .arg(doc.key);
        return std::nullopt;
    }
    doc.text = raw.toString().toUtf8();
    QString parseError;
    const auto value = net::json::parse(doc.text, &parseError);
    if (!value || !value->isObject()) {
        *why = say(QT_TRANSLATE_NOOP("ContaxyDocuments",
                                     "the json_value of document %1 is not a JSON object"))
                   .arg(doc.key);
        return std::nullopt;
    }
    doc.value = value->toObject();
    doc.createdAt = QDateTime::fromString(obj.value(QLatin1String("created_at")).toString(),
                                          Qt::ISODateWithMs);
    doc.updatedAt = QDateTime::fromString(obj.value(QLatin1String("updated_at")).toString(),
                                          Qt::ISODateWithMs);
    return doc;
}

// Where a byte offset of UTF-8 text lies, as people count: "line L, column C".
QString position(const QByteArray &utf8, int offset)
{
    const QByteArray before = utf8.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return say(QT_TRANSLATE_NOOP("ContaxyDocuments", "line %1, column %2")).arg(line).arg(column);
}

bool holdsNull(const QJsonValue &value)
{
    if (value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (holdsNull(it.value()))
            return true;
    }
    return false;
}

} // namespace

ApiRequest
listDocumentsRequest(const QString &projectId, const QString &collection, const QString &filter)
{
    ApiRequest request = ApiRequest::get(documentPath(projectId, collection, QString()));
    if (!filter.trimmed().isEmpty())
        request.query.addQueryItem(QStringLiteral("filter"), encoded(filter.trimmed()));
    return request;
}

ApiRequest
getDocumentRequest(const QString &projectId, const QString &collection, const QString &key)
{
    return ApiRequest::get(documentPath(projectId, collection, key));
}

ApiRequest putDocumentRequest(const QString &projectId,
                              const QString &collection,
                              const QString &key,
                              const QJsonObject &value,
                              bool upsert)
{
    ApiRequest request = getDocumentRequest(projectId, collection, key);
    request.method = "PUT";
    if (!upsert)
        request.query.addQueryItem(QStringLiteral("upsert"), QStringLiteral("false"));
    return withJsonBody(request, value);
}

ApiRequest patchDocumentRequest(const QString &projectId,
                                const QString &collection,
                                const QString &key,
                                const QJsonObject &patch)
{
    ApiRequest request = getDocumentRequest(projectId, collection, key);
    request.method = "PATCH";
    return withJsonBody(request, patch);
}

ApiRequest
deleteDocumentRequest(const QString &projectId, const QString &collection, const QString &key)
{
    ApiRequest request = getDocumentRequest(projectId, collection, key);
    request.method = "DELETE";
    return request;
}

std::optional<QList<JsonDocument>> parseDocuments(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<JsonDocument> docs;
    docs.reserve(list->size());
    for (const QJsonValue &value : *list) {
        QString why;
        const auto doc = documentFrom(value.toObject(), &why);
        if (!doc) {
            *error = response.unexpected(why);
            return std::nullopt;
        }
        docs << *doc;
    }
    return docs;
}

std::optional<JsonDocument> parseDocument(const net::ApiResponse &response, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    QString why;
    auto doc = documentFrom(*obj, &why);
    if (!doc)
        *error = response.unexpected(why);
    return doc;
}

QString collectionIdProblem(const QString &collection)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    if (collection.isEmpty() || collection.size() > 63)
        return say(
            QT_TRANSLATE_NOOP("ContaxyDocuments", "A collection name has 1 to 63 characters."));
    if (!plain.match(collection).hasMatch())
        return say(QT_TRANSLATE_NOOP("ContaxyDocuments",
                                     "Use letters, digits, \"-\" and \"_\" in a collection "
                                     "name, starting with a letter or digit."));
    return QString();
}

QString documentKeyProblem(const QString &key)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (key.isEmpty() || key.size() > 255)
        return say(QT_TRANSLATE_NOOP("ContaxyDocuments", "A key has 1 to 255 characters."));
    if (key.contains(QLatin1Char('/')) || key.contains(QLatin1Char('~')) || key.contains(control))
        return say(QT_TRANSLATE_NOOP("ContaxyDocuments",
                                     "A key cannot contain \"/\", \"~\" or control characters."));
    if (key == QLatin1String(".") || key == QLatin1String(".."))
        return say(QT_TRANSLATE_NOOP("ContaxyDocuments", "A key cannot be \".\" or \"..\"."));
    return QString();
}

std::optional<QJsonObject> parseDocumentText(const QString &text, QString *problem)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.trimmed().isEmpty()) {
        *problem = say(QT_TRANSLATE_NOOP("ContaxyDocuments",
                                         "The document is empty; it must be a JSON object."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt 6.4 refuses bare scalars; they are valid JSON, but no more an object than arrays.
        if (net::json::parse(utf8)) {
            *problem = say(QT_TRANSLATE_NOOP("ContaxyDocuments",
                                             "The document must be a JSON object ({ … }), not "
                                             "a single value."));
            return std::nullopt;
        }
        *problem = say(QT_TRANSLATE_NOOP("ContaxyDocuments", "%1: %2"))
                       .arg(position(utf8, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = say(QT_TRANSLATE_NOOP("ContaxyDocuments",
                                         "The document must be a JSON object ({ … }), not an "
                                         "array."));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> mergePatch(const QJsonObject &from, const QJsonObject &to)
{
    QJsonObject patch;
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = to.begin(); it != to.end(); ++it) {
        const QJsonValue old = from.value(it.key());
        const QJsonValue now = it.value();
        if (from.contains(it.key()) && old == now)
            continue;
        if (old.isObject() && now.isObject()) {
            const auto inner = mergePatch(old.toObject(), now.toObject());
            if (!inner)
                return std::nullopt;
            patch.insert(it.key(), *inner);
            continue;
        }
        // Sent as it is, the value replaces the old one; a null in it would remove instead.
        if (holdsNull(now))
            return std::nullopt;
        patch.insert(it.key(), now);
    }
    return patch;
}

QJsonObject applyMergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            result.remove(it.key());
        } else if (it.value().isObject()) {
            const QJsonValue old = result.value(it.key());
            result.insert(it.key(),
                          applyMergePatch(old.isObject() ? old.toObject() : QJsonObject(),
                                          it.value().toObject()));
        } else {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

} // namespace wharf::contaxy
