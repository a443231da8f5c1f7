#include "systembrowser.h"

namespace wharf::auth::oidc {

namespace {
UrlOpener &opener()
{
    static UrlOpener instance;
    return instance;
}
} // namespace

void setSystemBrowser(UrlOpener o)
{
    opener() = std::move(o);
}

bool openInSystemBrowser(const QUrl &url)
{
    return opener() && opener()(url);
}

} // namespace wharf::auth::oidc
