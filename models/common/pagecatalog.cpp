#include "common/pagecatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace wharf {

namespace {
struct Catalog
{
    QList<PageKind> kinds;
    QHash<int, PageCatalog::ProjectModelFactory> projectModels;
};
Catalog &catalog()
{
    static Catalog instance;
    return instance;
}
} // namespace

QString PageKind::translatedTitle() const
{
    return QCoreApplication::translate("Pages", title);
}

void PageCatalog::add(const PageKind &kind)
{
    Q_ASSERT(!find(kind.platform, kind.key));
    catalog().kinds.append(kind);
}

QList<PageKind> PageCatalog::pages(PlatformKind platform, PageKind::Scope scope)
{
    QList<PageKind> out;
    for (const PageKind &kind : std::as_const(catalog().kinds)) {
        if (kind.platform == platform && kind.scope == scope)
            out << kind;
    }
    return out;
}

const PageKind *PageCatalog::find(PlatformKind platform, const QString &key)
{
    for (const PageKind &kind : std::as_const(catalog().kinds)) {
        if (kind.platform == platform && kind.key == key)
            return &kind;
    }
    return nullptr;
}

void PageCatalog::setProjectModel(PlatformKind platform, ProjectModelFactory factory)
{
    catalog().projectModels.insert(int(platform), std::move(factory));
}

PageCatalog::ProjectModelFactory PageCatalog::projectModel(PlatformKind platform)
{
    return catalog().projectModels.value(int(platform));
}

} // namespace wharf
