#include "files.h"

#include "transfer/filenames.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

// "/projects/{p}/files/{key}{suffix}" with the key percent-encoded except for its slashes.
QString filePath(const QString &projectId, const QString &key, const QString &suffix = QString())
{
    QString path = QStringLiteral("/projects/")
        + QString::fromLatin1(QUrl::toPercentEncoding(projectId)) + QStringLiteral("/files");
    if (!key.isEmpty())
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key, "/"));
    return path + suffix;
}

std::optional<FileItem> fileFrom(const QJsonObject &obj)
{
    FileItem file;
    file.key = obj.value(QLatin1String("key")).toString();
    if (file.key.isEmpty())
        return std::nullopt;
    file.displayName = obj.value(QLatin1String("display_name")).toString();
    file.contentType = obj.value(QLatin1String("content_type")).toString();
    file.size = qint64(obj.value(QLatin1String("file_size")).toDouble());
    file.version = obj.value(QLatin1String("version")).toString();
    for (const QJsonValue &v : obj.value(QLatin1String("available_versions")).toArray())
        file.versions << v.toString();
    file.latest = obj.value(QLatin1String("latest_version")).toBool(true);
    file.updatedAt = QDateTime::fromString(obj.value(QLatin1String("updated_at")).toString(),
                                           Qt::ISODateWithMs);
    file.updatedBy = obj.value(QLatin1String("updated_by")).toString();
    file.createdAt = QDateTime::fromString(obj.value(QLatin1String("created_at")).toString(),
                                           Qt::ISODateWithMs);
    file.createdBy = obj.value(QLatin1String("created_by")).toString();
    file.md5 = obj.value(QLatin1String("md5_hash")).toString();
    file.description = obj.value(QLatin1String("description")).toString();
    file.metadata = obj.value(QLatin1String("metadata")).toObject();
    return file;
}

} // namespace

QString FileItem::fileName() const
{
    return key.section(QLatin1Char('/'), -1);
}

ApiRequest listFilesRequest(const QString &projectId, const QString &prefix, bool recursive)
{
    ApiRequest request = ApiRequest::get(filePath(projectId, QString()));
    if (!prefix.isEmpty())
        request.query.addQueryItem(QStringLiteral("prefix"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(prefix)));
    if (!recursive)
        request.query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("false"));
    return request;
}

namespace {
void addVersion(ApiRequest &request, const QString &version)
{
    if (!version.isEmpty())
        request.query.addQueryItem(QStringLiteral("version"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(version)));
}
} // namespace

ApiRequest listVersionsRequest(const QString &projectId, const QString &key)
{
    ApiRequest request = listFilesRequest(projectId, key);
    request.query.addQueryItem(QStringLiteral("include_versions"), QStringLiteral("true"));
    return request;
}

QList<FileItem> versionsOf(const QList<FileItem> &files, const QString &key)
{
    QList<FileItem> out;
    for (const FileItem &file : files) {
        if (file.key == key)
            out << file;
    }
    return out;
}

ApiRequest deleteFileRequest(const QString &projectId,
                             const QString &key,
                             const QString &version,
                             bool keepLatest)
{
    ApiRequest request = ApiRequest::get(filePath(projectId, key));
    request.method = "DELETE";
    addVersion(request, version);
    if (keepLatest)
        request.query.addQueryItem(QStringLiteral("keep_latest_version"), QStringLiteral("true"));
    return request;
}

ApiRequest fileMetadataRequest(const QString &projectId, const QString &key, const QString &version)
{
    ApiRequest request = ApiRequest::get(filePath(projectId, key, QStringLiteral(":metadata")));
    addVersion(request, version);
    return request;
}

ApiRequest patchFileRequest(const QString &projectId,
                            const QString &key,
                            const QJsonObject &patch,
                            const QString &version)
{
    ApiRequest request = ApiRequest::postJson(filePath(projectId, key), patch);
    request.method = "PATCH";
    addVersion(request, version);
    return request;
}

std::optional<FileItem> parseFile(const net::ApiResponse &response, ApiError *error)
{
    const auto obj = response.jsonObject(error);
    if (!obj)
        return std::nullopt;
    auto file = fileFrom(*obj);
    if (!file)
        *error = response.unexpected(
            QCoreApplication::translate("ContaxyFiles", "a file without a key"));
    return file;
}

std::optional<FileItem> parseFileElement(QByteArrayView json, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = json.startsWith('{')
        ? QJsonDocument::fromJson(json.toByteArray(), &parseError)
        : QJsonDocument();
    if (!doc.isObject()) {
        *why = json.startsWith('{')
            ? parseError.errorString()
            : QCoreApplication::translate("ContaxyFiles", "a file that is not an object");
        return std::nullopt;
    }
    auto file = fileFrom(doc.object());
    if (!file)
        *why = QCoreApplication::translate("ContaxyFiles", "a file without a key");
    return file;
}

QUrl fileDownloadUrl(const QUrl &serverUrl,
                     const QString &projectId,
                     const QString &key,
                     const QString &version)
{
    QUrl url = net::appendPath(serverUrl, filePath(projectId, key, QStringLiteral(":download")));
    if (!version.isEmpty())
        url.setQuery(QStringLiteral("version=")
                     + QString::fromLatin1(QUrl::toPercentEncoding(version)));
    return url;
}

std::optional<QList<FileItem>> parseFiles(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<FileItem> files;
    files.reserve(list->size());
    for (const QJsonValue &value : *list) {
        const auto file = fileFrom(value.toObject());
        if (!file) {
            *error = response.unexpected(
                QCoreApplication::translate("ContaxyFiles", "a file without a key"));
            return std::nullopt;
        }
        files << *file;
    }
    return files;
}

