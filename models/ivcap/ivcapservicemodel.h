#pragma once

#include "ivcap/services.h"
#include "net/apierror.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace wharf::net {
class ApiCall;
class HttpClient;
} // namespace wharf::net

namespace wharf {

// IVCAP services (GET /1/services2), loaded a page at a time through canFetchMore/fetchMore
// as the view scrolls, following the server's opaque cursors.
class IvcapServiceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, TagsColumn, IdColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit IvcapServiceModel(net::HttpClient *client, QObject *parent = nullptr);
    ~IvcapServiceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int size) { m_pageSize = size; }
    // Drops what is loaded and starts again from the first page.
    void reload();
    bool isLoading() const;
    bool atEnd() const { return m_started && m_cursor.isEmpty(); }
    net::ApiError lastError() const { return m_error; }
    QByteArray lastReply() const { return m_lastReply; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const wharf::net::ApiError &error);

private:
    void onPage(const net::ApiResponse &response);

    net::HttpClient *m_client;
    QList<ivcap::ServiceSummary> m_rows;
    QString m_cursor;
    QPointer<net::ApiCall> m_call;
    net::ApiError m_error;
    QByteArray m_lastReply;
    int m_pageSize = 50;
    bool m_started = false;
};

} // namespace wharf
