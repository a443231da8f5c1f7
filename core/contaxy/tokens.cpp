#include "tokens.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace wharf::contaxy {

using net::ApiError;
using net::ApiRequest;

namespace {

// Query values go in percent-encoded: QUrlQuery leaves '+' alone, which the server would read
// as a space ("C++ notebook"), and '#' must not end the URL.
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString say(const char *text)
{
    return QCoreApplication::translate("ContaxyTokens", text);
}

std::optional<ApiToken> tokenFrom(const QJsonObject &obj)
{
    ApiToken token;
    token.token = obj.value(QLatin1String("token")).toString();
    if (token.token.isEmpty())
        return std::nullopt;
    token.type = obj.value(QLatin1String("token_type")).toString();
    token.subject = obj.value(QLatin1String("subject")).toString();
    for (const QJsonValue &scope : obj.value(QLatin1String("scopes")).toArray())
        token.scopes << scope.toString();
    token.createdAt = QDateTime::fromString(obj.value(QLatin1String("created_at")).toString(),
                                            Qt::ISODateWithMs);
    token.expiresAt = QDateTime::fromString(obj.value(QLatin1String("expires_at")).toString(),
                                            Qt::ISODateWithMs);
    token.description = obj.value(QLatin1String("description")).toString();
    token.createdBy = obj.value(QLatin1String("created_by")).toString();
    token.purpose = obj.value(QLatin1String("token_purpose")).toString();
    return token;
}

QString trimmedResource(QString resource)
{
    // The server trims these itself (§2.4); trimming here shows the scope it will store.
    resource = resource.trimmed();
    static const QRegularExpression outer(QStringLiteral("^[/:]+|[/:]+$"));
    return resource.remove(outer);
}

} // namespace

QString projectSubject(const QString &projectId)
{
    return QStringLiteral("projects/") + projectId;
}

ApiRequest listTokensRequest(const QString &subject)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/auth/tokens"));
    if (!subject.isEmpty())
        request.query.addQueryItem(QStringLiteral("token_subject"), encoded(subject));
    return request;
}

ApiRequest createTokenRequest(const TokenRequest &wanted)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/auth/tokens"));
    request.method = "POST";
    for (const QString &scope : wanted.scopes)
        request.query.addQueryItem(QStringLiteral("scope"), encoded(scope));
    request.query.addQueryItem(QStringLiteral("token_type"),
                               wanted.session ? QStringLiteral("session-token")
                                              : QStringLiteral("api-token"));
    if (!wanted.description.isEmpty())
        request.query.addQueryItem(QStringLiteral("description"), encoded(wanted.description));
    return request;
}

ApiRequest projectTokenRequest(const QString &projectId, const QString &level)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/projects/") + encoded(projectId)
                                         + QStringLiteral("/token"));
    request.query.addQueryItem(QStringLiteral("access_level"), level);
    return request;
}

ApiRequest revokeTokenRequest(const QString &token)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), encoded(token));
    ApiRequest request = ApiRequest::postForm(QStringLiteral("/auth/oauth/revoke"), form);
    request.authenticated = false; // the token in the form is the credential (§3.3)
    return request;
}

std::optional<QList<ApiToken>> parseTokens(const net::ApiResponse &response, ApiError *error)
{
    const auto list = response.jsonArray(error);
    if (!list)
        return std::nullopt;
    QList<ApiToken> tokens;
    tokens.reserve(list->size());
    for (const QJsonValue &value : *list) {
        const auto token = tokenFrom(value.toObject());
        if (!token) {
            *error = response.unexpected(
                say(QT_TRANSLATE_NOOP("ContaxyTokens", "a token without its value")));
            return std::nullopt;
        }
        tokens << *token;
    }
    return tokens;
}

std::optional<QString> parseNewToken(const net::ApiResponse &response, ApiError *error)
{
    const auto value = response.json(error);
    if (!value)
        return std::nullopt;
    if (!value->isString() || value->toString().isEmpty()) {
        *error = response.unexpected(
            say(QT_TRANSLATE_NOOP("ContaxyTokens", "expected the new token as a string")));
        return std::nullopt;
    }
    return value->toString();
}

QByteArray withoutTokenValues(const QByteArray &reply)
{
    QJsonParseError parsed;
    QJsonDocument doc = QJsonDocument::fromJson(reply, &parsed);
    if (!doc.isArray())
        return parsed.error == QJsonParseError::NoError ? reply : QByteArray();
    QJsonArray list = doc.array();
    for (QJsonValueRef item : list) {
        QJsonObject obj = item.toObject();
        if (obj.contains(QLatin1String("token")))
            obj.insert(QStringLiteral("token"), QStringLiteral("(hidden)"));
        item = obj;
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QString revokeFailure(const ApiError &error)
{
    if (error.code == QLatin1String("unsupported_token_type"))
        return say(QT_TRANSLATE_NOOP("ContaxyTokens",
                                     "Session tokens cannot be revoked; they expire by "
                                     "themselves after a few minutes."));
    return error.toString();
}

QStringList accessLevels()
{
    return {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")};
}

QString scopeFor(const QString &resource, const QString &level)
{
    return trimmedResource(resource) + QLatin1Char('#') + level;
}

QString scopeProblem(const QString &resource, const QString &level)
{
    const QString name = trimmedResource(resource);
    if (name.isEmpty())
        return say(QT_TRANSLATE_NOOP("ContaxyTokens",
                                     "Name a resource, such as projects/my-project, or * for "
                                     "everything."));
    // Slash paths of IDs (§2.2, §2.4); '#' would start the level, spaces never occur.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~:/-]+$"));
    if (name != QLatin1String("*") && !allowed.match(name).hasMatch())
        return say(QT_TRANSLATE_NOOP("ContaxyTokens",
                                     "A resource is a path such as projects/my-project/files: "
                                     "letters, digits and . _ - ~ : / only, or * alone."));
    if (!accessLevels().contains(level))
        return say(QT_TRANSLATE_NOOP("ContaxyTokens", "The level is read, write or admin."));
    return QString();
}

QString scopeTextProblem(const QString &scope)
{
    const qsizetype hash = scope.lastIndexOf(QLatin1Char('#'));
    if (hash < 0)
        return say(QT_TRANSLATE_NOOP("ContaxyTokens",
                                     "A scope is RESOURCE#LEVEL, such as "
                                     "projects/my-project#read."));
    return scopeProblem(scope.left(hash), scope.mid(hash + 1));
}

QString tokenDescriptionProblem(const QString &description)
{
    if (description.size() > 240)
        return say(QT_TRANSLATE_NOOP("ContaxyTokens", "A description has at most 240 characters."));
    return QString();
}

} // namespace wharf::contaxy
