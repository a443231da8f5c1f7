#pragma once

#include "platformkind.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace wharf {

// One server identity the user added. Holds no secret: those live in the CredentialStore
// under the account's id.
struct Account
{
    QString id; // QUuid without braces; also the credential store key
    QString displayName;
    QUrl serverUrl; // as normaliseServerUrl() returns it
    PlatformKind kind = PlatformKind::Unknown;
    QString username;
    QString pinnedCertificateSha256; // empty, or the certificate the user chose to trust

    static QString newId();
    // Copy with display name and user name trimmed and the server URL normalised (if valid).
    Account normalised() const;
    // Empty if the account can be saved, otherwise a translated reason.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    friend bool operator==(const Account &, const Account &) = default;
};

// Display names are what `wharf-cli --account NAME` matches; they must stay readable in a
// terminal and a tree view.
QString validateDisplayName(const QString &name);
// Empty or 32 bytes of hex, colons and case ignored.
bool isValidFingerprint(const QString &fingerprint);

} // namespace wharf

Q_DECLARE_METATYPE(wharf::Account)
