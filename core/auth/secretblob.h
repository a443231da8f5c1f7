#pragma once

#include "credentialstore.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wharf::auth {

// The on-keychain format of one account entry, kept apart from the store so it can be tested
// without a keychain: a versioned compact JSON object, split into parts when a keychain caps
// the size of one item (Windows Credential Manager: 2560 bytes).

QByteArray serializeSecrets(const Secrets &secrets);
// False if the blob is not one we wrote (damaged, truncated, or from a newer version).
bool parseSecrets(const QByteArray &blob, Secrets *secrets);

// Splits into parts of at most `chunkSize` bytes; chunkSize <= 0 means no limit. Always at least
// one part, so an empty blob is still an entry.
QList<QByteArray> splitIntoChunks(const QByteArray &blob, int chunkSize);
// Keychain key of part `index`: the key itself for part 0, then "<key>.1", "<key>.2", ...
QString chunkKey(const QString &key, int index);

} // namespace wharf::auth
