#pragma once

#include "common/resourcepage.h"

class QSortFilterProxyModel;
class QTableView;

namespace wharf {
class ContaxyExtensionModel;
}

namespace wharf::ui {

class InstallExtensionDialog;

// A Contaxy project's extensions: list (the project's and the global ones), install (a
// dialog prefilled by the server's suggestion where it has one), open an extension's web UI
// in the browser (Return or double-click), remove. Upstream answers 500 for removing and
// suggesting (contaxy.md §10): the page shows the server's message and carries on.
class ContaxyExtensionsPage : public ResourcePage
{
    Q_OBJECT
public:
    ContaxyExtensionsPage(const PageContext &context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ContaxyExtensionModel *model() const { return m_model; }
    QAction *installAction() const { return m_install; }
    QAction *openAction() const { return m_open; }
    QAction *removeAction() const { return m_remove; }
    InstallExtensionDialog *openInstallDialog();
    // Where Open Web UI goes (tests replace the system browser).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

protected:
    QString pageName() const override;
    QString countText() const override;
    void openRow(const QModelIndex &index) override;
    void updateActions() override;

private:
    int selectedRow() const;
    void openUi();
    void confirmRemove();

    ContaxyExtensionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_install;
    QAction *m_open;
    QAction *m_remove;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace wharf::ui
