#include "projectw/projectwpages.h"

#include "common/pageregistry.h"
#include "projectw/projectwjobspage.h"

namespace wharf::ui {

void registerProjectWPages()
{
    PageRegistry::add({PlatformKind::ProjectW,
                       QStringLiteral("jobs"),
                       QT_TRANSLATE_NOOP("Pages", "Jobs"),
                       QStringLiteral("media-playback-start"),
                       PageKind::Scope::Account},
                      [](const PageContext &context, QWidget *parent) {
                          return new ProjectWJobsPage(context, parent);
                      });
}

} // namespace wharf::ui
