#pragma once

#include "common/resourcepage.h"

class QSortFilterProxyModel;
class QTableView;

namespace wharf {
class ContaxyTokenModel;
}

namespace wharf::ui {

// A Contaxy account's own API tokens, or a project's (the page's project, from the tree):
// the secret values stay hidden until the user asks (Show Value, Copy Value), new tokens are
// shown once right after they are made, revoking asks first and says that the server may
// accept a revoked token for a few minutes more.
class ContaxyTokensPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyTokensPage(const PageContext &context, QWidget *parent = nullptr);

    // The list's raw reply without the secret values it carries.
    QByteArray rawReply() const override;

    QTableView *view() const { return m_view; }
    ContaxyTokenModel *model() const { return m_model; }
    QAction *createAction() const { return m_create; }
    QAction *showAction() const { return m_show; }
    QAction *copyAction() const { return m_copy; }
    QAction *revokeAction() const { return m_revoke; }

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;

private:
    int selectedRow() const; // the model's row of the current selection, or -1
    void chooseCreate();
    void showCreated(const QString &token, bool session);
    void showValue();
    void copyValue();
    void confirmRevoke();

    ContaxyTokenModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_create;
    QAction *m_show;
    QAction *m_copy;
    QAction *m_revoke;
};

} // namespace wharf::ui
