#pragma once

#include <QByteArray>
#include <QString>

namespace wharf::transfer {

// A name from a server (Content-Disposition, a URL, an API listing) made safe to create in a
// folder the user picked: no path separators, no "." / ".." or leading dots, no control or
// bidirectional-override characters, none of <>:"|?*, no reserved Windows device names
// (CON, NUL, COM1, ... with any extension), no trailing dots or spaces, at most 255 bytes of
// UTF-8 with the extension kept. Returns `fallback` when nothing usable is left.
QString sanitiseFileName(const QString &name, const QString &fallback = QStringLiteral("download"));

// The file name a Content-Disposition header suggests (RFC 6266: filename* in UTF-8 wins over
// filename), not yet sanitised; empty if there is none.
QString fileNameFromContentDisposition(const QByteArray &header);

// dir/name if that does not exist yet, else dir/"name (2).ext", "name (3).ext", ...
QString uniqueFilePath(const QString &dir, const QString &fileName);

} // namespace wharf::transfer
