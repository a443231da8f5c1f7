#include "contaxy/contaxytokenspage.h"

#include "common/resourcetable.h"
#include "contaxy/contaxytokenmodel.h"
#include "contaxy/createtokendialog.h"
#include "contaxy/tokenvaluedialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace wharf::ui {

ContaxyTokensPage::ContaxyTokensPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyTokenModel(session(), context.id.projectId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1); // description, purpose and scopes alike
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Tokens"));
    setUpResourceTable(m_view, ContaxyTokenModel::ScopesColumn);
    m_view->sortByColumn(ContaxyTokenModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_create = addAction(
        QStringLiteral("list-add"), tr("&New Token…"), QKeySequence::New, false, [this] {
            chooseCreate();
        });
    m_show = addAction(QStringLiteral("password-show-on"),
                       tr("&Show Value"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                       true,
                       [this] { showValue(); });
    m_copy = addAction(
        QStringLiteral("password-copy"), tr("&Copy Value"), QKeySequence::Copy, true, [this] {
            copyValue();
        });
    m_revoke = addAction(
        QStringLiteral("edit-delete"), tr("&Revoke…"), QKeySequence::Delete, true, [this] {
            confirmRevoke();
        });
    addAction(QStringLiteral("view-refresh"), tr("Re&load"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    // Revoking and signing out are slow to bite (§3.2): say so before anyone relies on it.
    setHint(tr("The server caches tokens for up to %n minute(s): a revoked token, or the one "
               "of an account that signed out, may keep working that long.",
               nullptr,
               contaxy::kRevokeCacheMinutes));
    QLineEdit *filter = addFilter(tr("Filter by description or scope"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    setList(m_model, m_view, m_view);
    connect(m_model->loader(), &ListLoader::pageLoaded, this, [this] {
        m_view->resizeColumnToContents(ContaxyTokenModel::CreatedColumn);
    });
    updateActions();
}

QByteArray ContaxyTokensPage::rawReply() const
{
    return contaxy::withoutTokenValues(ResourcePage::rawReply());
}

QString ContaxyTokensPage::pageName() const
{
    return tr("Tokens");
}

QString ContaxyTokensPage::countText() const
{
    return tr("%n token(s)", nullptr, m_model->rowCount());
}

int ContaxyTokensPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ContaxyTokensPage::chooseCreate()
{
    auto *dialog = new CreateTokenDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showCreated(dialog->createdToken(), dialog->createdSession());
    });
    dialog->open();
}

void ContaxyTokensPage::showCreated(const QString &token, bool session)
{
    const QString explanation = session
        ? tr("Copy the session token now: the server does not keep it, so it cannot be shown "
             "again. It expires after 15 minutes.")
        : tr("Copy the token now and keep it somewhere safe: whoever holds it can act with its "
             "scopes until it is revoked.");
    auto *dialog = new TokenValueDialog(tr("New Token"), explanation, token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    setNotice(session ? tr("Session token created.") : tr("Token created."));
}

void ContaxyTokensPage::openRow(const QModelIndex &)
{
    showValue();
}

void ContaxyTokensPage::showValue()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto &token = m_model->token(row);
    auto *dialog = new TokenValueDialog(
        tr("Token Value"),
        tr("The value of \"%1\". Whoever holds it can act with its scopes: %2")
            .arg(token.description, token.scopes.join(QStringLiteral(", "))),
        token.token,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContaxyTokensPage::copyValue()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(m_model->token(row).token);
    setNotice(tr("Token value copied."));
}

void ContaxyTokensPage::confirmRevoke()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto &token = m_model->token(row);
    QString text
        = tr("Revoke \"%1\"? Programs that use it will be refused.")
              .arg(token.description.isEmpty() ? tr("(no description)") : token.description);
    text += QLatin1Char(' ')
        + tr("The server caches tokens, so a revoked token may keep working for up to %n "
             "minute(s).",
             nullptr,
             contaxy::kRevokeCacheMinutes);
    if (m_model->isCurrent(token.token))
        text += QLatin1Char(' ')
            + tr("Wharf is signed in with this token: this account will be signed out.");
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Revoke Token"),
                                text,
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel); // revoking is never the default
    box->button(QMessageBox::Yes)->setText(tr("&Revoke"));
    const QString value = token.token;
    connect(box, &QMessageBox::finished, this, [this, box, value] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_model->revoke(value);
    });
    box->open();
}

void ContaxyTokensPage::updateActions()
{
    const bool selected = selectedRow() >= 0;
    m_show->setEnabled(selected);
    m_copy->setEnabled(selected);
    m_revoke->setEnabled(selected);
}

} // namespace wharf::ui