transfer::TransferSpec uploadSpec(const QString &accountId,
                                  const QUrl &serverUrl,
                                  const QString &projectId,
                                  const QString &key,
                                  const QString &localPath)
{
    transfer::TransferSpec spec;
    spec.kind = transfer::TransferSpec::Kind::MultipartUpload;
    spec.accountId = accountId;
    spec.owner = filesOwner(projectId);
    spec.url = net::appendPath(serverUrl, filePath(projectId, key));
    spec.localPath = localPath;
    spec.fileName = key.section(QLatin1Char('/'), -1);
    // The part's type becomes the file's; the server sniffs only octet-stream (§7.1).
    // By extension only: reading every file of a dropped folder here would stall the UI, and
    // the server sniffs the content itself when the type is octet-stream (§7.1).
    spec.contentType = QMimeDatabase()
                           .mimeTypeForFile(localPath, QMimeDatabase::MatchExtension)
                           .name()
                           .toLatin1();
    spec.fileField = QStringLiteral("file");
    return spec;
}

transfer::TransferSpec downloadSpec(const QString &accountId,
                                    const QUrl &serverUrl,
                                    const QString &projectId,
                                    const FileItem &file,
                                    const QString &folder)
{
    transfer::TransferSpec spec;
    spec.kind = transfer::TransferSpec::Kind::Download;
    spec.accountId = accountId;
    spec.owner = filesOwner(projectId);
    spec.url
        = fileDownloadUrl(serverUrl, projectId, file.key, file.latest ? QString() : file.version);
    spec.localPath = folder;
    // The server's Content-Disposition is unquoted and garbles spaces and non-ASCII (§7.2).
    spec.fileName = file.fileName();
    return spec;
}

QString localPathForKey(const QString &key, const QString &folder, const QString &target)
{
    // Below the folder's parent, so the folder itself is re-created in the target.
    const QString parent = folder.isEmpty()
        ? QString()
        : folder.left(folder.lastIndexOf(QLatin1Char('/'), folder.size() - 2) + 1);
    const QStringList segments = key.mid(parent.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList safe;
    for (const QString &segment : segments)
        safe << transfer::sanitiseFileName(segment, QStringLiteral("_"));
    return QDir(target).filePath(safe.join(QLatin1Char('/')));
}

QList<transfer::TransferSpec> downloadSpecsFor(const QString &accountId,
                                               const QUrl &serverUrl,
                                               const QString &projectId,
                                               const QString &key,
                                               const QList<FileItem> &files,
                                               const QString &target,
                                               bool replace)
{
    const bool folder = key.isEmpty() || key.endsWith(QLatin1Char('/'));
    QList<transfer::TransferSpec> specs;
    for (const FileItem &file : files) {
        transfer::TransferSpec spec = downloadSpec(accountId, serverUrl, projectId, file, target);
        if (folder) {
            const QFileInfo local(localPathForKey(file.key, key, target));
            spec.localPath = local.path();
            spec.fileName = local.fileName();
            spec.createFolder = true;
        }
        spec.replaceExisting = replace;
        specs << spec;
    }
    return specs;
}

QString filesOwner(const QString &projectId)
{
    return QStringLiteral("contaxy/files/") + projectId;
}

UploadPlan planUploads(const QString &accountId,
                       const QUrl &serverUrl,
                       const QString &projectId,
                       const QStringList &paths,
                       const QString &folder,
                       int maxFiles)
{
    QList<QPair<QString, QString>> files; // local path, key
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append({path, folder + info.fileName()});
            continue;
        }
        if (!info.isDir())
            continue;
        const QDir base = info.dir();
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            files.append({file, folder + base.relativeFilePath(file)});
            if (files.size() > maxFiles) {
                UploadPlan plan;
                plan.tooMany = true;
                return plan;
            }
        }
    }
    UploadPlan plan;
    for (const auto &[path, key] : files) {
        const QString problem = fileKeyProblem(key);
        if (problem.isEmpty())
            plan.transfers << uploadSpec(accountId, serverUrl, projectId, key, path);
        else
            plan.refused << QCoreApplication::translate("ContaxyFiles", "%1: %2").arg(key, problem);
    }
    return plan;
}

QString fileKeyProblem(const QString &key)
{
    auto say = [](const char *text) { return QCoreApplication::translate("ContaxyFiles", text); };
    if (key.isEmpty() || key.size() > 1024)
        return say(QT_TRANSLATE_NOOP("ContaxyFiles",
                                     "A file name (with its folders) has 1 to 1024 characters."));
    if (key.contains(QLatin1Char('\n')) || key.contains(QLatin1Char('\r')))
        return say(QT_TRANSLATE_NOOP("ContaxyFiles", "A file name cannot contain line breaks."));
    if (key.contains(QLatin1String("..")))
        return say(QT_TRANSLATE_NOOP("ContaxyFiles", "A file name cannot contain \"..\"."));
    if (key.contains(QLatin1Char('~')))
        return say(QT_TRANSLATE_NOOP("ContaxyFiles", "A file name cannot contain \"~\"."));
    if (key.section(QLatin1Char('/'), -1).size() > 128 || key.endsWith(QLatin1Char('/')))
        return say(QT_TRANSLATE_NOOP("ContaxyFiles",
                                     "The last part of a file name has 1 to 128 characters."));
    return QString();
}

} // namespace wharf::contaxy
