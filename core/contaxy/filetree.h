#pragma once

#include "contaxy/files.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace wharf::contaxy {

// The folders that a project's flat file keys imply: "data/raw/a.csv" lies in the folder
// "data/raw/", which lies in "data/", which lies in the root "". Contaxy has no folder objects
// (contaxy.md §7), so a folder exists while a file lies below it. Each folder knows the total
// size, file count and latest change of everything below it.
class FileTree
{
public:
    // One row of a folder listing: a subfolder or a file.
    struct Entry
    {
        QString key; // a folder's ends with '/'; a file's is the file key
        QString name; // the last segment
        bool folder = false;
        qint64 size = 0; // a folder's: everything below it
        int files = 1; // a folder's: the files below it
        QDateTime modified; // a folder's: the latest change below it
        FileItem file; // files only
    };

    FileTree() = default;
    explicit FileTree(QList<FileItem> files);

    const QList<FileItem> &files() const { return m_files; }
    bool hasFolder(const QString &folder) const { return m_folders.contains(folder); }
    // The subfolders and files directly in `folder` (unsorted: views sort).
    QList<Entry> entries(const QString &folder) const;
    // The folder's own row, as its parent lists it.
    Entry folderEntry(const QString &folder) const;
    // Every folder and file below `folder` whose name contains `text` (case-insensitive).
    QList<Entry> search(const QString &folder, const QString &text) const;
    // The files at or below a folder key ("a/"), or the file itself for a file key.
    QList<FileItem> filesUnder(const QString &key) const;

    // "a/b/" -> "a/", "a/" -> "", "" -> "".
    static QString parentFolder(const QString &folder);
    // The folder a key lies in: "a/b.txt" -> "a/", "b.txt" -> "".
    static QString folderOf(const QString &key);
    // "a/b/" -> {"", "a/", "a/b/"}: the breadcrumb from the root.
    static QStringList ancestry(const QString &folder);
    // "a/b/" -> "b", "" -> "".
    static QString folderName(const QString &folder);

private:
    struct Folder
    {
        QList<int> files; // indexes into m_files, directly in the folder
        QStringList folders; // keys of direct subfolders
        qint64 size = 0;
        int count = 0;
        QDateTime modified;
    };
    Entry fileEntry(int index) const;

    QList<FileItem> m_files;
    QHash<QString, Folder> m_folders;
};

} // namespace wharf::contaxy
