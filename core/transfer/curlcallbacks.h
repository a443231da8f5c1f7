#pragma once

#include <QByteArray>

#include <curl/curl.h>

namespace wharf::transfer {

// libcurl's C callbacks for CurlRequest. Each touches only its own request's state: no
// signals, no foreign code, nothing that could call back into the multi handle.
struct RequestCallbacks
{
    static size_t read(char *buffer, size_t size, size_t count, void *request);
    static int seek(void *request, curl_off_t offset, int origin);
    static size_t write(char *data, size_t size, size_t count, void *request);
    static size_t header(char *data, size_t size, size_t count, void *request);
    static int progress(
        void *request, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal, curl_off_t ulNow);
    static int prereq(void *request, char *remoteIp, char *localIp, int remotePort, int localPort);
    static int debug(CURL *easy, curl_infotype type, char *data, size_t size, void *unused);
};

// SHA-256 of the DER form of the peer's own certificate (the first of the chain), or empty.
QByteArray leafCertificateSha256(const struct curl_certinfo *info);

} // namespace wharf::transfer
