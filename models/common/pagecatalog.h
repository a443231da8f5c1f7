#pragma once

#include "accounts/platformkind.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

class ResourceListModel;

// What the navigation tree knows of a page: each platform describes its pages here (the
// widgets that show them are registered with the same kind in ui/'s PageRegistry).
struct PageKind
{
    enum class Scope { Account, Project }; // one page per account, or per project

    PlatformKind platform = PlatformKind::Unknown;
    QString key; // stable: part of the page id, unique per platform and scope
    const char *title = nullptr; // untranslated, in the "Pages" context (QT_TRANSLATE_NOOP)
    QString icon; // freedesktop icon name
    Scope scope = Scope::Account;

    QString translatedTitle() const;
};

// The pages of all platforms, in the order they were added, and for platforms whose pages
// are per project, how to list an account's projects (a one-column ResourceListModel whose
// rows have models::IdRole). Filled once at start by each platform's registration.
class PageCatalog
{
public:
    using ProjectModelFactory
        = std::function<ResourceListModel *(auth::AccountSession *session, QObject *parent)>;

    static void add(const PageKind &kind);
    static QList<PageKind> pages(PlatformKind platform, PageKind::Scope scope);
    static const PageKind *find(PlatformKind platform, const QString &key);
    static void setProjectModel(PlatformKind platform, ProjectModelFactory factory);
    static ProjectModelFactory projectModel(PlatformKind platform);
};

} // namespace wharf
