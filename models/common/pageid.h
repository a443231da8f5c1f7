#pragma once

#include <QString>

#include <optional>

namespace wharf {

// Where a page sits: an account, optionally one of its projects, and the page's key. Its
// string form is what the tree, the window, saved state and `--page` use:
//   "account/<account>"                            the account page
//   "account/<account>/<key>"                      a page of the account
//   "account/<account>/project/<project>"          a project (opens its first page)
//   "account/<account>/project/<project>/<key>"    a page of a project
// Ids are percent-encoded, so any id survives the round trip.
struct PageId
{
    QString accountId;
    QString projectId;
    QString key;
    bool project = false; // a project node (projectId set)

    static PageId forAccount(const QString &accountId, const QString &key = QString());
    static PageId
    forProject(const QString &accountId, const QString &projectId, const QString &key = QString());
    static std::optional<PageId> parse(const QString &text);

    QString toString() const;
    bool isAccountPage() const { return !project && key.isEmpty(); }
    bool operator==(const PageId &other) const = default;
};

} // namespace wharf
