#include "accounts/accountstore.h"
#include "auth/memorycredentialstore.h"
#include "common/accountlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace wharf;

// Accounts: validation, persistence through a real settings file, secret cleanup on removal,
// and the list model that follows the store.
class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void validation_data();
    void validation();
    void addFindUpdate();
    void persistenceRoundTrip();
    void brokenEntriesAreSkipped();
    void removeDeletesSecrets();
    void removeReportsSecretFailure();
    void model();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("wharf.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Account sample(const QString &name = QStringLiteral("Lab"))
{
    Account account;
    account.displayName = name;
    account.serverUrl = QUrl(QStringLiteral("https://contaxy.example.org/api"));
    account.kind = PlatformKind::Contaxy;
    account.username = QStringLiteral("alice");
    return account;
}

const auth::Secrets kSecrets {
    {QStringLiteral("access_token"), QStringLiteral("WHARF-SECRET-acc-1")}};

} // namespace

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::validation_data()
{
    QTest::addColumn<Account>("account");
    QTest::addColumn<QString>("errorPart");
    Account a = sample();
    a.displayName = QStringLiteral("  ");
    QTest::newRow("blank name") << a << "name";
    a = sample(QStringLiteral("two\nlines"));
    QTest::newRow("line break") << a << "line";
    a = sample(QString(81, QLatin1Char('n')));
    QTest::newRow("long name") << a << "80";
    a = sample();
    a.serverUrl = QUrl(QStringLiteral("ftp://x.example"));
    QTest::newRow("ftp") << a << "ftp";
    a = sample();
    a.serverUrl = QUrl();
    QTest::newRow("no url") << a << "address";
    a = sample();
    a.kind = PlatformKind::Unknown;
    QTest::newRow("no kind") << a << "kind";
    a = sample();
    a.pinnedCertificateSha256 = QStringLiteral("AB:CD");
    QTest::newRow("short pin") << a << "SHA-256";
    a = sample();
    a.id = QStringLiteral("not/a-uuid");
    QTest::newRow("bad id") << a << "id";
}

void TestAccountStore::validation()
{
    QFETCH(Account, account);
    QFETCH(QString, errorPart);
    QSettings settings(iniPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    QSignalSpy added(&store, &AccountStore::accountAdded);
    QString error;
    QVERIFY(!store.add(account, &error));
    QVERIFY2(error.contains(errorPart, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(added.count(), 0);
    QCOMPARE(store.count(), 0);
}

void TestAccountStore::addFindUpdate()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    QSignalSpy added(&store, &AccountStore::accountAdded);
    QSignalSpy changed(&store, &AccountStore::accountChanged);

    Account input = sample(QStringLiteral("  Lab  "));
    input.serverUrl = QUrl(QStringLiteral("https://Contaxy.Example.org/api/"));
    input.pinnedCertificateSha256 = QString(64, QLatin1Char('a'));
    QString error;
    const std::optional<Account> lab = store.add(input, &error);
    QVERIFY2(lab, qPrintable(error));
    QCOMPARE(lab->displayName, QStringLiteral("Lab"));
    QCOMPARE(lab->serverUrl, QUrl(QStringLiteral("https://contaxy.example.org/api")));
    QVERIFY(!QUuid::fromString(lab->id).isNull());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), lab->id);

    QCOMPARE(store.findById(lab->id), lab);
    QCOMPARE(store.findByName(QStringLiteral("lab")), lab);
    QCOMPARE(store.find(QStringLiteral(" LAB ")), lab);
    QCOMPARE(store.find(lab->id), lab);
    QVERIFY(!store.find(QStringLiteral("nope")));

    // Names are unique ignoring case, for the CLI's sake.
    QVERIFY(!store.add(sample(QStringLiteral("LAB")), &error));
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
    const std::optional<Account> other = store.add(sample(QStringLiteral("Other")));
    QVERIFY(other);
    Account renamed = *other;
    renamed.displayName = QStringLiteral("lab");
    QVERIFY(!store.update(renamed, &error));
    QCOMPARE(changed.count(), 0);

    renamed.displayName = QStringLiteral("Other 2");
    renamed.kind = PlatformKind::Ivcap;
    QVERIFY(store.update(renamed, &error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.findById(other->id)->kind, PlatformKind::Ivcap);
    QVERIFY(store.update(renamed)); // no change, no signal
    QCOMPARE(changed.count(), 1);

    Account ghost = sample(QStringLiteral("Ghost"));
    ghost.id = Account::newId();
    QVERIFY(!store.update(ghost, &error));
    QVERIFY(!store.remove(ghost.id));
    QCOMPARE(store.indexOf(lab->id), 0);
    QCOMPARE(store.indexOf(other->id), 1);
}

void TestAccountStore::persistenceRoundTrip()
{
    QList<Account> written;
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        auth::MemoryCredentialStore secrets;
        AccountStore store(&settings, &secrets);
        const PlatformKind kinds[]
            = {PlatformKind::Contaxy, PlatformKind::ProjectW, PlatformKind::Ivcap};
        for (int i = 0; i < 3; ++i) {
            Account account = sample(QStringLiteral("Account %1 ünï").arg(i));
            account.kind = kinds[i];
            account.serverUrl
                = QUrl(QStringLiteral("http://127.0.0.1:%1/p%2").arg(8000 + i).arg(i));
            account.username = i == 1 ? QString() : QStringLiteral("user%1").arg(i);
            account.pinnedCertificateSha256 = i == 2 ? QString(64, QLatin1Char('F')) : QString();
            const std::optional<Account> added = store.add(account);
            QVERIFY(added);
            written.append(*added);
            std::unique_ptr<auth::CredentialJob> job(secrets.write(added->id, kSecrets));
            QSignalSpy done(job.get(), &auth::CredentialJob::finished);
            QVERIFY(done.wait(5000));
        }
        QVERIFY(store.remove(written.takeAt(1).id));
    }
    // Another process (a new QSettings on the same file) sees exactly what was saved.
    QSettings settings(iniPath(), QSettings::IniFormat);
    AccountStore reloaded(&settings);
    QCOMPARE(reloaded.count(), 2);
    QCOMPARE(reloaded.accounts(), written);

    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("[accounts]"));
    QVERIFY2(!ini.contains("WHARF-SECRET"), "a secret reached the settings file");
}

