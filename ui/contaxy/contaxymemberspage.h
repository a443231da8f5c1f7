#pragma once

#include "common/resourcepage.h"

class QActionGroup;
class QSortFilterProxyModel;
class QTableView;

namespace wharf {
class ContaxyMemberModel;
}

namespace wharf::contaxy {
struct Member;
}

namespace wharf::ui {

// The members of a Contaxy project and their access levels: adding one (searching the
// server's users), changing a level, removing (after asking). Only the project's admins may
// change members; the server's refusal is shown as it says it.
class ContaxyMembersPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyMembersPage(const PageContext &context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ContaxyMemberModel *model() const { return m_model; }
    QAction *addMemberAction() const { return m_add; }
    QAction *levelAction() const { return m_level; }
    QAction *removeAction() const { return m_remove; }
    // The level menu's entry for "read", "write" or "admin".
    QAction *levelChoice(const QString &level) const;

protected:
    QString pageName() const override;
    QString countText() const override;
    void updateActions() override;

private:
    int selectedRow() const; // the model's row of the current selection, or -1
    void chooseAdd();
    void confirmRemove();
    // Says why the project's only admin cannot go or be lowered; true if it was that.
    bool refuseOnlyAdmin(const contaxy::Member &member);

    ContaxyMemberModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_level;
    QAction *m_remove;
    QActionGroup *m_levels;
};

} // namespace wharf::ui
