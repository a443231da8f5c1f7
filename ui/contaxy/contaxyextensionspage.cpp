#include "contaxy/contaxyextensionspage.h"

#include "common/resourcetable.h"
#include "contaxy/contaxyextensionmodel.h"
#include "contaxy/installextensiondialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace wharf::ui {

ContaxyExtensionsPage::ContaxyExtensionsPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyExtensionModel(session(), context.id.projectId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Extensions"));
    setUpResourceTable(m_view, ContaxyExtensionModel::NameColumn);
    m_view->sortByColumn(ContaxyExtensionModel::NameColumn, Qt::AscendingOrder);

    m_install
        = addAction(QStringLiteral("list-add"), tr("&Install…"), QKeySequence::New, false, [this] {
              openInstallDialog();
          });
    m_open = addAction(QStringLiteral("internet-services"),
                       tr("Open &Web UI"),
                       QKeySequence(Qt::CTRL | Qt::Key_O),
                       true,
                       [this] { openUi(); });
    m_remove = addAction(
        QStringLiteral("edit-delete"), tr("&Remove…"), QKeySequence::Delete, true, [this] {
            confirmRemove();
        });
    addAction(QStringLiteral("view-refresh"), tr("&Reload"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    QLineEdit *filter = addFilter(tr("Filter extensions"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    setList(m_model, m_view, m_view);
    connect(m_model->loader(), &ListLoader::pageLoaded, this, [this] {
        for (int c : {ContaxyExtensionModel::TypeColumn,
                      ContaxyExtensionModel::StatusColumn,
                      ContaxyExtensionModel::ImageColumn,
                      ContaxyExtensionModel::UiColumn})
            m_view->resizeColumnToContents(c);
        updateActions();
    });
    updateActions();
}

QString ContaxyExtensionsPage::pageName() const
{
    return tr("Extensions");
}

QString ContaxyExtensionsPage::countText() const
{
    return tr("%n extension(s)", nullptr, m_model->rowCount());
}

int ContaxyExtensionsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ContaxyExtensionsPage::openRow(const QModelIndex &)
{
    openUi();
}

void ContaxyExtensionsPage::openUi()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QUrl url = m_model->uiUrl(row);
    if (url.isEmpty()) {
        setNotice(tr("%1 has no web UI.").arg(m_model->extension(row).service.displayName));
        return;
    }
    if (!m_openUrl(url))
        setNotice(tr("No browser could open %1.").arg(url.toString()));
}

InstallExtensionDialog *ContaxyExtensionsPage::openInstallDialog()
{
    auto *dialog = new InstallExtensionDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ContaxyExtensionsPage::confirmRemove()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const contaxy::Extension e = m_model->extension(row);
    askToConfirm(tr("Remove Extension"),
                 tr("Remove the extension %1 from %2? Its container stops, and what it took over "
                    "goes back to the server.")
                     .arg(e.service.displayName, projectName()),
                 tr("&Remove"),
                 [this, e] { m_model->remove(e); });
}

void ContaxyExtensionsPage::updateActions()
{
    const int row = selectedRow();
    m_open->setEnabled(row >= 0 && !m_model->extension(row).uiEndpoint.isEmpty());
    m_remove->setEnabled(row >= 0);
}

} // namespace wharf::ui
