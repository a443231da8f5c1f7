#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace wharf::transfer {

// What one transfer does, as a value that survives a restart. Holds no secret: tokens come
// from the queue's connection provider per request, and credential headers are refused.
struct TransferSpec
{
    enum class Kind {
        Download, // GET url into localPath (a folder), resumable with Range
        Upload, // the file as the raw body of `method` (PUT by default, or POST)
        MultipartUpload, // multipart/form-data POST (or `method`): formFields + the file
        TusUpload, // tus-style: POST url with Upload-Length (unless uploadUrl is known),
                   // then PATCH chunks with Upload-Offset, HEAD to learn the offset on resume
    };

    QString id; // filled in by the queue if empty
    Kind kind = Kind::Download;
    QString accountId;
    // Who asked for it, as "<platform>/<resource>[/<id>]" (e.g. "contaxy/files/<project>"):
    // pages find their own transfers by this tag, never by reading URLs.
    QString owner;
    QUrl url;
    QByteArray method; // empty: the kind's default
    QString localPath; // uploads: the file; downloads: the folder to save into
    QString fileName; // uploads: name sent to the server; downloads: wanted name (empty:
                      // the server's Content-Disposition, else the URL's last segment)
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers, never credentials
    QList<QPair<QString, QString>> formFields; // multipart text fields
    QString fileField = QStringLiteral("file"); // multipart field of the file
    qint64 chunkSize = 16 * 1024 * 1024; // tus PATCH size
    // Downloads whose body is one JSON string literal (Project-W transcripts): the file gets
    // the decoded text, written whole before the rename.
    bool decodeJsonString = false;
    // Downloads: make the folder (and its parents) when it is missing, as a folder download
    // does for the subfolders it re-creates; a plain download fails instead (the user's
    // chosen folder has gone).
    bool createFolder = false;
    // Downloads: a file of the same name is replaced (the user said so) instead of getting a
    // " (2)" sibling.
    bool replaceExisting = false;

    // Progress that lets a transfer resume after a restart.
    QUrl uploadUrl; // tus: the upload resource, once created
    QByteArray validator; // downloads: ETag or Last-Modified, sent as If-Range
    QString finalPath; // downloads: where the finished file went

    bool isUpload() const { return kind != Kind::Download; }
    QByteArray effectiveMethod() const;
    // A partial download next to its target, renamed when complete.
    QString partPath() const;
    QString displayName() const;

    QJsonObject toJson() const;
    static std::optional<TransferSpec> fromJson(const QJsonObject &json);
    static bool isCredentialHeader(const QByteArray &name);
};

} // namespace wharf::transfer
