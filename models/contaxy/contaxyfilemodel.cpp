#include "contaxy/contaxyfilemodel.h"

#include "auth/accountsession.h"
#include "net/streamedarray.h"
#include "net/then.h"

#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>

#include <memory>

namespace wharf {

using contaxy::FileTree;

namespace {
QString keyOf(const FileTree::Entry &entry)
{
    return entry.key;
}

// The file type's icon ("text-csv"), else its generic one ("text-x-generic"). Asked for every
// painted row, so the answer is kept per type (the theme lookup is not cheap).
QString fileIcon(const FileTree::Entry &entry)
{
    if (entry.folder)
        return QStringLiteral("folder");
    static QHash<QString, QString> known;
    const contaxy::FileItem &file = entry.file;
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

// A hostile server must not grow the list without end: far above any real project.
constexpr qsizetype kMaxFiles = 5'000'000;
} // namespace

ContaxyFileModel::ContaxyFileModel(auth::AccountSession *session,
                                   const QString &projectId,
                                   QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
{
    setSession(session);
    setLoader(new ListLoader([this](const QString &,
                                    QObject *context,
                                    ListLoader::Done done) { fetch(context, std::move(done)); },
                             this));
}

void ContaxyFileModel::fetch(QObject *context, ListLoader::Done done)
{
    auto files = std::make_shared<QList<contaxy::FileItem>>();
    net::sendStreamedArray(
        m_session->client(),
        contaxy::listFilesRequest(m_project),
        context,
        [files](QByteArrayView element, QString *why) {
            if (files->size() >= kMaxFiles) {
                *why = tr("more than %1 files").arg(kMaxFiles);
                return false;
            }
            auto file = contaxy::parseFileElement(element, why);
            if (file)
                files->append(std::move(*file));
            return file.has_value();
        },
        [this, files, done = std::move(done)](const net::ApiResponse &reply,
                                              const QByteArray &raw) {
            ListLoader::PageResult result {reply.error, raw, {}};
            if (!result.error)
                result.rows = {QString(), [this, files] { setTree(std::move(*files)); }};
            done(result);
        });
}

void ContaxyFileModel::setTree(QList<contaxy::FileItem> files)
{
    m_tree = FileTree(std::move(files));
    // A folder emptied meanwhile (deleted elsewhere) is gone: show the nearest one left.
    QString folder = m_folder;
    while (!folder.isEmpty() && !m_tree.hasFolder(folder))
        folder = FileTree::parentFolder(folder);
    if (folder != m_folder) {
        beginResetModel();
        m_folder = folder;
        m_rows = currentEntries();
        endResetModel();
        Q_EMIT folderChanged(m_folder);
        return;
    }
    syncRows(m_rows, currentEntries(), keyOf);
}

QList<FileTree::Entry> ContaxyFileModel::currentEntries() const
{
    return m_search.isEmpty() ? m_tree.entries(m_folder) : m_tree.search(m_folder, m_search);
}

void ContaxyFileModel::setFolder(const QString &folder)
{
    if (folder == m_folder || (!folder.isEmpty() && !m_tree.hasFolder(folder)))
        return;
    beginResetModel();
    m_folder = folder;
    m_rows = currentEntries();
    endResetModel();
    Q_EMIT folderChanged(m_folder);
}

void ContaxyFileModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    beginResetModel();
    m_search = text;
    m_rows = currentEntries();
    endResetModel();
}

int ContaxyFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FileTree::Entry &e = m_rows.at(index.row());
    const contaxy::FileItem &f = e.file;
    switch (role) {
    case KeyRole:
    case models::IdRole:
        return e.key;
    case ContentTypeRole:
        return f.contentType;
    case IsFolderRole:
        return e.folder;
    case Qt::ToolTipRole:
        return e.folder ? tr("%1\n%n file(s)", nullptr, e.files).arg(e.key)
                        : tr("%1\nVersion %2\nMD5 %3").arg(f.key, f.version, f.md5);
    case models::IconNameRole:
        return fileIcon(e);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(QIcon::fromTheme(fileIcon(e))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn || index.column() == VersionsColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
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
        // While searching, matches come from every level: the path below the folder says where.
        return m_search.isEmpty() ? e.name : e.key.mid(m_folder.size());
    case SizeColumn:
        return sort ? QVariant(e.size) : QVariant(QLocale().formattedDataSize(e.size));
    case ModifiedColumn:
        return sort ? QVariant(e.modified)
                    : QVariant(QLocale().toString(e.modified.toLocalTime(), QLocale::ShortFormat));
    case VersionsColumn:
        return e.folder ? QVariant() : QVariant(int(f.versions.size()));
    case TypeColumn:
        return e.folder ? tr("Folder, %n file(s)", nullptr, e.files) : f.contentType;
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

bool ContaxyFileModel::removeFiles(const QStringList &keys, bool keepLatest)
{
    if (isRemoving() || keys.isEmpty())
        return false;
    m_removing = int(keys.size());
    m_removeFailures.clear();
    m_removedKeys.clear();
    const int count = int(keys.size());
    for (const QString &key : keys) {
        net::send(m_session->client(),
                  contaxy::deleteFileRequest(m_project, key, QString(), keepLatest),
                  this,
                  [this, key, count, keepLatest](const net::ApiResponse &reply) {
                      if (reply.error) {
                          m_removeFailures << tr("%1: %2").arg(key, reply.error.message);
                      } else {
                          m_removedKeys.insert(key);
                          if (!keepLatest)
                              removeRowWithKey(m_rows, key, keyOf);
                      }
                      if (--m_removing == 0)
                          removed(count, keepLatest);
                  });
    }
    return true;
}

void ContaxyFileModel::removed(int count, bool keepLatest)
{
    if (keepLatest) {
        reload(); // the files stay; their version counts come with the list
    } else {
        QList<contaxy::FileItem> left;
        left.reserve(m_tree.files().size());
        for (const contaxy::FileItem &file : m_tree.files()) {
            if (!m_removedKeys.contains(file.key))
                left << file;
        }
        setTree(std::move(left)); // folders left empty go
    }
    const bool ok = m_removeFailures.isEmpty();
    Q_EMIT actionFinished(
        ok ? (keepLatest ? tr("Older versions of %n file(s) deleted.", nullptr, count)
                         : tr("%n file(s) deleted.", nullptr, count))
           : tr("Not deleted: %1").arg(m_removeFailures.join(QStringLiteral("; "))),
        ok);
}

} // namespace wharf
