#pragma once

#include "common/resourcepage.h"

class QSortFilterProxyModel;
class QTableView;

namespace wharf {
class ContaxyUserModel;
}

namespace wharf::ui {

// The users of a Contaxy server, for its administrators: name, e-mail address, id, when
// created and flags; creating one (a checked dialog) and deleting one (after asking). The
// server gives whole records and these changes to system admins only (users#admin); for
// anyone else the page says so, and shows the server's refusal as it says it.
class ContaxyUsersPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyUsersPage(const PageContext &context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ContaxyUserModel *model() const { return m_model; }
    QAction *newUserAction() const { return m_create; }
    QAction *deleteAction() const { return m_delete; }

protected:
    QString pageName() const override;
    QString countText() const override;
    void updateActions() override;

private:
    int selectedRow() const; // the model's row of the current selection, or -1
    void chooseCreate();
    void confirmDelete();

    ContaxyUserModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_create;
    QAction *m_delete;
};

} // namespace wharf::ui
