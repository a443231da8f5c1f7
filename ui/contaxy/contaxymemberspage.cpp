#include "contaxy/contaxymemberspage.h"

#include "common/resourcetable.h"
#include "contaxy/addmemberdialog.h"
#include "contaxy/contaxymembermodel.h"
#include "contaxy/tokens.h"

#include <QAction>
#include <QActionGroup>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace wharf::ui {

ContaxyMembersPage::ContaxyMembersPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyMemberModel(session(), context.id.projectId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_levels(new QActionGroup(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1); // name and e-mail alike
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Members"));
    setUpResourceTable(m_view, ContaxyMemberModel::EmailColumn);
    m_view->sortByColumn(ContaxyMemberModel::UserColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_add = addAction(
        QStringLiteral("list-add-user"), tr("&Add Member…"), QKeySequence::New, false, [this] {
            chooseAdd();
        });
    // The levels are a submenu, in the toolbar and in the rows' context menu alike.
    auto *menu = new QMenu(this);
    for (const QString &level : contaxy::accessLevels()) {
        QAction *choice = menu->addAction(ContaxyMemberModel::levelName(level));
        choice->setData(level);
        choice->setCheckable(true);
        m_levels->addAction(choice);
    }
    connect(m_levels, &QActionGroup::triggered, this, [this](QAction *choice) {
        const int row = selectedRow();
        if (row < 0)
            return;
        const contaxy::Member &member = m_model->member(row);
        if (choice->data().toString() == member.level)
            return;
        if (refuseOnlyAdmin(member)) {
            updateActions(); // the menu shows the level kept
            return;
        }
        m_model->setLevel(member.user.id, choice->data().toString());
    });
    m_level = addAction(QStringLiteral("user-properties"),
                        tr("Change Access &Level"),
                        QKeySequence(Qt::CTRL | Qt::Key_L),
                        true,
                        [this] {
                            // The shortcut opens the menu under the toolbar button.
                            if (auto *button
                                = qobject_cast<QToolButton *>(toolBar()->widgetForAction(m_level)))
                                button->showMenu();
                        });
    m_level->setMenu(menu);
    if (auto *button = qobject_cast<QToolButton *>(toolBar()->widgetForAction(m_level)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_remove = addAction(
        QStringLiteral("list-remove-user"), tr("&Remove…"), QKeySequence::Delete, true, [this] {
            confirmRemove();
        });
    addAction(QStringLiteral("view-refresh"), tr("Re&load"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    QLineEdit *filter = addFilter(tr("Filter by name or e-mail"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    setList(m_model, m_view, m_view);
    updateActions();
}

QAction *ContaxyMembersPage::levelChoice(const QString &level) const
{
    for (QAction *choice : m_levels->actions()) {
        if (choice->data().toString() == level)
            return choice;
    }
    return nullptr;
}

QString ContaxyMembersPage::pageName() const
{
    return tr("Members");
}

QString ContaxyMembersPage::countText() const
{
    return tr("%n member(s)", nullptr, m_model->rowCount());
}

int ContaxyMembersPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ContaxyMembersPage::chooseAdd()
{
    auto *dialog = new AddMemberDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContaxyMembersPage::confirmRemove()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const contaxy::Member &member = m_model->member(row);
    if (refuseOnlyAdmin(member))
        return;
    const QString userId = member.user.id;
    askToConfirm(tr("Remove Member"),
                 tr("Remove %1 from the project? They lose access to its files, deployments "
                    "and documents.")
                     .arg(member.user.username),
                 tr("&Remove"),
                 [this, userId] { m_model->remove(userId); });
}

bool ContaxyMembersPage::refuseOnlyAdmin(const contaxy::Member &member)
{
    if (!m_model->isOnlyAdmin(member.user.id))
        return false;
    setNotice(tr("%1 is the project's only admin: make another member admin first, or nobody "
                 "could manage the project's members any more.")
                  .arg(member.user.username));
    return true;
}

void ContaxyMembersPage::updateActions()
{
    const int row = selectedRow();
    m_level->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    if (row >= 0) {
        if (QAction *current = levelChoice(m_model->member(row).level))
            current->setChecked(true);
    }
}

} // namespace wharf::ui
