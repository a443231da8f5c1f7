#include "diagnostics.h"

#include <curl/curl.h>

namespace wharf::diagnostics {

QString curlVersion()
{
    // The library actually loaded, which may be newer than the headers we built with.
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    if (!info || !info->version)
        return QStringLiteral(LIBCURL_VERSION);
    QString version = QString::fromLatin1(info->version);
    if (info->ssl_version)
        version += QStringLiteral(" (%1)").arg(QString::fromLatin1(info->ssl_version));
    return version;
}

QString qtKeychainVersion()
{
    // QtKeychain's QTKEYCHAIN_VERSION macro is stale (0.1.0 in 0.13), so the build passes the
    // CMake package version instead.
#ifdef WHARF_QTKEYCHAIN_VERSION
    return QStringLiteral(WHARF_QTKEYCHAIN_VERSION);
#else
    return QStringLiteral("unknown");
#endif
}

} // namespace wharf::diagnostics
