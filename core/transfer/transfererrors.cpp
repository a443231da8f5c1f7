#include "transfererrors.h"

#include "curlrequest.h"

#include <QCoreApplication>

#include <curl/curl.h>

namespace wharf::transfer {

namespace {

using Kind = net::ApiError::Kind;

QString text(const char *source)
{
    return QCoreApplication::translate("wharf::transfer::Transfer", source);
}

net::ApiError local(const char *code, const QString &message)
{
    net::ApiError error = net::ApiError::make(Kind::Validation, message);
    error.code = QLatin1String(code);
    return error;
}

QString hostPort(const QUrl &url)
{
    return QStringLiteral("%1:%2")
        .arg(url.host())
        .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

net::ApiError tlsError(const CurlResult &r, const QString &where)
{
    net::ApiError error;
    error.kind = Kind::Tls;
    error.tlsFingerprint = r.peerFingerprint;
    if (r.pinMismatch) {
        error.message = text("The certificate of %1 (SHA-256 %2) is not the one trusted for "
                             "this account.")
                            .arg(where, r.peerFingerprint);
    } else if (!r.peerFingerprint.isEmpty()) {
        error.message = text("The certificate of %1 is not trusted (SHA-256 %2). Trust it only "
                             "if it matches the server's certificate.")
                            .arg(where, r.peerFingerprint);
    } else {
        error.message = text("Secure connection to %1 failed: %2").arg(where, r.curlMessage);
    }
    return error;
}

} // namespace

net::ApiError fileMissingError(const QString &path)
{
    return local("local-missing", text("The file %1 does not exist (any more).").arg(path));
}

net::ApiError fileVanishedError(const QString &path)
{
    return local("local-vanished",
                 text("The file %1 was deleted or moved while it was being uploaded.").arg(path));
}

net::ApiError fileChangedError(const QString &path)
{
    return local("local-changed",
                 text("The file %1 became shorter while it was being uploaded.").arg(path));
}

net::ApiError readFailedError(const QString &path, const QString &reason)
{
    return local("local-read", text("Could not read %1: %2").arg(path, reason));
}

net::ApiError writeFailedError(const QString &path, const QString &reason)
{
    return local("local-write",
                 text("Could not write %1: %2. Is the disk full?").arg(path, reason));
}

net::ApiError targetNotWritableError(const QString &path, const QString &reason)
{
    return local("local-target", text("Cannot save the download in %1: %2").arg(path, reason));
}

bool isLocalFileError(const net::ApiError &error)
{
    return error.kind == Kind::Validation && error.code.startsWith(QLatin1String("local-"));
}

net::ApiError errorForResult(const CurlResult &r)
{
    if (r.localError)
        return r.localError;
    const QString where = hostPort(r.url);
    if (r.httpStatus == 407 || r.proxyStatus == 407) {
        net::ApiError error = net::ApiError::make(
            Kind::Forbidden,
            text("The proxy refused the request: it wants a valid user name and password."),
            407);
        error.code = QStringLiteral("proxy-auth");
        return error;
    }
    switch (r.curlCode) {
    case CURLE_OK:
        return r.httpStatus >= 400 ? net::ApiError::fromHttp(r.httpStatus, r.body)
                                   : net::ApiError();
    case CURLE_COULDNT_CONNECT:
        return net::ApiError::make(Kind::Network,
                                   text("Could not connect to %1. Is the server running and the "
                                        "address right?")
                                       .arg(where));
    case CURLE_COULDNT_RESOLVE_HOST:
        return net::ApiError::make(
            Kind::Network, text("The server name %1 could not be found.").arg(r.url.host()));
    case CURLE_COULDNT_RESOLVE_PROXY:
        return net::ApiError::make(Kind::Network, text("The proxy could not be found."));
    case CURLE_OPERATION_TIMEDOUT:
        return net::ApiError::make(Kind::Timeout,
                                   text("The connection to %1 stalled: nothing moved for too "
                                        "long.")
                                       .arg(where));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return net::ApiError::make(Kind::Network,
                                   text("The connection to %1 was cut before the transfer was "
                                        "complete.")
                                       .arg(where));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        return tlsError(r, where);
    case CURLE_ABORTED_BY_CALLBACK:
        if (r.pinMismatch || !r.peerFingerprint.isEmpty())
            return tlsError(r, where);
        return net::ApiError::make(Kind::Cancelled, text("Cancelled."));
    case CURLE_TOO_MANY_REDIRECTS:
        return net::ApiError::make(Kind::Network, text("Too many redirects from %1.").arg(where));
    case CURLE_UNSUPPORTED_PROTOCOL:
        return net::ApiError::make(
            Kind::Network, text("%1 redirected to an insecure or unsupported address.").arg(where));
    case CURLE_WEIRD_SERVER_REPLY:
        return net::ApiError::make(Kind::BadResponse,
                                   text("The reply from %1 was not valid HTTP.").arg(where));
    default:
        return net::ApiError::make(
            Kind::Network, text("Network error talking to %1: %2").arg(where, r.curlMessage));
    }
}

} // namespace wharf::transfer
