#pragma once

#include "net/apirequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wharf::contaxy {

// One document of a project's JSON collection (contaxy.md §9). The server sends its content
// as a string holding serialized JSON (`json_value`), decoded here a second time.
struct JsonDocument
{
    QString key;
    QJsonObject value;
    QByteArray text; // json_value as the server serialized it (jsonb key order)
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Every document of the collection, or those the SQL/JSON path `filter` selects (§9: a bare
// predicate such as `$.n > 3` selects every document). An unknown collection lists as [].
net::ApiRequest listDocumentsRequest(const QString &projectId,
                                     const QString &collection,
                                     const QString &filter = QString());
net::ApiRequest
getDocumentRequest(const QString &projectId, const QString &collection, const QString &key);
// Without upsert an existing key is refused with 409 instead of replaced.
net::ApiRequest putDocumentRequest(const QString &projectId,
                                   const QString &collection,
                                   const QString &key,
                                   const QJsonObject &value,
                                   bool upsert = true);
// `patch` is an RFC 7396 merge patch (see mergePatch).
net::ApiRequest patchDocumentRequest(const QString &projectId,
                                     const QString &collection,
                                     const QString &key,
                                     const QJsonObject &patch);
net::ApiRequest
deleteDocumentRequest(const QString &projectId, const QString &collection, const QString &key);

std::optional<QList<JsonDocument>> parseDocuments(const net::ApiResponse &response,
                                                  net::ApiError *error);
std::optional<JsonDocument> parseDocument(const net::ApiResponse &response, net::ApiError *error);

// Why a name cannot be used, or "" when it can. Collections become quoted Postgres table
// names and keys sit in one URL path segment (§9), so both keep to a plain character set.
QString collectionIdProblem(const QString &collection);
QString documentKeyProblem(const QString &key);

// Text the user typed, as the document it describes, or nullopt with `problem` saying what
// is wrong and where ("line 3, column 7: ..."). The server stores JSON objects only.
std::optional<QJsonObject> parseDocumentText(const QString &text, QString *problem);

// The RFC 7396 merge patch that turns `from` into `to`: changed and new members, `null` for
// removed ones, nested objects patched member by member, anything else replaced whole.
// nullopt when no merge patch can express the change: `to` holds a null that is new or
// changed (a patch's null removes a member instead), so the caller has to replace the
// document. An empty object means there is nothing to send.
std::optional<QJsonObject> mergePatch(const QJsonObject &from, const QJsonObject &to);
// Applies a merge patch as the server does (for previews and tests).
QJsonObject applyMergePatch(const QJsonObject &target, const QJsonObject &patch);

} // namespace wharf::contaxy
