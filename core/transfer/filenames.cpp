#include "filenames.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace wharf::transfer {

namespace {

constexpr int kMaxNameBytes = 255;

bool isBidiControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

bool isReservedWindowsName(const QString &name)
{
    // Windows treats "NUL.txt" and "nul .tar.gz" like the device itself.
    static const QRegularExpression reserved(
        QStringLiteral(R"(^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)\s*(\..*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

// Cuts the base name (not the extension) until the whole fits in kMaxNameBytes of UTF-8.
QString limitLength(const QString &name)
{
    if (name.toUtf8().size() <= kMaxNameBytes)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    QString ext = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    QString base = name.left(name.size() - ext.size());
    while (!base.isEmpty() && (base + ext).toUtf8().size() > kMaxNameBytes) {
        base.chop(1);
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
    }
    return base.isEmpty() ? ext.left(kMaxNameBytes / 4) : base + ext;
}

} // namespace

QString sanitiseFileName(const QString &name, const QString &fallback)
{
    QString out;
    out.reserve(name.size());
    const QList<uint> codePoints = name.toUcs4();
    for (const uint c : codePoints) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            out += QLatin1Char('_');
        } else if (isBidiControl(c)) {
            continue; // would let "gpj.exe" display as "exe.jpg"
        } else if (c < 0x80 && QByteArrayLiteral("/\\<>:\"|?*").contains(char(c))) {
            out += QLatin1Char('_');
        } else {
            out += QChar::fromUcs4(char32_t(c));
        }
    }
    // Leading dots would hide the file (or spell "." and ".."); Windows drops trailing dots
    // and spaces itself, which could turn "a.exe." into "a.exe".
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    out = out.trimmed();
    if (out.isEmpty())
        return fallback;
    if (isReservedWindowsName(out))
        out.prepend(QLatin1Char('_'));
    return limitLength(out);
}

QString fileNameFromContentDisposition(const QByteArray &header)
{
    // filename*=UTF-8''%E2%82%AC%20rates.txt
    static const QRegularExpression extended(
        QStringLiteral(R"(filename\*\s*=\s*([A-Za-z0-9_-]+)'[^']*'([^;\s]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(
        QStringLiteral(R"re(filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;\s]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QString value = QString::fromLatin1(header);
    const auto ext = extended.match(value);
    if (ext.hasMatch()) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(ext.captured(2).toLatin1());
        return ext.captured(1).compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0
            ? QString::fromUtf8(decoded)
            : QString::fromLatin1(decoded);
    }
    const auto match = plain.match(value);
    if (!match.hasMatch())
        return QString();
    if (match.captured(2).isNull() && !match.captured(1).startsWith(QLatin1Char('"')))
        return QString::fromUtf8(header.mid(match.capturedStart(1), match.capturedLength(1)));
    QString quoted = match.captured(2);
    quoted.replace(QRegularExpression(QStringLiteral(R"(\\(.))")), QStringLiteral("\\1"));
    // Servers commonly send raw UTF-8 inside the quotes although RFC 6266 says Latin-1.
    const QByteArray raw = quoted.toLatin1();
    const QString utf8 = QString::fromUtf8(raw);
    return utf8.contains(QChar::ReplacementCharacter) ? quoted : utf8;
}

QString uniqueFilePath(const QString &dir, const QString &fileName)
{
    const QDir target(dir);
    QString candidate = target.filePath(fileName);
    if (!QFileInfo::exists(candidate))
        return candidate;
    // "archive.tar.gz" -> "archive (2).tar.gz"; "report" -> "report (2)".
    QString base = fileName;
    QString ext;
    const qsizetype tar = fileName.lastIndexOf(QLatin1String(".tar."), -1, Qt::CaseInsensitive);
    const qsizetype dot = tar > 0 ? tar : fileName.lastIndexOf(QLatin1Char('.'));
    if (dot > 0) {
        base = fileName.left(dot);
        ext = fileName.mid(dot);
    }
    for (int n = 2;; ++n) {
        candidate = target.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(ext));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace wharf::transfer
