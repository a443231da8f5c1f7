#include "secretblob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wharf::auth {

namespace {
constexpr int kFormatVersion = 1;
} // namespace

QByteArray serializeSecrets(const Secrets &secrets)
{
    QJsonObject values;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        values.insert(it.key(), it.value());
    const QJsonObject root {{QStringLiteral("v"), kFormatVersion},
                            {QStringLiteral("secrets"), values}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool parseSecrets(const QByteArray &blob, Secrets *secrets)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(blob, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("v")).toInt() != kFormatVersion)
        return false;
    const QJsonValue values = root.value(QStringLiteral("secrets"));
    if (!values.isObject())
        return false;
    Secrets parsed;
    const QJsonObject object = values.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return false;
        parsed.insert(it.key(), it.value().toString());
    }
    *secrets = parsed;
    return true;
}

QList<QByteArray> splitIntoChunks(const QByteArray &blob, int chunkSize)
{
    if (chunkSize <= 0 || blob.size() <= chunkSize)
        return {blob};
    QList<QByteArray> chunks;
    for (qsizetype offset = 0; offset < blob.size(); offset += chunkSize)
        chunks.append(blob.mid(offset, chunkSize));
    return chunks;
}

QString chunkKey(const QString &key, int index)
{
    return index == 0 ? key : key + QLatin1Char('.') + QString::number(index);
}

} // namespace wharf::auth
