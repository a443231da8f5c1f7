#include "contaxy/contaxypages.h"

#include "common/pageregistry.h"
#include "contaxy/contaxydeploymentspage.h"
#include "contaxy/contaxydocumentspage.h"
#include "contaxy/contaxyextensionspage.h"
#include "contaxy/contaxyfilespage.h"
#include "contaxy/contaxymemberspage.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/contaxyprojectpage.h"
#include "contaxy/contaxyserverpage.h"
#include "contaxy/contaxytokenspage.h"
#include "contaxy/contaxyuserspage.h"
#include "contaxy/newprojectdialog.h"

namespace wharf::ui {

void registerContaxyPages()
{
    // Contaxy's resources live in projects: the tree lists them between account and pages.
    PageCatalog::setProjectModel(PlatformKind::Contaxy,
                                 [](auth::AccountSession *session, QObject *parent) {
                                     return new ContaxyProjectModel(session, parent);
                                 });
    PageRegistry::setNewProject(
        PlatformKind::Contaxy, [](ResourceListModel *projects, QWidget *parent) {
            auto *model = qobject_cast<ContaxyProjectModel *>(projects);
            if (!model)
                return QString();
            NewProjectDialog dialog(model, parent);
            return dialog.exec() == QDialog::Accepted ? dialog.createdProjectId() : QString();
        });
    PageRegistry::add({PlatformKind::Contaxy,
                       QString(), // the project node itself
                       QT_TRANSLATE_NOOP("Pages", "Project"),
                       QStringLiteral("folder"),
                       PageKind::Scope::Project},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyProjectPage(context, parent);
                      });
    PageRegistry::add({PlatformKind::Contaxy,
                       QStringLiteral("files"),
                       QT_TRANSLATE_NOOP("Pages", "Files"),
                       QStringLiteral("folder-documents"),
                       PageKind::Scope::Project},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyFilesPage(context, parent);
                      });
    PageRegistry::add({PlatformKind::Contaxy,
                       QStringLiteral("deployments"),
                       QT_TRANSLATE_NOOP("Pages", "Deployments"),
                       QStringLiteral("run-build"),
                       PageKind::Scope::Project},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyDeploymentsPage(context, parent);
                      });
    // Tokens: the user's own under the account, a project's (subject projects/<id>) under it.
    for (const auto scope : {PageKind::Scope::Account, PageKind::Scope::Project}) {
        PageRegistry::add({PlatformKind::Contaxy,
                           QStringLiteral("tokens"),
                           QT_TRANSLATE_NOOP("Pages", "Tokens"),
                           QStringLiteral("dialog-password"),
                           scope},
                          [](const PageContext &context, QWidget *parent) {
                              return new ContaxyTokensPage(context, parent);
                          });
    }
    // The server itself: version, set-up state and health (§5), and its users, for admins.
    PageRegistry::add({PlatformKind::Contaxy,
                       QStringLiteral("server"),
                       QT_TRANSLATE_NOOP("Pages", "Server"),
                       QStringLiteral("network-server"),
                       PageKind::Scope::Account},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyServerPage(context, parent);
                      });
    PageRegistry::add({PlatformKind::Contaxy,
                       QStringLiteral("users"),
                       QT_TRANSLATE_NOOP("Pages", "Users"),
                       QStringLiteral("system-users"),
                       PageKind::Scope::Account},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyUsersPage(context, parent);
                      });
    PageRegistry::add({PlatformKind::Contaxy,
                       QStringLiteral("documents"),
                       QT_TRANSLATE_NOOP("Pages", "Documents"),
                       QStringLiteral("application-json"),
                       PageKind::Scope::Project},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyDocumentsPage(context, parent);
                      });
    PageRegistry::add({PlatformKind::Contaxy,
                       QStringLiteral("extensions"),
                       QT_TRANSLATE_NOOP("Pages", "Extensions"),
                       QStringLiteral("preferences-plugin"),
                       PageKind::Scope::Project},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyExtensionsPage(context, parent);
                      });
    PageRegistry::add({PlatformKind::Contaxy,
                       QStringLiteral("members"),
                       QT_TRANSLATE_NOOP("Pages", "Members"),
                       QStringLiteral("system-users"),
                       PageKind::Scope::Project},
                      [](const PageContext &context, QWidget *parent) {
                          return new ContaxyMembersPage(context, parent);
                      });
}

} // namespace wharf::ui