void TestAccountStore::brokenEntriesAreSkipped()
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        AccountStore store(&settings);
        QVERIFY(store.add(sample(QStringLiteral("Good"))));
        settings.setValue(QStringLiteral("accounts/%1/displayName").arg(Account::newId()), "Bad");
        settings.setValue(QStringLiteral("accounts/%1/kind").arg(Account::newId()), "martian");
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.accounts().at(0).displayName, QStringLiteral("Good"));
    settings.beginGroup(QStringLiteral("accounts"));
    QCOMPARE(settings.childGroups().size(), 3); // left for a newer version or a human to fix
}

void TestAccountStore::removeDeletesSecrets()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    auth::MemoryCredentialStore secrets;
    AccountStore store(&settings, &secrets);
    QCOMPARE(store.credentials(), &secrets);
    const std::optional<Account> keep = store.add(sample(QStringLiteral("Keep")));
    const std::optional<Account> drop = store.add(sample(QStringLiteral("Drop")));
    QVERIFY(keep && drop);
    for (const QString &id : {keep->id, drop->id}) {
        std::unique_ptr<auth::CredentialJob> job(secrets.write(id, kSecrets));
        QSignalSpy done(job.get(), &auth::CredentialJob::finished);
        QVERIFY(done.wait(5000));
    }
    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    QSignalSpy secretsRemoved(&store, &AccountStore::secretsRemoved);
    QVERIFY(store.remove(drop->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), drop->id);
    QVERIFY(secretsRemoved.wait(5000));
    QCOMPARE(secretsRemoved.at(0).at(0).toString(), drop->id);
    QVERIFY(!secretsRemoved.at(0).at(1).value<auth::CredentialError>().isError());
    QVERIFY(!secrets.contains(drop->id));
    QVERIFY(secrets.contains(keep->id));
    QVERIFY(!store.findById(drop->id));
    settings.beginGroup(QStringLiteral("accounts"));
    QCOMPARE(settings.childGroups(), QStringList {keep->id});
}

void TestAccountStore::removeReportsSecretFailure()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    auth::MemoryCredentialStore secrets;
    AccountStore store(&settings, &secrets);
    const std::optional<Account> account = store.add(sample());
    QVERIFY(account);
    secrets.setSimulatedError(auth::CredentialError::make(auth::CredentialError::Kind::NoKeychain,
                                                          QStringLiteral("gone")));
    QSignalSpy secretsRemoved(&store, &AccountStore::secretsRemoved);
    QVERIFY(store.remove(account->id));
    QVERIFY(secretsRemoved.wait(5000));
    QCOMPARE(secretsRemoved.at(0).at(1).value<auth::CredentialError>().kind,
             auth::CredentialError::Kind::NoKeychain);
    QCOMPARE(store.count(), 0); // the account is gone either way
}

void TestAccountStore::model()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    AccountStore store(&settings);
    QVERIFY(store.add(sample(QStringLiteral("First"))));

    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStore(&store);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);

    Account second = sample(QStringLiteral("Second"));
    second.kind = PlatformKind::ProjectW;
    second.serverUrl = QUrl(QStringLiteral("https://w.example"));
    const std::optional<Account> added = store.add(second);
    QVERIFY(added);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    const QModelIndex row = model.index(1);
    QCOMPARE(model.indexOfAccount(added->id), row);
    QCOMPARE(row.data().toString(), QStringLiteral("Second"));
    QCOMPARE(row.data(AccountListModel::IdRole).toString(), added->id);
    QCOMPARE(row.data(AccountListModel::DisplayNameRole).toString(), QStringLiteral("Second"));
    QCOMPARE(row.data(AccountListModel::ServerUrlRole).toUrl(),
             QUrl(QStringLiteral("https://w.example")));
    QCOMPARE(row.data(AccountListModel::KindIdRole).toString(), QStringLiteral("projectw"));
    QCOMPARE(row.data(AccountListModel::KindDisplayNameRole).toString(),
             QStringLiteral("Project-W"));
    QCOMPARE(row.data(AccountListModel::UsernameRole).toString(), QStringLiteral("alice"));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("alice")));
    QCOMPARE(model.roleNames().value(AccountListModel::KindIdRole), QByteArray("kindId"));

    Account edited = *added;
    edited.username = QStringLiteral("bob");
    QVERIFY(store.update(edited));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), row);
    QCOMPARE(row.data(AccountListModel::UsernameRole).toString(), QStringLiteral("bob"));

    QVERIFY(store.remove(store.accounts().at(0).id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(AccountListModel::IdRole).toString(), added->id);
    QCOMPARE(resets.count(), 1); // single changes never reset

    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(store.add(sample(QStringLiteral("Unseen"))));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
