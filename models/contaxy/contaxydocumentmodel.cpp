#include "contaxy/contaxydocumentmodel.h"

#include "auth/accountsession.h"
#include "net/then.h"

#include <QJsonDocument>
#include <QLocale>

namespace wharf {

namespace {
constexpr int kPreviewLength = 160;

QString keyOf(const contaxy::JsonDocument &doc)
{
    return doc.key;
}

bool keyLess(const contaxy::JsonDocument &a, const contaxy::JsonDocument &b)
{
    return a.key < b.key;
}

QString preview(const contaxy::JsonDocument &doc)
{
    const QString text = QString::fromUtf8(QJsonDocument(doc.value).toJson(QJsonDocument::Compact));
    return text.size() > kPreviewLength ? text.left(kPreviewLength - 1) + QChar(0x2026) : text;
}
} // namespace

ContaxyDocumentModel::ContaxyDocumentModel(auth::AccountSession *session,
                                           const QString &projectId,
                                           QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
{
    setSession(session);
    setLoader(new ListLoader(
        session->client(),
        [this](const QString &) {
            return contaxy::listDocumentsRequest(m_project, m_collection, m_filter);
        },
        [this](const QString &, const net::ApiResponse &reply, net::ApiError *error) {
            auto docs = contaxy::parseDocuments(reply, error);
            if (!docs)
                return std::optional<ListLoader::Rows>();
            std::sort(docs->begin(), docs->end(), keyLess);
            return std::optional<ListLoader::Rows>({QString(), [this, docs = std::move(*docs)] {
                                                        syncRows(m_rows, docs, keyOf, keyLess);
                                                    }});
        },
        this));
}

bool ContaxyDocumentModel::canLoad() const
{
    return ResourceListModel::canLoad() && !m_project.isEmpty() && !m_collection.isEmpty()
        && contaxy::collectionIdProblem(m_collection).isEmpty();
}

void ContaxyDocumentModel::setCollection(const QString &collection)
{
    if (collection == m_collection)
        return;
    m_collection = collection;
    loader()->cancel();
    if (!m_rows.isEmpty()) { // another collection's rows must not stay while the new load runs
        beginRemoveRows(QModelIndex(), 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    Q_EMIT collectionChanged(m_collection);
    reload();
}

void ContaxyDocumentModel::setFilter(const QString &filter)
{
    if (filter.trimmed() == m_filter)
        return;
    m_filter = filter.trimmed();
    Q_EMIT filterChanged(m_filter);
    reload();
}

int ContaxyDocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::JsonDocument &d = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
    case models::IdRole:
        return d.key;
    case JsonRole:
        return d.text;
    case models::IconNameRole:
        return QStringLiteral("application-json");
    case Qt::ToolTipRole:
        return tr("%1\nCreated %2\nUpdated %3")
            .arg(d.key,
                 QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case Qt::DisplayRole:
    case models::SortRole:
        break;
    default:
        return QVariant();
    }
    const bool sort = role == models::SortRole;
    switch (index.column()) {
    case KeyColumn:
        return d.key;
    case UpdatedColumn:
        return sort ? QVariant(d.updatedAt)
                    : QVariant(QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case SizeColumn:
        return sort ? QVariant(qint64(d.text.size()))
                    : QVariant(QLocale().formattedDataSize(d.text.size()));
    case PreviewColumn:
        return preview(d);
    default:
        return QVariant();
    }
}

QStringList ContaxyDocumentModel::columnTitles() const
{
    return {tr("Key"), tr("Updated"), tr("Size"), tr("Content")};
}

void ContaxyDocumentModel::refuse(const QString &why)
{
    Q_EMIT actionFinished(why, false);
}

void ContaxyDocumentModel::putRow(const contaxy::JsonDocument &doc)
{
    const int row = rowOf(doc.key);
    if (row < 0) {
        insertSorted(m_rows, doc, keyLess);
        return;
    }
    m_rows[row] = doc;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContaxyDocumentModel::sendChange(const net::ApiRequest &request, const QString &done)
{
    ++m_busy;
    net::send(m_session->client(), request, this, [this, done](const net::ApiResponse &reply) {
        --m_busy;
        net::ApiError error = reply.error;
        if (!error) {
            if (const auto doc = contaxy::parseDocument(reply, &error))
                putRow(*doc);
        }
        if (error) {
            Q_EMIT actionFinished(tr("Not saved: %1").arg(error.message), false);
            return;
        }
        // The filter is the server's: whether the changed document still matches, only it
        // can say.
        if (!m_filter.isEmpty())
            reload();
        Q_EMIT actionFinished(done, true);
    });
}

bool ContaxyDocumentModel::createDocument(const QString &key,
                                          const QJsonObject &value,
                                          bool replace)
{
    if (isBusy() || !canLoad())
        return false;
    if (const QString problem = contaxy::documentKeyProblem(key); !problem.isEmpty()) {
        refuse(problem);
        return false;
    }
    sendChange(contaxy::putDocumentRequest(m_project, m_collection, key, value, replace),
               replace ? tr("%1 saved.").arg(key) : tr("%1 created.").arg(key));
    return true;
}

bool ContaxyDocumentModel::updateDocument(const QString &key, const QJsonObject &edited)
{
    const int row = rowOf(key);
    if (isBusy() || !canLoad() || row < 0)
        return false;
    const auto patch = contaxy::mergePatch(m_rows.at(row).value, edited);
    if (!patch)
        return createDocument(key, edited, true);
    if (patch->isEmpty()) {
        Q_EMIT actionFinished(tr("%1 has no changes to save.").arg(key), true);
        return false;
    }
    return patchDocument(key, *patch);
}

bool ContaxyDocumentModel::patchDocument(const QString &key, const QJsonObject &patch)
{
    if (isBusy() || !canLoad())
        return false;
    sendChange(contaxy::patchDocumentRequest(m_project, m_collection, key, patch),
               tr("%1 saved.").arg(key));
    return true;
}

bool ContaxyDocumentModel::removeDocuments(const QStringList &keys)
{
    if (isBusy() || keys.isEmpty() || !canLoad())
        return false;
    m_busy = int(keys.size());
    m_failures.clear();
    const int count = int(keys.size());
    for (const QString &key : keys) {
        net::send(m_session->client(),
                  contaxy::deleteDocumentRequest(m_project, m_collection, key),
                  this,
                  [this, key, count](const net::ApiResponse &reply) {
                      if (reply.error)
                          m_failures << tr("%1: %2").arg(key, reply.error.message);
                      else
                          removeRowWithKey(m_rows, key, keyOf);
                      if (--m_busy > 0)
                          return;
                      const bool ok = m_failures.isEmpty();
                      Q_EMIT actionFinished(
                          ok ? tr("%n document(s) deleted.", nullptr, count)
                             : tr("Not deleted: %1").arg(m_failures.join(QStringLiteral("; "))),
                          ok);
                  });
    }
    return true;
}

} // namespace wharf
