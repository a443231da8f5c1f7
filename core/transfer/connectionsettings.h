#pragma once

#include <QNetworkProxy>
#include <QString>

namespace wharf::transfer {

// An account's network settings as a transfer needs them when one of its requests starts.
// Never persisted: the queue asks its provider again for every request, so rotated tokens and
// changed proxies apply to the next request and no secret sits in the queue file.
struct ConnectionSettings
{
    QString bearerToken; // empty = no Authorization header
    // DefaultProxy follows the system configuration, as HttpClient does; NoProxy connects
    // directly and ignores proxy variables in the environment.
    QNetworkProxy proxy {QNetworkProxy::DefaultProxy};
    // SHA-256 of the one certificate the user chose to trust (formatFingerprint form or bare
    // hex), the same pin semantics as net::HttpClient.
    QString pinnedCertificateSha256;
    int connectTimeoutMs = 30000;
    int stallTimeoutMs = 60000; // no byte moved for this long = Timeout
};

} // namespace wharf::transfer
