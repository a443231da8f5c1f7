#include "common/resourcepage.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "common/confirm.h"
#include "common/droppedfiles.h"
#include "common/resourcelistmodel.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDragEnterEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QToolBar>
#include <QVBoxLayout>

namespace wharf::ui {

ResourcePage::ResourcePage(const PageContext &context, QWidget *parent)
    : Page(context.id.toString(), parent)
    , m_context(context)
    , m_toolBar(new QToolBar(this))
    , m_status(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_rowMenu(new QMenu(this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setAccessibleName(tr("Page actions"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Note"));
    m_hint->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_hint);
    layout->addWidget(m_status); // the list goes above it (setList)
    connect(context.app.sessions,
            &auth::SessionRegistry::accountStateChanged,
            this,
            [this](const QString &accountId) {
                if (accountId != m_context.id.accountId || !m_model)
                    return;
                // Signed in (again, or as someone else): what is shown, or the error a load
                // without a token got, is stale.
                const ListLoader *loader = m_model->loader();
                if (m_context.app.sessions->isSignedIn(accountId)
                    && (loader->hasLoaded() || loader->lastError() || isVisible()))
                    m_model->reload();
                updateStatus();
                updateActions();
            });
}

auth::AccountSession *ResourcePage::session() const
{
    return m_context.app.sessions->session(m_context.id.accountId);
}

QString ResourcePage::accountName() const
{
    const auto account = m_context.app.accounts->findById(m_context.id.accountId);
    return account ? account->displayName : QString();
}

QString ResourcePage::projectName() const
{
    if (!m_context.projects || m_context.id.projectId.isEmpty())
        return QString();
    const QModelIndexList found = m_context.projects->match(m_context.projects->index(0, 0),
                                                            models::IdRole,
                                                            m_context.id.projectId,
                                                            1,
                                                            Qt::MatchExactly);
    return found.isEmpty() ? m_context.id.projectId : found.first().data().toString();
}

QString ResourcePage::title() const
{
    const QString project = projectName();
    return project.isEmpty() ? tr("%1 — %2").arg(pageName(), accountName())
                             : tr("%1 of %2 — %3").arg(pageName(), project, accountName());
}

QByteArray ResourcePage::rawReply() const
{
    return m_model ? m_model->loader()->lastReply() : QByteArray();
}

void ResourcePage::activate()
{
    if (m_model && !m_model->loader()->hasLoaded() && !m_model->loader()->isLoading()
        && m_context.app.sessions->isSignedIn(m_context.id.accountId))
        m_model->reload();
    updateStatus();
}

void ResourcePage::setList(ResourceListModel *model, QWidget *content, QAbstractItemView *view)
{
    m_model = model;
    m_view = view;
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, content, 1); // below the hint
    ListLoader *loader = model->loader();
    connect(loader, &ListLoader::loadingChanged, this, &ResourcePage::updateStatus);
    connect(loader, &ListLoader::pageLoaded, this, &ResourcePage::updateStatus);
    connect(loader, &ListLoader::errorOccurred, this, &ResourcePage::reportError);
    connect(model, &ResourceListModel::actionFinished, this, [this](const QString &outcome) {
        setNotice(outcome);
        updateActions();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [this] {
            updateStatus();
            updateActions();
        });
    connect(model, &QAbstractItemModel::dataChanged, this, &ResourcePage::updateActions);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid() || m_rowMenu->isEmpty())
            return;
        if (!m_view->selectionModel()->isSelected(index))
            m_view->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_rowMenu->popup(m_view->viewport()->mapToGlobal(at));
    });
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openRow(index);
    });
    connect(view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ResourcePage::updateActions);
    updateStatus();
}

QAction *ResourcePage::addAction(const QString &icon,
                                 const QString &text,
                                 const QKeySequence &shortcut,
                                 bool onRows,
                                 std::function<void()> triggered)
{
    QAction *action = m_toolBar->addAction(QIcon::fromTheme(icon), text);
    bindAction(action, shortcut, std::move(triggered));
    if (onRows)
        m_rowMenu->addAction(action);
    return action;
}

QAction *ResourcePage::addRowAction(const QString &icon,
                                    const QString &text,
                                    const QKeySequence &shortcut,
                                    std::function<void()> triggered)
{
    QAction *action = m_rowMenu->addAction(QIcon::fromTheme(icon), text);
    bindAction(action, shortcut, std::move(triggered));
    return action;
}

void ResourcePage::bindAction(QAction *action,
                              const QKeySequence &shortcut,
                              std::function<void()> triggered)
{
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // this page only
        QWidget::addAction(action);
    }
    connect(action, &QAction::triggered, this, [triggered] { triggered(); });
}

QLineEdit *ResourcePage::addFilter(const QString &placeholder)
{
    auto *filter = new QLineEdit(m_toolBar);
    filter->setPlaceholderText(placeholder);
    filter->setAccessibleName(placeholder);
    filter->setClearButtonEnabled(true);
    filter->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(filter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    QWidget::addAction(find);
    return filter;
}

void ResourcePage::setTransferQueue(transfer::TransferQueue *queue)
{
    if (!queue || queue == m_transfers)
        return;
    m_transfers = queue;
    connect(queue, &transfer::TransferQueue::transferFinished, this, [this](transfer::Transfer *t) {
        if (!m_transferOwner.isEmpty() && t->spec().accountId == m_context.id.accountId
            && t->spec().owner == m_transferOwner)
            ownTransferFinished(t);
    });
    updateActions();
}

bool ResourcePage::takeFiles(const QStringList &paths)
{
    if (!m_transfers || !m_takeDrop)
        return false;
    m_takeDrop(paths);
    return true;
}

void ResourcePage::acceptFileDrops(std::function<void(const QStringList &)> take)
{
    m_takeDrop = std::move(take);
    setAcceptDrops(true);
}

void ResourcePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_takeDrop && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ResourcePage::dropEvent(QDropEvent *event)
{
    const QStringList paths = m_takeDrop ? localPaths(event->mimeData()) : QStringList();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_takeDrop(paths);
}

void ResourcePage::askToConfirm(const QString &title,
                                const QString &question,
                                const QString &actionText,
                                std::function<void()> confirmed)
{
    ui::askToConfirm(this, title, question, actionText, std::move(confirmed));
}

void ResourcePage::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void ResourcePage::setNotice(const QString &notice)
{
    m_notice = notice;
    updateStatus();
}

void ResourcePage::updateStatus()
{
    QString text;
    const ListLoader *loader = m_model ? m_model->loader() : nullptr;
    if (!m_context.app.sessions->isSignedIn(m_context.id.accountId))
        text = tr("Not signed in. Sign in to %1 to see this page.").arg(accountName());
    else if (!loader)
        text.clear();
    else if (loader->isLoading())
        text = tr("Loading…");
    else if (loader->lastError())
        text = tr("Could not load: %1").arg(loader->lastError().toString());
    else
        text = countText();
    if (!m_notice.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + m_notice;
    m_status->setText(text);
}

void ResourcePage::reportError(const net::ApiError &error)
{
    if (auto *monitor = m_context.app.sessions->monitor(m_context.id.accountId))
        monitor->report(error);
    updateStatus();
}

} // namespace wharf::ui
