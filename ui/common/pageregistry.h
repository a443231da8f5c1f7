#pragma once

#include "common/pagecatalog.h"
#include "common/pageid.h"
#include "shell/appcontext.h"

#include <QPointer>

#include <functional>

class QWidget;

namespace wharf {
namespace transfer {
class TransferQueue;
}
} // namespace wharf

namespace wharf::ui {

class Page;

// What a page is made from: the application's services, where it sits, the transfer queue
// (which may arrive later, see Page::setTransferQueue) and, for project pages, the account's
// project model that the tree shows.
struct PageContext
{
    AppContext app;
    PageId id;
    transfer::TransferQueue *transfers = nullptr;
    QPointer<ResourceListModel> projects; // gone when the account signs out
};

// The widgets behind PageCatalog's page kinds. Each platform registers its pages in one
// place (ui/<platform>/<platform>pages.cpp); MainWindow and the tree only read this.
class PageRegistry
{
public:
    using Factory = std::function<Page *(const PageContext &context, QWidget *parent)>;
    // What creating a project looks like on a platform (a dialog); returns the new id or "".
    using NewProject = std::function<QString(ResourceListModel *projects, QWidget *parent)>;

    // Adds the kind to PageCatalog too. A project-scope kind with an empty key is the page of
    // the project node itself (its overview); it is not listed under the project.
    static void add(const PageKind &kind, Factory factory);
    static Page *create(PlatformKind platform, const PageContext &context, QWidget *parent);
    static void setNewProject(PlatformKind platform, NewProject newProject);
    static NewProject newProject(PlatformKind platform);
};

// Registers every platform's pages, once (MainWindow calls it; so may tests).
void registerAllPages();

} // namespace wharf::ui
