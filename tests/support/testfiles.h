#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace wharf::test {

// Writes a short silent WAV file (a RIFF/WAVE header and zeros: enough for a MIME sniffer to
// say audio/x-wav) and returns its path, or "" if it could not be written.
inline QString writeWav(const QString &path)
{
    QByteArray data("RIFF\x24\x10\x00\x00WAVEfmt ", 16);
    data += QByteArray::fromHex("100000000100010044ac000088580100020010006461746100100000");
    data += QByteArray(2048, '\0');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return QString();
    return path;
}

} // namespace wharf::test
