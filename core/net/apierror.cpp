#include "apierror.h"

#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace wharf::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

QString defaultMessage(int status)
{
    switch (status) {
    case 400:
        return tr("The server rejected the request.");
    case 401:
        return tr("Not signed in, or the session has expired.");
    case 403:
        return tr("Permission denied.");
    case 404:
        return tr("Not found.");
    case 405:
        return tr("The server does not support this operation.");
    case 409:
        return tr("Conflict with the current state on the server.");
    case 422:
        return tr("The server rejected the request's input.");
    case 429:
        return tr("Too many requests; try again later.");
    case 502:
    case 504:
        return tr("The server's gateway could not reach the service.");
    case 503:
        return tr("The service is temporarily unavailable.");
    default:
        return status >= 500 ? tr("The server failed to handle the request.")
                             : tr("Unexpected reply from the server.");
    }
}

// FastAPI/pydantic validation list: [{loc: [...], msg: "..."}, ...] -> "body.password: msg; ..."
QString describeValidationList(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue &item : items) {
        const QJsonObject obj = item.toObject();
        QStringList loc;
        for (const QJsonValue &segment : obj.value(QLatin1String("loc")).toArray())
            loc << (segment.isDouble() ? QString::number(segment.toInt()) : segment.toString());
        const QString msg = obj.value(QLatin1String("msg")).toString();
        parts << (loc.isEmpty() ? msg : loc.join(QLatin1Char('.')) + QLatin1String(": ") + msg);
    }
    return parts.join(QLatin1String("; "));
}

// Reads each platform's error body shape. Returns false when the body has none of them.
bool readErrorBody(const QJsonObject &obj, ApiError &error)
{
    // OAuth 2 (Contaxy token endpoint, OpenID Providers): {"error": "...", "error_description":
    // "..."}
    if (obj.value(QLatin1String("error")).isString()) {
        error.code = obj.value(QLatin1String("error")).toString();
        const QString description = obj.value(QLatin1String("error_description")).toString();
        error.message = description.isEmpty() ? error.code : description;
        return true;
    }
    // Project-W / FastAPI: {"detail": "..."} or {"detail": [validation items]}
    const QJsonValue detail = obj.value(QLatin1String("detail"));
    if (detail.isString()) {
        error.message = detail.toString();
        return true;
    }
    if (detail.isArray()) {
        error.message = describeValidationList(detail.toArray());
        return true;
    }
    // Contaxy ProblemDetails {code, message, explanation, details}; IVCAP {message, id};
    // goa {name, id, message, temporary, timeout, fault}; IVCAP InvalidParameterT {name, message}.
    const QJsonValue message = obj.value(QLatin1String("message"));
    if (message.isString()) {
        error.message = message.toString();
        const QString explanation = obj.value(QLatin1String("explanation")).toString();
        if (!explanation.isEmpty() && explanation != error.message)
            error.message += QLatin1String(" ") + explanation;
        const QString name = obj.value(QLatin1String("name")).toString();
        const bool isGoaError = obj.contains(QLatin1String("fault"));
        if (!name.isEmpty() && isGoaError)
            error.code = name;
        else if (!name.isEmpty())
            error.message = name + QLatin1String(": ") + error.message;
        return true;
    }
    return false;
}

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString ApiError::toString() const
{
    if (!isError())
        return QString();
    QString text = message.isEmpty() ? kindName(kind) : message;
    if (httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    return text;
}

ApiError ApiError::make(Kind kind, QString message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    return error;
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
    case 424:
        return Kind::Conflict;
    case 400:
    case 405:
    case 415:
    case 422:
        return Kind::Validation;
    default:
        return status >= 200 && status < 400 ? Kind::None : Kind::Server;
    }
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.kind = kindForStatus(httpStatus);
    const auto value = json::parse(body);
    if (!(value && value->isObject() && readErrorBody(value->toObject(), error))) {
        const QByteArray text = body.trimmed();
        // A short plain-text body is the server's message; HTML pages and long dumps are not.
        const bool plainText
            = !text.isEmpty() && !text.startsWith('<') && text.size() <= 300 && !value;
        error.message = plainText ? QString::fromUtf8(text) : defaultMessage(httpStatus);
    }
    if (error.message.isEmpty())
        error.message = defaultMessage(httpStatus);
    return error;
}

} // namespace wharf::net
