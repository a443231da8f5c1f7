#include "ivcap/ivcappages.h"

#include "common/pageregistry.h"
#include "ivcap/ivcapservicespage.h"

namespace wharf::ui {

void registerIvcapPages()
{
    PageRegistry::add({PlatformKind::Ivcap,
                       QStringLiteral("services"),
                       QT_TRANSLATE_NOOP("Pages", "Services"),
                       QStringLiteral("system-run"),
                       PageKind::Scope::Account},
                      [](const PageContext &context, QWidget *parent) {
                          return new IvcapServicesPage(context, parent);
                      });
}

} // namespace wharf::ui
