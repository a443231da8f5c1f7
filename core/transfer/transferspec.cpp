#include "transferspec.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace wharf::transfer {

namespace {

const char *kindKey(TransferSpec::Kind kind)
{
    switch (kind) {
    case TransferSpec::Kind::Download:
        return "download";
    case TransferSpec::Kind::Upload:
        return "upload";
    case TransferSpec::Kind::MultipartUpload:
        return "multipart";
    case TransferSpec::Kind::TusUpload:
        return "tus";
    }
    return "download";
}

std::optional<TransferSpec::Kind> kindFromKey(const QString &key)
{
    for (auto kind : {TransferSpec::Kind::Download,
                      TransferSpec::Kind::Upload,
                      TransferSpec::Kind::MultipartUpload,
                      TransferSpec::Kind::TusUpload}) {
        if (key == QLatin1String(kindKey(kind)))
            return kind;
    }
    return std::nullopt;
}

} // namespace

QByteArray TransferSpec::effectiveMethod() const
{
    if (!method.isEmpty())
        return method.toUpper();
    switch (kind) {
    case Kind::Download:
        return "GET";
    case Kind::Upload:
        return "PUT";
    case Kind::MultipartUpload:
    case Kind::TusUpload:
        return "POST";
    }
    return "GET";
}

QString TransferSpec::partPath() const
{
    return QDir(localPath).filePath(QStringLiteral(".wharf-%1.part").arg(id));
}

QString TransferSpec::displayName() const
{
    if (!finalPath.isEmpty())
        return QFileInfo(finalPath).fileName();
    if (!fileName.isEmpty())
        return fileName;
    if (isUpload())
        return QFileInfo(localPath).fileName();
    const QString last = url.fileName();
    return last.isEmpty() ? url.host() : last;
}

bool TransferSpec::isCredentialHeader(const QByteArray &name)
{
    static const QList<QByteArray> secret
        = {"authorization", "proxy-authorization", "cookie", "ct_token", "x-api-key"};
    return secret.contains(name.toLower());
}

QJsonObject TransferSpec::toJson() const
{
    QJsonArray headerArray;
    for (const auto &[name, value] : headers) {
        if (!isCredentialHeader(name))
            headerArray.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    }
    QJsonArray fields;
    for (const auto &[name, value] : formFields)
        fields.append(QJsonArray {name, value});
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), QLatin1String(kindKey(kind))},
        {QStringLiteral("account"), accountId},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("localPath"), localPath},
        {QStringLiteral("fileName"), fileName},
        {QStringLiteral("contentType"), QString::fromLatin1(contentType)},
        {QStringLiteral("headers"), headerArray},
        {QStringLiteral("formFields"), fields},
        {QStringLiteral("fileField"), fileField},
        {QStringLiteral("chunkSize"), chunkSize},
        {QStringLiteral("decodeJsonString"), decodeJsonString},
        {QStringLiteral("createFolder"), createFolder},
        {QStringLiteral("replaceExisting"), replaceExisting},
        {QStringLiteral("uploadUrl"), uploadUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("validator"), QString::fromLatin1(validator)},
        {QStringLiteral("finalPath"), finalPath},
    };
}

std::optional<TransferSpec> TransferSpec::fromJson(const QJsonObject &json)
{
    const auto kind = kindFromKey(json.value(QLatin1String("kind")).toString());
    TransferSpec spec;
    spec.id = json.value(QLatin1String("id")).toString();
    spec.url = QUrl(json.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    if (!kind || spec.id.isEmpty() || !spec.url.isValid())
        return std::nullopt;
    spec.kind = *kind;
    spec.accountId = json.value(QLatin1String("account")).toString();
    spec.owner = json.value(QLatin1String("owner")).toString();
    spec.decodeJsonString = json.value(QLatin1String("decodeJsonString")).toBool();
    spec.createFolder = json.value(QLatin1String("createFolder")).toBool();
    spec.replaceExisting = json.value(QLatin1String("replaceExisting")).toBool();
    spec.method = json.value(QLatin1String("method")).toString().toLatin1();
    spec.localPath = json.value(QLatin1String("localPath")).toString();
    spec.fileName = json.value(QLatin1String("fileName")).toString();
    spec.contentType = json.value(QLatin1String("contentType")).toString().toLatin1();
    for (const QJsonValue &pair : json.value(QLatin1String("headers")).toArray()) {
        const QJsonArray a = pair.toArray();
        const QByteArray name = a.at(0).toString().toLatin1();
        if (a.size() == 2 && !name.isEmpty() && !isCredentialHeader(name))
            spec.headers.append({name, a.at(1).toString().toLatin1()});
    }
    for (const QJsonValue &pair : json.value(QLatin1String("formFields")).toArray()) {
        const QJsonArray a = pair.toArray();
        if (a.size() == 2)
            spec.formFields.append({a.at(0).toString(), a.at(1).toString()});
    }
    spec.fileField = json.value(QLatin1String("fileField")).toString(spec.fileField);
    spec.chunkSize
        = qMax<qint64>(64 * 1024, json.value(QLatin1String("chunkSize")).toInteger(spec.chunkSize));
    spec.uploadUrl = QUrl(json.value(QLatin1String("uploadUrl")).toString(), QUrl::StrictMode);
    spec.validator = json.value(QLatin1String("validator")).toString().toLatin1();
    spec.finalPath = json.value(QLatin1String("finalPath")).toString();
    return spec;
}

} // namespace wharf::transfer
