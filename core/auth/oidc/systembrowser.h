#pragma once

#include <QUrl>

#include <functional>

namespace wharf::auth::oidc {

// Core has no GUI: the application installs how a URL reaches the user's browser
// (QDesktopServices::openUrl in the GUI). Without one, openInSystemBrowser() returns false
// and sign-in shows the link to copy instead.
using UrlOpener = std::function<bool(const QUrl &)>;
void setSystemBrowser(UrlOpener opener);
bool openInSystemBrowser(const QUrl &url);

} // namespace wharf::auth::oidc
