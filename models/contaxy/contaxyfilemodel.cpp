#include "contaxy/contaxyfilemodel.h"

#include "auth/accountsession.h"
#include "net/then.h"

#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>

namespace wharf {

namespace {
QString keyOf(const contaxy::FileItem &file)
{
    return file.key;
}

// The file type's icon ("text-csv"), else its generic one ("text-x-generic"). Asked for every
// painted row, so the answer is kept per type (the theme lookup is not cheap).
QString fileIcon(const contaxy::FileItem &file)
{
    static QHash<QString, QString> known;
    const QString cacheKey = file.contentType + QLatin1Char('|') + QFileInfo(file.key).suffix();
    if (const auto it = known.constFind(cacheKey); it != known.cend())
        return *it;
    static QMimeDatabase db;
    QMimeType type = db.mimeTypeForName(file.contentType);
    if (!type.isValid() || type.isDefault())
        type = db.mimeTypeForFile(file.fileName(), QMimeDatabase::MatchExtension);
    QString icon = QStringLiteral("text-x-generic"); // binaries too: no theme has them all
    for (const QString &name : {type.iconName(), type.genericIconName()}) {
        if (QIcon::hasThemeIcon(name)) {
            icon = name;
            break;
        }
    }
    known.insert(cacheKey, icon);
    return icon;
}
} // namespace

ContaxyFileModel::ContaxyFileModel(auth::AccountSession *session,
                                   const QString &projectId,
                                   QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
{
    setSession(session);
    setLoader(new ListLoader(
        session->client(),
        [this](const QString &) { return contaxy::listFilesRequest(m_project); },
        [this](const QString &, const net::ApiResponse &reply, net::ApiError *error) {
            auto files = contaxy::parseFiles(reply, error);
            if (!files)
                return std::optional<ListLoader::Rows>();
            return std::optional<ListLoader::Rows>(
                {QString(), [this, files = std::move(*files)] { syncRows(m_rows, files, keyOf); }});
        },
        this));
}

int ContaxyFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::FileItem &f = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
    case models::IdRole:
        return f.key;
    case ContentTypeRole:
        return f.contentType;
    case Qt::ToolTipRole:
        return tr("%1\nVersion %2\nMD5 %3").arg(f.key, f.version, f.md5);
    case models::IconNameRole:
        return fileIcon(f);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(QIcon::fromTheme(fileIcon(f))) : QVariant();
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
    case NameColumn:
        return f.key;
    case SizeColumn:
        return sort ? QVariant(f.size) : QVariant(QLocale().formattedDataSize(f.size));
    case ModifiedColumn:
        return sort ? QVariant(f.updatedAt)
                    : QVariant(QLocale().toString(f.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case VersionsColumn:
        return int(f.versions.size());
    case TypeColumn:
        return f.contentType;
    default:
        return QVariant();
    }
}

QStringList ContaxyFileModel::columnTitles() const
{
    return {tr("Name"), tr("Size"), tr("Modified"), tr("Versions"), tr("Type")};
}

int ContaxyFileModel::rowOf(const QString &key) const
{
    return rowOfId(key);
}

QString ContaxyFileModel::transferOwner() const
{
    return contaxy::filesOwner(m_project);
}

bool ContaxyFileModel::removeFiles(const QStringList &keys)
{
    if (isRemoving() || keys.isEmpty())
        return false;
    m_removing = int(keys.size());
    m_removeFailures.clear();
    const int count = int(keys.size());
    for (const QString &key : keys) {
        net::send(
            m_session->client(),
            contaxy::deleteFileRequest(m_project, key),
            this,
            [this, key, count](const net::ApiResponse &reply) {
                if (reply.error)
                    m_removeFailures << tr("%1: %2").arg(key, reply.error.message);
                else
                    removeRowWithKey(m_rows, key, keyOf);
                if (--m_removing > 0)
                    return;
                const bool ok = m_removeFailures.isEmpty();
                Q_EMIT actionFinished(
                    ok ? tr("%n file(s) deleted.", nullptr, count)
                       : tr("Not deleted: %1").arg(m_removeFailures.join(QStringLiteral("; "))),
                    ok);
            });
    }
    return true;
}

} // namespace wharf
