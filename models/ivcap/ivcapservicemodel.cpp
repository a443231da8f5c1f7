#include "ivcap/ivcapservicemodel.h"

#include "auth/accountsession.h"

#include <QIcon>

namespace wharf {

IvcapServiceModel::IvcapServiceModel(auth::AccountSession *session, QObject *parent)
    : ResourceListModel(parent)
{
    setSession(session);
    setLoader(new ListLoader(
        session->client(),
        [this](const QString &cursor) { return ivcap::listServicesRequest(cursor, m_pageSize); },
        [this](const QString &cursor, const net::ApiResponse &reply, net::ApiError *error) {
            auto page = ivcap::parseServicePage(reply, error);
            if (!page)
                return std::optional<ListLoader::Rows>();
            return std::optional<ListLoader::Rows>(
                {page->nextCursor, [this, cursor, page = *page] {
                     if (cursor.isEmpty()
                         && !m_rows.isEmpty()) { // the first page again: start over
                         beginRemoveRows(QModelIndex(), 0, int(m_rows.size()) - 1);
                         m_rows.clear();
                         endRemoveRows();
                     }
                     if (page.items.isEmpty())
                         return;
                     const int first = int(m_rows.size());
                     beginInsertRows(QModelIndex(), first, first + int(page.items.size()) - 1);
                     m_rows.append(page.items);
                     endInsertRows();
                 }});
        },
        this));
}

int IvcapServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IvcapServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ivcap::ServiceSummary &s = m_rows.at(index.row());
    if (role == models::IdRole)
        return s.id;
    if (role == Qt::ToolTipRole)
        return s.description.isEmpty() ? s.id : s.description;
    if (role == models::IconNameRole)
        return QStringLiteral("system-run");
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return QIcon::fromTheme(QStringLiteral("system-run"));
    if (role != Qt::DisplayRole && role != models::SortRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return s.name.isEmpty() ? s.id : s.name;
    case DescriptionColumn:
        // One line in the table; the full text is in the tooltip.
        return role == models::SortRole ? s.description
                                        : s.description.section(QLatin1Char('\n'), 0, 0);
    case TagsColumn:
        return s.tags.join(QStringLiteral(", "));
    case IdColumn:
        return s.id;
    default:
        return QVariant();
    }
}

QStringList IvcapServiceModel::columnTitles() const
{
    return {tr("Name"), tr("Description"), tr("Tags"), tr("Id")};
}

} // namespace wharf
