#include "accountstore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

namespace wharf {

namespace {

Q_LOGGING_CATEGORY(lcAccounts, "wharf.accounts", QtInfoMsg)

const QString kGroup = QStringLiteral("accounts");

QString keyOf(const QString &id, const char *field)
{
    return kGroup + QLatin1Char('/') + id + QLatin1Char('/') + QLatin1String(field);
}

} // namespace

AccountStore::AccountStore(QSettings *settings, auth::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings(this))
    , m_credentials(credentials)
{
    load();
}

void AccountStore::load()
{
    struct Loaded
    {
        Account account;
        qint64 created;
    };
    QList<Loaded> loaded;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        Account account;
        account.id = id;
        account.displayName = m_settings->value(keyOf(id, "displayName")).toString();
        account.serverUrl = QUrl(m_settings->value(keyOf(id, "serverUrl")).toString());
        account.kind = platformKindFromId(m_settings->value(keyOf(id, "kind")).toString());
        account.username = m_settings->value(keyOf(id, "username")).toString();
        account.pinnedCertificateSha256 = m_settings->value(keyOf(id, "pinnedSha256")).toString();
        // A broken entry (edited by hand, newer version) is skipped but left in place.
        if (const QString error = account.validationError(); !error.isEmpty()) {
            qCWarning(lcAccounts).noquote() << "ignoring saved account" << id << ":" << error;
            continue;
        }
        loaded.append({account, m_settings->value(keyOf(id, "created")).toLongLong()});
    }
    std::stable_sort(loaded.begin(), loaded.end(), [](const Loaded &a, const Loaded &b) {
        return a.created < b.created;
    });
    for (const Loaded &entry : std::as_const(loaded))
        m_accounts.append(entry.account);
}

void AccountStore::save(const Account &account, qint64 created)
{
    const QString &id = account.id;
    m_settings->setValue(keyOf(id, "displayName"), account.displayName);
    m_settings->setValue(keyOf(id, "serverUrl"), account.serverUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(keyOf(id, "kind"), platformKindId(account.kind));
    m_settings->setValue(keyOf(id, "username"), account.username);
    m_settings->setValue(keyOf(id, "pinnedSha256"), account.pinnedCertificateSha256);
    if (created > 0)
        m_settings->setValue(keyOf(id, "created"), created);
    m_settings->sync(); // the GUI and the CLI may share the file
}

int AccountStore::indexOf(const QString &id) const
{
    const auto it = std::find_if(
        m_accounts.cbegin(), m_accounts.cend(), [&](const Account &a) { return a.id == id; });
    return it == m_accounts.cend() ? -1 : int(it - m_accounts.cbegin());
}

std::optional<Account> AccountStore::findById(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<Account>(m_accounts.at(index));
}

std::optional<Account> AccountStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Account &account : m_accounts) {
        if (account.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::find(const QString &idOrName) const
{
    if (auto byId = findById(idOrName.trimmed()))
        return byId;
    return findByName(idOrName);
}

QString AccountStore::checkUnique(const Account &account) const
{
    const std::optional<Account> sameName = findByName(account.displayName);
    if (sameName && sameName->id != account.id)
        return tr("There is already an account named \"%1\".").arg(sameName->displayName);
    return QString();
}

std::optional<Account> AccountStore::add(const Account &account, QString *error)
{
    Account stored = account.normalised();
    if (stored.id.isEmpty())
        stored.id = Account::newId();
    QString reason = stored.validationError();
    if (reason.isEmpty() && indexOf(stored.id) >= 0)
        reason = tr("The account already exists.");
    if (reason.isEmpty())
        reason = checkUnique(stored);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    save(stored, QDateTime::currentMSecsSinceEpoch());
    m_accounts.append(stored);
    Q_EMIT accountAdded(stored.id);
    return stored;
}

bool AccountStore::update(const Account &account, QString *error)
{
    const Account stored = account.normalised();
    const int index = indexOf(stored.id);
    QString reason = index < 0 ? tr("The account does not exist.") : stored.validationError();
    if (reason.isEmpty())
        reason = checkUnique(stored);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    if (m_accounts.at(index) == stored)
        return true;
    save(stored, 0);
    m_accounts[index] = stored;
    Q_EMIT accountChanged(stored.id);
    return true;
}

bool AccountStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    m_settings->sync();
    m_accounts.removeAt(index);
    Q_EMIT accountRemoved(id);
    if (!m_credentials) {
        Q_EMIT secretsRemoved(id, {});
        return true;
    }
    auth::CredentialJob *job = m_credentials->remove(id, this);
    connect(job,
            &auth::CredentialJob::finished,
            this,
            [this, job, id](const auth::CredentialResult &result) {
                if (result.error.isError()) {
                    qCWarning(lcAccounts).noquote() << "secrets of removed account" << id
                                                    << "were not deleted:" << result.error.message;
                }
                job->deleteLater();
                Q_EMIT secretsRemoved(id, result.error);
            });
    return true;
}

} // namespace wharf
