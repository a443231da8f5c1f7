#include "contaxy/contaxyfileversionmodel.h"

#include "auth/accountsession.h"
#include "net/then.h"

#include <QLocale>

#include <algorithm>

namespace wharf {

namespace {
QString versionOf(const contaxy::FileItem &file)
{
    return file.version;
}
} // namespace

ContaxyFileVersionModel::ContaxyFileVersionModel(auth::AccountSession *session,
                                                 const QString &projectId,
                                                 const QString &key,
                                                 QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
    , m_key(key)
{
    setSession(session);
    setLoader(new ListLoader(
        session->client(),
        [this](const QString &) { return contaxy::listVersionsRequest(m_project, m_key); },
        [this](const QString &, const net::ApiResponse &reply, net::ApiError *error) {
            auto files = contaxy::parseFiles(reply, error);
            if (!files)
                return std::optional<ListLoader::Rows>();
            QList<contaxy::FileItem> versions = contaxy::versionsOf(*files, m_key);
            std::reverse(versions.begin(), versions.end());
            return std::optional<ListLoader::Rows>(
                {QString(), [this, versions] { syncRows(m_rows, versions, versionOf); }});
        },
        this));
}

int ContaxyFileVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyFileVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::FileItem &v = m_rows.at(index.row());
    if (role == models::IdRole)
        return v.version;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != models::SortRole)
        return QVariant();
    switch (index.column()) {
    case VersionColumn:
        return v.latest ? tr("%1 (latest)").arg(v.version) : v.version;
    case ModifiedColumn:
        return QLocale().toString(v.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case SizeColumn:
        return QLocale().formattedDataSize(v.size);
    case Md5Column:
        return v.md5;
    default:
        return QVariant();
    }
}

QStringList ContaxyFileVersionModel::columnTitles() const
{
    return {tr("Version"), tr("Modified"), tr("Size"), tr("MD5")};
}

void ContaxyFileVersionModel::removeVersion(const QString &version)
{
    net::send(m_session->client(),
              contaxy::deleteFileRequest(m_project, m_key, version),
              this,
              [this, version](const net::ApiResponse &reply) {
                  removeDone(reply, tr("Version %1 deleted.").arg(version), version);
              });
}

void ContaxyFileVersionModel::removeOlderVersions()
{
    net::send(m_session->client(),
              contaxy::deleteFileRequest(m_project, m_key, QString(), true),
              this,
              [this](const net::ApiResponse &reply) {
                  removeDone(reply, tr("Older versions deleted."), QString());
              });
}

void ContaxyFileVersionModel::removeDone(const net::ApiResponse &reply,
                                         const QString &done,
                                         const QString &version)
{
    if (reply.error) {
        Q_EMIT actionFinished(tr("Not deleted: %1").arg(reply.error.message), false);
        return;
    }
    if (version.isEmpty())
        reload(); // what is left, as the server says
    else
        removeRowWithKey(m_rows, version, versionOf);
    Q_EMIT actionFinished(done, true);
}

} // namespace wharf
