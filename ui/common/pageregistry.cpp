#include "common/pageregistry.h"

#include <QHash>

namespace wharf::ui {

namespace {
struct Registry
{
    QHash<QString, PageRegistry::Factory> factories; // "<platform>/<scope>/<key>"
    QHash<int, PageRegistry::NewProject> newProjects;
};
Registry &registry()
{
    static Registry instance;
    return instance;
}
QString slot(PlatformKind platform, bool project, const QString &key)
{
    return platformKindId(platform)
        + (project ? QStringLiteral("/project/") : QStringLiteral("/account/")) + key;
}
} // namespace

void PageRegistry::add(const PageKind &kind, Factory factory)
{
    const bool project = kind.scope == PageKind::Scope::Project;
    if (!kind.key.isEmpty())
        PageCatalog::add(kind);
    registry().factories.insert(slot(kind.platform, project, kind.key), std::move(factory));
}

Page *PageRegistry::create(PlatformKind platform, const PageContext &context, QWidget *parent)
{
    const Factory factory
        = registry().factories.value(slot(platform, context.id.project, context.id.key));
    return factory ? factory(context, parent) : nullptr;
}

void PageRegistry::setNewProject(PlatformKind platform, NewProject newProject)
{
    registry().newProjects.insert(int(platform), std::move(newProject));
}

PageRegistry::NewProject PageRegistry::newProject(PlatformKind platform)
{
    return registry().newProjects.value(int(platform));
}

} // namespace wharf::ui
