#pragma once

#include <QString>

// Versions of libraries linked privately into wharf_core, for the About dialog and bug reports
// (the UI cannot include their headers).
namespace wharf::diagnostics {

QString curlVersion(); // "7.88.1 (OpenSSL/3.0.x)"
QString qtKeychainVersion(); // "0.13.2", or "unknown" when the build did not record it

} // namespace wharf::diagnostics
