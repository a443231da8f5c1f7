// Built instead of webenginebrowser.cpp when WHARF_WITH_WEBENGINE is OFF.
#include "embeddedbrowser.h"

namespace wharf::ui {

bool embeddedBrowserBuilt()
{
    return false;
}

EmbeddedBrowser *createEmbeddedBrowser(const QUrl &, const QByteArray &, QWidget *)
{
    return nullptr;
}

void prepareEmbeddedBrowser() { }

} // namespace wharf::ui
