#pragma once

#include "net/apirequest.h"
#include "transfer/transferspec.h"

#include <QDateTime>
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
    QString md5;

    QString fileName() const; // the key's last segment
};

// Every file at or below `prefix` (recursive), or the files of that one folder level.
net::ApiRequest listFilesRequest(const QString &projectId,
                                 const QString &prefix = QString(),
                                 bool recursive = true);
// Without a version every version goes (§7).
net::ApiRequest
deleteFileRequest(const QString &projectId, const QString &key, const QString &version = QString());
std::optional<QList<FileItem>> parseFiles(const net::ApiResponse &response, net::ApiError *error);

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

// The owner tag (TransferSpec::owner) of a project's file transfers.
QString filesOwner(const QString &projectId);

// What uploading local files and folders into a project comes to: one transfer per file (a
// dropped folder keeps its own name and inner paths in the keys), and the names refused.
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
                       int maxFiles = 5000);

// Why a key cannot be used, or "" when it can: 1-1024 characters, no line breaks, no "..",
// no '~' (the server splits extension ids there), a last segment of at most 128 (§2.2).
QString fileKeyProblem(const QString &key);

} // namespace wharf::contaxy
