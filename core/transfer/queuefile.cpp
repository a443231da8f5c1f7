#include "queuefile.h"

#include "net/redact.h"

namespace wharf::transfer {

namespace {

constexpr Transfer::State kStates[] = {Transfer::State::Queued,
                                       Transfer::State::Running,
                                       Transfer::State::Retrying,
                                       Transfer::State::Paused,
                                       Transfer::State::Completed,
                                       Transfer::State::Failed,
                                       Transfer::State::Cancelled,
                                       Transfer::State::Interrupted};

constexpr net::ApiError::Kind kKinds[] = {
    net::ApiError::Kind::None,
    net::ApiError::Kind::Network,
    net::ApiError::Kind::Timeout,
    net::ApiError::Kind::Tls,
    net::ApiError::Kind::Unauthorized,
    net::ApiError::Kind::Forbidden,
    net::ApiError::Kind::NotFound,
    net::ApiError::Kind::Conflict,
    net::ApiError::Kind::Validation,
    net::ApiError::Kind::Server,
    net::ApiError::Kind::BadResponse,
    net::ApiError::Kind::Cancelled,
};

QJsonObject errorToJson(const net::ApiError &error)
{
    return QJsonObject {{QStringLiteral("kind"), net::ApiError::kindName(error.kind)},
                        {QStringLiteral("status"), error.httpStatus},
                        {QStringLiteral("message"), net::redactText(error.message)},
                        {QStringLiteral("code"), error.code},
                        {QStringLiteral("fingerprint"), error.tlsFingerprint}};
}

net::ApiError errorFromJson(const QJsonObject &json)
{
    net::ApiError error;
    const QString kind = json.value(QLatin1String("kind")).toString();
    for (const auto k : kKinds) {
        if (net::ApiError::kindName(k) == kind)
            error.kind = k;
    }
    error.httpStatus = json.value(QLatin1String("status")).toInt();
    error.message = json.value(QLatin1String("message")).toString();
    error.code = json.value(QLatin1String("code")).toString();
    error.tlsFingerprint = json.value(QLatin1String("fingerprint")).toString();
    return error;
}

// A URL as it may be written to disk: without user info and token-like query items.
bool withholdSecrets(QUrl &url)
{
    const QString clean = net::redactUrl(url);
    if (clean == url.toString(QUrl::FullyEncoded))
        return false;
    url = QUrl(clean);
    return true;
}

} // namespace

QString stateName(Transfer::State state)
{
    switch (state) {
    case Transfer::State::Queued:
        return QStringLiteral("queued");
    case Transfer::State::Running:
        return QStringLiteral("running");
    case Transfer::State::Retrying:
        return QStringLiteral("retrying");
    case Transfer::State::Paused:
        return QStringLiteral("paused");
    case Transfer::State::Completed:
        return QStringLiteral("completed");
    case Transfer::State::Failed:
        return QStringLiteral("failed");
    case Transfer::State::Cancelled:
        return QStringLiteral("cancelled");
    case Transfer::State::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QString();
}

QJsonObject queueEntryToJson(const Transfer &transfer)
{
    TransferSpec spec = transfer.spec();
    const bool urlWithheld = withholdSecrets(spec.url);
    const bool withheld = withholdSecrets(spec.uploadUrl) || urlWithheld;
    return QJsonObject {{QStringLiteral("spec"), spec.toJson()},
                        {QStringLiteral("state"), stateName(transfer.state())},
                        {QStringLiteral("done"), transfer.bytesDone()},
                        {QStringLiteral("total"), transfer.bytesTotal()},
                        {QStringLiteral("error"), errorToJson(transfer.error())},
                        {QStringLiteral("urlWithheld"), withheld}};
}

std::optional<QueueEntry> queueEntryFromJson(const QJsonObject &json)
{
    const auto spec = TransferSpec::fromJson(json.value(QLatin1String("spec")).toObject());
    if (!spec)
        return std::nullopt;
    QueueEntry entry;
    entry.spec = *spec;
    const QString state = json.value(QLatin1String("state")).toString();
    for (const auto s : kStates) {
        if (stateName(s) == state)
            entry.state = s;
    }
    entry.done = json.value(QLatin1String("done")).toInteger();
    entry.total = json.value(QLatin1String("total")).toInteger(-1);
    entry.error = errorFromJson(json.value(QLatin1String("error")).toObject());
    entry.urlWithheld = json.value(QLatin1String("urlWithheld")).toBool();
    return entry;
}

} // namespace wharf::transfer
