#include "embeddedbrowser.h"

#include <QCoreApplication>
#include <QSettings>

namespace wharf::ui {

QString embeddedBrowserUnavailableReason()
{
    if (!embeddedBrowserBuilt())
        return QCoreApplication::translate("EmbeddedBrowser",
                                           "This copy of Wharf was built without an embedded "
                                           "browser (Qt WebEngine).");
    if (qEnvironmentVariableIntValue("WHARF_NO_WEBENGINE") != 0)
        return QCoreApplication::translate("EmbeddedBrowser",
                                           "The embedded browser is turned off "
                                           "(WHARF_NO_WEBENGINE is set).");
    if (!QSettings().value(QStringLiteral("signIn/embeddedBrowser"), true).toBool())
        return QCoreApplication::translate("EmbeddedBrowser",
                                           "The embedded browser is turned off in the "
                                           "settings.");
    return QString();
}

} // namespace wharf::ui
