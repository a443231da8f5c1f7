#pragma once

#include "common/page.h"
#include "common/pageregistry.h"

class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;
class QAbstractItemView;

namespace wharf {
class ResourceListModel;
namespace transfer {
class Transfer;
class TransferQueue;
} // namespace transfer
namespace auth {
class AccountSession;
}
namespace net {
class ApiError;
}
} // namespace wharf

namespace wharf::ui {

// The base of a page that shows one of an account's resource lists: a toolbar with the page's
// actions, the list, and a status line (loading, counts, the last error, the outcome of the
// last action). Errors also reach the account's connection monitor; a signed-out account
// says so and loads once it is signed in. A subclass is its layout and bindings only.
class ResourcePage : public Page
{
    Q_OBJECT
public:
    ResourcePage(const PageContext &context, QWidget *parent);

    QString title() const override;
    QByteArray rawReply() const override;
    void activate() override;
    void setTransferQueue(transfer::TransferQueue *queue) override;
    // Files handed to the application go where dropped files go, once transfers can run.
    bool takeFiles(const QStringList &paths) override;
    transfer::TransferQueue *transfers() const { return m_transfers; }

    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *hintLabel() const { return m_hint; }
    const PageContext &context() const { return m_context; }
    auth::AccountSession *session() const;
    QString accountName() const;
    QString projectName() const; // the tree's name for the page's project, or ""

protected:
    // Called once by the subclass: its model, the widget that shows it (placed below the
    // toolbar) and the view whose rows get the context menu and double-click.
    void setList(ResourceListModel *model, QWidget *content, QAbstractItemView *view);
    // A toolbar action (also in the rows' context menu when `onRows`).
    QAction *addAction(const QString &icon,
                       const QString &text,
                       const QKeySequence &shortcut,
                       bool onRows,
                       std::function<void()> triggered);
    // An action of the rows' context menu only (rarer ones, to keep the toolbar short).
    QAction *addRowAction(const QString &icon,
                          const QString &text,
                          const QKeySequence &shortcut,
                          std::function<void()> triggered);
    // Transfers of this account tagged `owner` (TransferSpec::owner) are the page's own.
    void setTransferOwner(const QString &owner) { m_transferOwner = owner; }
    // One of the page's own transfers has ended (an upload into the list, say).
    virtual void ownTransferFinished(transfer::Transfer *) { }
    // Files and folders dropped anywhere on the page (from a file manager) go to `take`.
    void acceptFileDrops(std::function<void(const QStringList &paths)> take);
    // "Filter…" at the end of the toolbar.
    QLineEdit *addFilter(const QString &placeholder);
    void setNotice(const QString &notice);
    // A standing remark under the toolbar (what the server will or will not do here); ""
    // hides it.
    void setHint(const QString &hint);
    // Asks before something that cannot be undone (window-modal, Cancel the default), and
    // runs `confirmed` if the user chose the button labelled `actionText` ("&Delete").
    void askToConfirm(const QString &title,
                      const QString &question,
                      const QString &actionText,
                      std::function<void()> confirmed);
    void updateStatus();
    // The name of the page in titles ("Files") and what the list holds ("%n file(s)").
    virtual QString pageName() const = 0;
    virtual QString countText() const = 0;
    // What double-click or Return on a row does (nothing by default).
    virtual void openRow(const QModelIndex &) { }
    // Keeps actions in step with the selection and the model.
    virtual void updateActions() { }
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reportError(const net::ApiError &error);
    void bindAction(QAction *action, const QKeySequence &shortcut, std::function<void()> triggered);

    PageContext m_context;
    ResourceListModel *m_model = nullptr;
    QAbstractItemView *m_view = nullptr;
    QToolBar *m_toolBar;
    QLabel *m_status;
    QLabel *m_hint;
    QMenu *m_rowMenu;
    QString m_notice; // the outcome of the last action
    std::function<void(const QStringList &)> m_takeDrop;
    transfer::TransferQueue *m_transfers = nullptr;
    QString m_transferOwner;
};

} // namespace wharf::ui
