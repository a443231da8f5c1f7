#include "filetree.h"

namespace wharf::contaxy {

FileTree::FileTree(QList<FileItem> files)
    : m_files(std::move(files))
{
    m_folders.insert(QString(), Folder());
    for (int i = 0; i < m_files.size(); ++i) {
        const FileItem &file = m_files.at(i);
        QString folder = folderOf(file.key);
        m_folders[folder].files << i;
        // Up to the root: totals, and a folder seen for the first time joins its parent. (No
        // iterator is kept across inserts: they may rehash.)
        for (;;) {
            Folder &node = m_folders[folder];
            node.size += file.size;
            const bool isNew = ++node.count == 1;
            if (!node.modified.isValid() || file.updatedAt > node.modified)
                node.modified = file.updatedAt;
            if (folder.isEmpty())
                break;
            const QString parent = parentFolder(folder);
            if (isNew)
                m_folders[parent].folders << folder;
            folder = parent;
        }
    }
}

FileTree::Entry FileTree::fileEntry(int index) const
{
    const FileItem &file = m_files.at(index);
    Entry entry;
    entry.key = file.key;
    entry.name = file.fileName();
    entry.size = file.size;
    entry.modified = file.updatedAt;
    entry.file = file;
    return entry;
}

FileTree::Entry FileTree::folderEntry(const QString &folder) const
{
    const Folder node = m_folders.value(folder);
    Entry entry;
    entry.key = folder;
    entry.name = folderName(folder);
    entry.folder = true;
    entry.size = node.size;
    entry.files = node.count;
    entry.modified = node.modified;
    return entry;
}

QList<FileTree::Entry> FileTree::entries(const QString &folder) const
{
    QList<Entry> out;
    const auto it = m_folders.constFind(folder);
    if (it == m_folders.cend())
        return out;
    out.reserve(it->folders.size() + it->files.size());
    for (const QString &sub : it->folders)
        out << folderEntry(sub);
    for (int index : it->files)
        out << fileEntry(index);
    return out;
}

QList<FileTree::Entry> FileTree::search(const QString &folder, const QString &text) const
{
    QList<Entry> out;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        const QString &key = it.key();
        if (!key.startsWith(folder))
            continue;
        if (key != folder && folderName(key).contains(text, Qt::CaseInsensitive))
            out << folderEntry(key);
        for (int index : it->files) {
            if (m_files.at(index).fileName().contains(text, Qt::CaseInsensitive))
                out << fileEntry(index);
        }
    }
    return out;
}

QList<FileItem> FileTree::filesUnder(const QString &key) const
{
    QList<FileItem> out;
    if (!key.isEmpty() && !key.endsWith(QLatin1Char('/'))) {
        for (const FileItem &file : m_files) {
            if (file.key == key)
                out << file;
        }
        return out;
    }
    for (const FileItem &file : m_files) {
        if (file.key.startsWith(key))
            out << file;
    }
    return out;
}

QString FileTree::parentFolder(const QString &folder)
{
    if (folder.isEmpty())
        return folder;
    const qsizetype slash = folder.lastIndexOf(QLatin1Char('/'), folder.size() - 2);
    return slash < 0 ? QString() : folder.left(slash + 1);
}

QString FileTree::folderOf(const QString &key)
{
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : key.left(slash + 1);
}

QStringList FileTree::ancestry(const QString &folder)
{
    QStringList out;
    for (QString f = folder; !f.isEmpty(); f = parentFolder(f))
        out.prepend(f);
    out.prepend(QString());
    return out;
}

QString FileTree::folderName(const QString &folder)
{
    return folder.isEmpty() ? QString() : folder.section(QLatin1Char('/'), -2, -2);
}

} // namespace wharf::contaxy
