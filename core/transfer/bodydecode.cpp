#include "bodydecode.h"

#include "transfererrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wharf::transfer {

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("TransferDecode", text);
}
} // namespace

net::ApiError decodeJsonStringFile(const QString &path, qint64 maxBytes)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return writeFailedError(path, in.errorString());
    if (in.size() > maxBytes)
        return net::ApiError::make(
            net::ApiError::Kind::BadResponse,
            say(QT_TRANSLATE_NOOP("TransferDecode", "The server's text is too large.")));
    // Qt 6.4 parses only objects and arrays: wrap the literal in one.
    const QByteArray wrapped = '[' + in.readAll() + ']';
    in.close();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    const QJsonArray array = doc.array();
    if (parseError.error == QJsonParseError::NoError && array.size() == 1
        && (array.at(0).isObject() || array.at(0).isArray()))
        return net::ApiError(); // JSON itself (a transcript as_json may come so): kept as sent
    if (parseError.error != QJsonParseError::NoError || array.size() != 1
        || !array.at(0).isString())
        return net::ApiError::make(
            net::ApiError::Kind::BadResponse,
            say(QT_TRANSLATE_NOOP("TransferDecode",
                                  "The server did not send the text as a JSON "
                                  "string.")));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(array.at(0).toString().toUtf8()) < 0
        || !out.commit())
        return writeFailedError(path, out.errorString());
    return net::ApiError();
}

} // namespace wharf::transfer
