#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace wharf::net {

// What went wrong with a call, as a value: every failure in core ends up as one of these.
struct ApiError
{
    enum class Kind {
        None,
        Network, // connection refused/reset/cut, DNS, offline, too many redirects
        Timeout, // no progress within the request's timeout
        Tls, // certificate not trusted (see fingerprint)
        Unauthorized, // 401: sign in again
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        Validation, // 400 / 422: the server rejected our input
        Server, // 5xx and anything else unexpected from the server
        BadResponse, // the reply could not be understood (HTML, broken JSON, wrong types)
        Cancelled, // the caller cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // the server's own message if it gave one, otherwise ours
    QString code; // machine-readable code from the body (OAuth "error", goa "name")
    QString requestId; // our X-Request-ID, to correlate with server logs
    QString tlsFingerprint; // SHA-256 of the peer certificate (hex, colon separated) for Kind::Tls

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Human-readable one-liner for dialogs and the CLI.
    QString toString() const;
    static QString kindName(Kind kind);

    static ApiError make(Kind kind, QString message, int httpStatus = 0);
    // Maps an HTTP status plus the body of any of the platforms' error shapes to an error.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static Kind kindForStatus(int httpStatus);
};

} // namespace wharf::net

Q_DECLARE_METATYPE(wharf::net::ApiError)
