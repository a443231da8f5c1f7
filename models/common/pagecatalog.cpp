#include "common/pagecatalog.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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
#ifndef QT_NO_DEBUG
    // A key is used once per scope: "tokens" of the account and "tokens" of each project.
    const QList<PageKind> same = pages(kind.platform, kind.scope);
    Q_ASSERT(std::none_of(
        same.cbegin(), same.cend(), [&kind](const PageKind &k) { return k.key == kind.key; }));
#endif
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
