#include "ivcap/ivcapservicespage.h"

#include "common/resourcetable.h"
#include "ivcap/ivcapservicemodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace wharf::ui {

IvcapServicesPage::IvcapServicesPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new IvcapServiceModel(session(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Services"));
    setUpResourceTable(m_view, IvcapServiceModel::DescriptionColumn);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts

    m_details
        = addAction(QStringLiteral("help-about"), tr("&Details…"), QKeySequence(), true, [this] {
              const QModelIndexList rows = m_view->selectionModel()->selectedRows();
              if (!rows.isEmpty())
                  openRow(rows.first());
          });
    m_copyId
        = addAction(QStringLiteral("edit-copy"), tr("Copy &ID"), QKeySequence::Copy, true, [this] {
              QStringList ids;
              for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
                  ids << row.data(models::IdRole).toString();
              QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
              setNotice(tr("%n id(s) copied.", nullptr, int(ids.size())));
          });
    addAction(QStringLiteral("view-refresh"), tr("&Reload"), QKeySequence::Refresh, false, [this] {
        m_model->reload();
    });
    QLineEdit *filter = addFilter(tr("Filter loaded services"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    setList(m_model, m_view, m_view);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        for (int column : {int(IvcapServiceModel::NameColumn),
                           int(IvcapServiceModel::TagsColumn),
                           int(IvcapServiceModel::IdColumn)})
            m_view->resizeColumnToContents(column);
    });
    updateActions();
}

QString IvcapServicesPage::pageName() const
{
    return tr("Services");
}

QString IvcapServicesPage::countText() const
{
    return m_model->loader()->atEnd()
        ? tr("%n service(s)", nullptr, m_model->rowCount())
        : tr("%n service(s) loaded; scroll for more", nullptr, m_model->rowCount());
}

void IvcapServicesPage::openRow(const QModelIndex &index)
{
    const ivcap::ServiceSummary &s = m_model->service(m_proxy->mapToSource(index).row());
    auto *box = new QMessageBox(QMessageBox::Information,
                                s.name.isEmpty() ? s.id : s.name,
                                s.description.isEmpty() ? tr("No description.") : s.description,
                                QMessageBox::Close,
                                this);
    box->setInformativeText(tr("Id: %1\nTags: %2").arg(s.id, s.tags.join(QStringLiteral(", "))));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void IvcapServicesPage::updateActions()
{
    const bool selected = !m_view->selectionModel()->selectedRows().isEmpty();
    m_details->setEnabled(selected);
    m_copyId->setEnabled(selected);
}

} // namespace wharf::ui
