#include "account.h"

#include "auth/credentialstore.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace wharf {

namespace {

constexpr int kMaxDisplayNameLength = 80;

QString tr(const char *text)
{
    return QCoreApplication::translate("Account", text);
}

} // namespace

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Account Account::normalised() const
{
    Account copy = *this;
    copy.displayName = displayName.trimmed();
    copy.username = username.trimmed();
    copy.pinnedCertificateSha256 = pinnedCertificateSha256.trimmed();
    const QUrl url = normaliseServerUrl(serverUrl.toString(QUrl::FullyEncoded));
    if (url.isValid())
        copy.serverUrl = url;
    return copy;
}

QString validateDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the account a name.");
    if (name != name.trimmed())
        return tr("The account name must not start or end with a space.");
    if (name.size() > kMaxDisplayNameLength)
        return tr("The account name must be at most %1 characters long.")
            .arg(kMaxDisplayNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return tr("The account name must not contain control characters or line breaks.");
    }
    return QString();
}

bool isValidFingerprint(const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return true;
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    return hex.match(QString(fingerprint).remove(QLatin1Char(':'))).hasMatch();
}

QString Account::validationError() const
{
    if (!auth::CredentialStore::isValidAccountId(id) || QUuid::fromString(id).isNull())
        return tr("The account has no valid id.");
    if (const QString nameError = validateDisplayName(displayName); !nameError.isEmpty())
        return nameError;
    QString urlError;
    const QUrl normal = normaliseServerUrl(serverUrl.toString(QUrl::FullyEncoded), &urlError);
    if (!normal.isValid())
        return urlError;
    if (normal != serverUrl)
        return tr("The server address is not in its normal form (%1).")
            .arg(normal.toString(QUrl::FullyEncoded));
    if (kind == PlatformKind::Unknown)
        return tr("Choose the kind of server (Contaxy, Project-W or IVCAP).");
    if (username.contains(QLatin1Char('\n')) || username != username.trimmed())
        return tr("The user name must not start or end with a space or contain line breaks.");
    if (!isValidFingerprint(pinnedCertificateSha256))
        return tr("The pinned certificate fingerprint must be a SHA-256 digest in hex.");
    return QString();
}

} // namespace wharf
