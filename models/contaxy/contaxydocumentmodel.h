#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/documents.h"

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The documents of one JSON collection of a Contaxy project, loaded whole (the server neither
// pages nor counts, contaxy.md §9), optionally narrowed by a SQL/JSON path filter that the
// server evaluates. Changing the collection or the filter loads again. Creating, replacing,
// patching and deleting update the rows when the server confirms and end with actionFinished.
class ContaxyDocumentModel : public ResourceListModel
{
    Q_OBJECT
    Q_PROPERTY(QString collection READ collection WRITE setCollection NOTIFY collectionChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
public:
    enum Column { KeyColumn, UpdatedColumn, SizeColumn, PreviewColumn, ColumnCount };
    enum Role { KeyRole = models::FirstModelRole, JsonRole };

    ContaxyDocumentModel(auth::AccountSession *session, const QString &projectId, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString project() const { return m_project; }
    QString collection() const { return m_collection; }
    // Empties the list and loads the collection's documents.
    void setCollection(const QString &collection);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    const contaxy::JsonDocument &document(int row) const { return m_rows.at(row); }
    int rowOf(const QString &key) const { return rowOfId(key); }

    // Each returns false without sending when another change is under way or the input is
    // refused before sending (the reason goes to actionFinished).
    // A new document: an existing key is refused by the server (409) unless `replace`.
    bool createDocument(const QString &key, const QJsonObject &value, bool replace = false);
    // Sends only the difference as a merge patch; replaces the whole document when a merge
    // patch cannot express it (new nulls). Nothing is sent when nothing changed.
    bool updateDocument(const QString &key, const QJsonObject &edited);
    bool patchDocument(const QString &key, const QJsonObject &patch);
    bool removeDocuments(const QStringList &keys);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void collectionChanged(const QString &collection);
    void filterChanged(const QString &filter);

protected:
    QStringList columnTitles() const override;
    bool canLoad() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    // Sends a call whose reply is the changed document, which replaces or joins the rows.
    void sendChange(const net::ApiRequest &request, const QString &done);
    void putRow(const contaxy::JsonDocument &doc);
    void refuse(const QString &why);

    auth::AccountSession *m_session;
    QString m_project;
    QString m_collection;
    QString m_filter;
    QList<contaxy::JsonDocument> m_rows;
    int m_busy = 0;
    QStringList m_failures;
};

} // namespace wharf
