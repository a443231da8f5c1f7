#pragma once

#include <QFile>
#include <QStringList>

namespace wharf::test {

// The icon names of resources/icons/breeze-icons.txt (one a line, # starts a comment), or an
// empty list when the file cannot be read.
inline QStringList readIconManifest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList names;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).section(u'#', 0, 0).trimmed();
        if (!line.isEmpty())
            names.append(line);
    }
    return names;
}

} // namespace wharf::test
