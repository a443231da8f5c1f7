#include "contaxy/contaxyuserspage.h"

#include "common/resourcetable.h"
#include "contaxy/contaxyusermodel.h"
#include "contaxy/createuserdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace wharf::ui {

ContaxyUsersPage::ContaxyUsersPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyUserModel(session(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1); // name, e-mail and id alike
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Users"));
    setUpResourceTable(m_view, ContaxyUserModel::EmailColumn);
    m_view->sortByColumn(ContaxyUserModel::UserColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_create = addAction(
        QStringLiteral("list-add-user"), tr("&New User…"), QKeySequence::New, false, [this] {
            chooseCreate();
        });
    m_delete = addAction(
        QStringLiteral("list-remove-user"), tr("&Delete…"), QKeySequence::Delete, true, [this] {
            confirmDelete();
        });
    addAction(QStringLiteral("view-refresh"), tr("Re&load"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    QLineEdit *filter = addFilter(tr("Filter by name, e-mail or ID"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    setList(m_model, m_view, m_view);
    connect(m_model->loader(), &ListLoader::pageLoaded, this, [this] {
        // Everyone may list the users, but only a system admin gets whole records (§4).
        setHint(m_model->isAdminView()
                    ? QString()
                    : tr("This account is no system admin: the server shows it names and "
                         "e-mail addresses only, and creating or deleting users needs the "
                         "permission users#admin."));
        m_view->resizeColumnToContents(ContaxyUserModel::IdColumn);
    });
    updateActions();
}

QString ContaxyUsersPage::pageName() const
{
    return tr("Users");
}

QString ContaxyUsersPage::countText() const
{
    return tr("%n user(s)", nullptr, m_model->rowCount());
}

int ContaxyUsersPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ContaxyUsersPage::chooseCreate()
{
    auto *dialog = new CreateUserDialog(
        CreateUserDialog::Purpose::AdminCreates,
        [model
         = m_model](const contaxy::NewUser &user, QObject *context, contaxy::UserReply reply) {
            model->create(user, context, std::move(reply));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContaxyUsersPage::confirmDelete()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const contaxy::User &user = m_model->user(row);
    const QString userId = user.id;
    askToConfirm(tr("Delete User"),
                 tr("Delete the user %1 (%2)? Their sign-in, tokens and permissions go at once; "
                    "their home project stays on the server.")
                     .arg(user.username, user.id),
                 tr("&Delete"),
                 [this, userId] { m_model->remove(userId); });
}

void ContaxyUsersPage::updateActions()
{
    m_delete->setEnabled(selectedRow() >= 0);
}

} // namespace wharf::ui
