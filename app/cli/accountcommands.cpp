// wharf-cli accounts ls|add|rm|use.
#include "accounts/platformprobe.h"
#include "accounts/serveraddress.h"
#include "accounts/serverurl.h"
#include "cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace wharf::cli {

namespace {

QJsonObject accountJson(const Account &account, bool isDefault)
{
    return {{QStringLiteral("id"), account.id},
            {QStringLiteral("name"), account.displayName},
            {QStringLiteral("kind"), platformKindId(account.kind)},
            {QStringLiteral("url"), account.serverUrl.toString()},
            {QStringLiteral("username"), account.username},
            {QStringLiteral("default"), isDefault}};
}

} // namespace

int Cli::accountsList(const Invocation &inv)
{
    const QString defaultId = defaultAccountId();
    QJsonArray list;
    for (const Account &a : m_accounts->accounts()) {
        list.append(accountJson(a, a.id == defaultId));
        if (m_json)
            continue;
        if (inv.has("--quiet"))
            print(a.displayName);
        else
            print(QStringLiteral("%1 %2\t%3\t%4\t%5")
                      .arg(a.id == defaultId ? QStringLiteral("*") : QStringLiteral(" "),
                           a.displayName,
                           platformKindDisplayName(a.kind),
                           a.serverUrl.toString(),
                           a.username));
    }
    if (m_json)
        printJson(list);
    else if (list.isEmpty() && !inv.has("--quiet"))
        print(QCoreApplication::translate(
            "wharf-cli", "No accounts. Add one with: wharf-cli accounts add NAME URL"));
    return ExitOk;
}

int Cli::accountsAdd(const Invocation &inv)
{
    Account account;
    const QString kind = inv.value("--kind");
    account.username = inv.value("--username");
    account.pinnedCertificateSha256 = inv.value("--pin");
    account.displayName = inv.args.at(0);
    QString urlError;
    QString note;
    account.serverUrl = normaliseServerUrl(inv.args.at(1), &urlError, &note);
    if (!account.serverUrl.isValid())
        return fail(ExitUsage, urlError);
    QStringList notes;
    if (!note.isEmpty())
        notes << note;
    if (!kind.isEmpty()) {
        account.kind = platformKindFromId(kind);
        if (account.kind == PlatformKind::Unknown)
            return fail(ExitUsage,
                        QCoreApplication::translate(
                            "wharf-cli", "unknown platform \"%1\": use contaxy, projectw or ivcap")
                            .arg(kind));
        if (const auto guess = platformAddress(account.serverUrl, account.kind)) {
            account.serverUrl = guess->url;
            notes << guess->note;
        }
        saveNewAccount(account, notes);
        return m_exitCode;
    }
    const QString invalid = account.validationError();
    if (!invalid.isEmpty() && account.kind != PlatformKind::Unknown)
        return fail(ExitUsage, invalid);
    auto *probe = new PlatformProbe(account.serverUrl, this);
    probe->setPinnedCertificateSha256(account.pinnedCertificateSha256);
    connect(
        probe, &PlatformProbe::finished, this, [this, probe, account, notes](const ProbeResult &r) {
            probe->deleteLater();
            if (r.error) {
                failApi(r.error);
                return;
            }
            Account detected = account;
            detected.kind = r.kind;
            detected.serverUrl = r.apiRoot;
            QStringList all = notes;
            if (!r.note.isEmpty())
                all << r.note;
            saveNewAccount(detected, all);
        });
    probe->start();
    return -1;
}

void Cli::saveNewAccount(const Account &account, const QStringList &notes)
{
    QString error;
    const auto added = m_accounts->add(account, &error);
    if (!added) {
        fail(ExitUsage, error);
        return;
    }
    if (!m_accounts->findById(defaultAccountId()))
        setDefaultAccount(added->id); // the first account is the default, like IVCAP's contexts
    if (m_json) {
        QJsonObject json = accountJson(*added, added->id == defaultAccountId());
        json.insert(QStringLiteral("normalised"), QJsonArray::fromStringList(notes));
        printJson(json);
    } else {
        for (const QString &note : notes)
            print(note);
        print(QCoreApplication::translate("wharf-cli", "Added %1 (%2 at %3)")
                  .arg(added->displayName,
                       platformKindDisplayName(added->kind),
                       added->serverUrl.toString()));
    }
    finish(ExitOk);
}

int Cli::accountsRemove(const Invocation &inv)
{
    const auto account = resolveAccount(inv.args.first());
    if (!account)
        return m_exitCode;
    keychainUsable(); // without a keychain there is nothing to wait for
    connect(m_accounts,
            &AccountStore::secretsRemoved,
            this,
            [this](const QString &, const auth::CredentialError &error) {
                // No keychain means nothing was ever stored: the account is gone either way.
                if (error && error.kind != auth::CredentialError::Kind::NoKeychain)
                    warn(error.message);
                finish(ExitOk);
            });
    if (account->id == defaultAccountId())
        setDefaultAccount(QString());
    m_accounts->remove(account->id);
    if (!m_json)
        print(QCoreApplication::translate("wharf-cli", "Removed %1").arg(account->displayName));
    return -1;
}

int Cli::accountsUse(const Invocation &inv)
{
    const auto account = resolveAccount(inv.args.first());
    if (!account)
        return m_exitCode;
    setDefaultAccount(account->id);
    if (m_json)
        printJson(accountJson(*account, true));
    else
        print(QCoreApplication::translate("wharf-cli",
                                          "%1 is the default account now; -a can be left out.")
                  .arg(account->displayName));
    return ExitOk;
}

} // namespace wharf::cli
