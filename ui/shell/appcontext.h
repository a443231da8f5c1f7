#pragma once

namespace wharf {
class AccountStore;
class AppSettings;
class AccountListModel;
namespace notify {
class Notifier;
}
namespace auth {
class CredentialStore;
class SessionRegistry;
} // namespace auth
} // namespace wharf

namespace wharf::ui {

// The application's long-lived services, created by app/ and handed to windows and pages.
// Nothing here is owned by the widgets that use it.
struct AppContext
{
    AccountStore *accounts = nullptr;
    AccountListModel *accountList = nullptr;
    auth::CredentialStore *credentials = nullptr;
    auth::SessionRegistry *sessions = nullptr;
    AppSettings *settings = nullptr; // may be null in tests (no Settings menu then)
    notify::Notifier *notifier = nullptr; // desktop notifications; may be null in tests
    bool sandbox = false;
};

} // namespace wharf::ui
