#pragma once

#include "net/apirequest.h"
#include "transfer/transferspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wharf::contaxy {

// One version of a file in a project's storage (contaxy.md §7). The key is a virtual path
// with '/' separators; versions are opaque strings.
struct FileItem
{
    QString key;
    QString displayName;
    QString contentType;
    qint64 size = 0;
    QString version;
    QStringList versions; // every version the server keeps, oldest first
    bool latest = true;
    QDateTime updatedAt;
    QString updatedBy; // "users/<id>"
    QDateTime createdAt; // of the file's first version
    QString createdBy;
    QString md5;
    QString description;
    QJsonObject metadata; // custom metadata (x-amz-meta-* at upload, or PATCHed)

    QString fileName() const; // the key's last segment
};

// Every file at or below `prefix` (recursive), or the files of that one folder level.
net::ApiRequest listFilesRequest(const QString &projectId,
                                 const QString &prefix = QString(),
                                 bool recursive = true);
// Every version of one file: the listing of its key with include_versions, which matches
// keys by prefix, so versionsOf() picks the file's own.
net::ApiRequest listVersionsRequest(const QString &projectId, const QString &key);
QList<FileItem> versionsOf(const QList<FileItem> &files, const QString &key);
// Without a version every version goes; `keepLatest` deletes only the older ones (§7).
net::ApiRequest deleteFileRequest(const QString &projectId,
                                  const QString &key,
                                  const QString &version = QString(),
                                  bool keepLatest = false);
net::ApiRequest
fileMetadataRequest(const QString &projectId, const QString &key, const QString &version = {});
// A merge patch of display_name, description and metadata (a null member removes it).
net::ApiRequest patchFileRequest(const QString &projectId,
                                 const QString &key,
                                 const QJsonObject &patch,
                                 const QString &version = QString());
std::optional<QList<FileItem>> parseFiles(const net::ApiResponse &response, net::ApiError *error);
std::optional<FileItem> parseFile(const net::ApiResponse &response, net::ApiError *error);
// One element of a file listing, as JSON text (streamed lists are decoded element by element).
std::optional<FileItem> parseFileElement(QByteArrayView json, QString *why);

// The address a file downloads from (what "Copy URL" gives; it needs the user's token).
QUrl fileDownloadUrl(const QUrl &serverUrl,
                     const QString &projectId,
                     const QString &key,
                     const QString &version = QString());

// Uploads and downloads go through the transfer queue: one multipart POST with the field
// `file` per upload (no resumable protocol), a plain GET without Range support per download.
transfer::TransferSpec uploadSpec(const QString &accountId,
                                  const QUrl &serverUrl,
                                  const QString &projectId,
                                  const QString &key,
                                  const QString &localPath);
transfer::TransferSpec downloadSpec(const QString &accountId,
                                    const QUrl &serverUrl,
                                    const QString &projectId,
                                    const FileItem &file,
                                    const QString &folder);

// Downloads of what `key` names into `target`: a file goes straight in; a folder ("data/",
// or "" for the whole project) keeps its name and the folders below it, so "data/raw/a.csv"
// from "data/" goes to target/data/raw/a.csv, each segment sanitised for the local file
// system. `files` are those at or below the key. `replace` overwrites existing files.
QList<transfer::TransferSpec> downloadSpecsFor(const QString &accountId,
                                               const QUrl &serverUrl,
                                               const QString &projectId,
                                               const QString &key,
                                               const QList<FileItem> &files,
                                               const QString &target,
                                               bool replace);
// Where such a download puts the file: target + the sanitised key below folder's parent.
QString localPathForKey(const QString &key, const QString &folder, const QString &target);

// The owner tag (TransferSpec::owner) of a project's file transfers.
QString filesOwner(const QString &projectId);

// What uploading local files and folders into a project's `folder` ("" or "data/raw/") comes
// to: one transfer per file (a dropped folder keeps its own name and inner paths in the
// keys, below `folder`), and the names refused.
struct UploadPlan
{
    QList<transfer::TransferSpec> transfers;
    QStringList refused; // "key: why"
    bool tooMany = false; // more than maxFiles: nothing planned
};
// Walks folders on the calling thread, so it stops past `maxFiles` (a huge tree or a network
// mount would stall a UI).
UploadPlan planUploads(const QString &accountId,
                       const QUrl &serverUrl,
                       const QString &projectId,
                       const QStringList &paths,
                       const QString &folder = QString(),
                       int maxFiles = 5000);

// Why a key cannot be used, or "" when it can: 1-1024 characters, no line breaks, no "..",
// no '~' (the server splits extension ids there), a last segment of at most 128 (§2.2).
QString fileKeyProblem(const QString &key);

} // namespace wharf::contaxy
