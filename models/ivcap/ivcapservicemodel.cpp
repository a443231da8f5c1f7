#include "ivcap/ivcapservicemodel.h"

#include "net/apicall.h"
#include "net/httpclient.h"

namespace wharf {

IvcapServiceModel::IvcapServiceModel(net::HttpClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

IvcapServiceModel::~IvcapServiceModel()
{
    delete m_call; // cancels a page still in flight
}

bool IvcapServiceModel::isLoading() const
{
    return !m_call.isNull();
}

int IvcapServiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (role == IdRole)
        return s.id;
    if (role == Qt::ToolTipRole)
        return s.description.isEmpty() ? s.id : s.description;
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    switch (index.column()) {
    case NameColumn:
        return s.name.isEmpty() ? s.id : s.name;
    case DescriptionColumn:
        // One line in the table; the full text is in the tooltip.
        return role == SortRole ? s.description : s.description.section(QLatin1Char('\n'), 0, 0);
    case TagsColumn:
        return s.tags.join(QStringLiteral(", "));
    case IdColumn:
        return s.id;
    default:
        return QVariant();
    }
}

QVariant IvcapServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case TagsColumn:
        return tr("Tags");
    case IdColumn:
        return tr("Id");
    default:
        return QVariant();
    }
}

bool IvcapServiceModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is loading, not after the last page, not after an error (reload()).
    return !parent.isValid() && !m_call && !m_error && (!m_started || !m_cursor.isEmpty());
}

void IvcapServiceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_call = m_client->send(ivcap::listServicesRequest(m_cursor, m_pageSize), this);
    connect(m_call, &net::ApiCall::finished, this, &IvcapServiceModel::onPage);
    Q_EMIT loadingChanged(true);
}

void IvcapServiceModel::reload()
{
    delete m_call;
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_error = net::ApiError();
    m_started = false;
    endResetModel();
    fetchMore(QModelIndex());
}

void IvcapServiceModel::onPage(const net::ApiResponse &response)
{
    m_call->deleteLater();
    m_call.clear();
    m_lastReply = response.body;
    net::ApiError error = response.error;
    std::optional<ivcap::ServicePage> page;
    if (!error)
        page = ivcap::parseServicePage(response, &error);
    if (error) {
        m_error = error; // the cursor stays, so reload() or a retry can continue
        Q_EMIT loadingChanged(false);
        Q_EMIT errorOccurred(error);
        return;
    }
    m_started = true;
    m_cursor = page->nextCursor;
    if (!page->items.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(page->items.size()) - 1);
        m_rows.append(page->items);
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
}

} // namespace wharf
