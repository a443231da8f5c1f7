#include "keychainbackend.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace wharf::auth {

namespace {

std::chrono::milliseconds defaultRetryDelay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return std::chrono::seconds(10);
#else
    return std::chrono::milliseconds(0); // only the Secret Service starts after the app
#endif
}

// Messages QtKeychain 0.13 gives when there is no Secret Service or KWallet to talk to at all.
bool looksLikeMissingBackend(const QString &message)
{
    static const char *const markers[] = {
        "org.freedesktop.secrets",
        "ServiceUnknown",
        "autolaunch",
        "Unknown error",
        "kwallet",
        "was not provided",
    };
    for (const char *marker : markers) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool KeychainReply::notFound() const
{
    return error == QKeychain::EntryNotFound;
}

KeychainBackend::KeychainBackend(QObject *parent)
    : QObject(parent)
    , m_retryDelay(defaultRetryDelay())
{ }

CredentialError KeychainBackend::errorFromKeychain(int code, const QString &message)
{
    using K = CredentialError::Kind;
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return CredentialError::make(K::NotFound, tr("No saved credentials for this account."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialError::make(
            K::Denied, tr("Access to the system keychain was denied (%1).").arg(message));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::OtherError:
        // A locked login keyring with no way to prompt answers with a missing collection.
        if (message.contains(QLatin1String("/org/freedesktop/secrets/collection"))) {
            return CredentialError::make(
                K::Denied,
                tr("The system keychain is locked (%1). Unlock it and try again.").arg(message));
        }
        if (looksLikeMissingBackend(message))
            break;
        [[fallthrough]];
    default:
        return CredentialError::make(K::Other,
                                     tr("The system keychain reported an error: %1").arg(message));
    }
    return CredentialError::make(
        K::NoKeychain,
        tr("No system keychain is available (%1). Wharf will not store secrets in plain text; "
           "install and unlock a Secret Service such as GNOME Keyring or KWallet.")
            .arg(message));
}

bool KeychainBackend::serviceReachable(QString *why)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        if (why)
            *why = tr("there is no D-Bus session bus");
        return false;
    }
    const QStringList activatable = bus.interface()->activatableServiceNames();
    for (const char *name : {"org.freedesktop.secrets",
                             "org.kde.kwalletd6",
                             "org.kde.kwalletd5",
                             "org.kde.kwalletd"}) {
        const QString service = QLatin1String(name);
        if (activatable.contains(service) || bus.interface()->isServiceRegistered(service))
            return true;
    }
    if (why)
        *why = tr("no Secret Service (org.freedesktop.secrets) or KWallet runs on the session "
                  "bus, and none can be started");
    return false;
#else
    Q_UNUSED(why)
    return true;
#endif
}

bool KeychainBackend::looksNotUpYet(int error)
{
    return error == QKeychain::OtherError || error == QKeychain::NoBackendAvailable;
}

void KeychainBackend::run(
    Action action, const QString &key, const QByteArray &data, bool mayRetry, Done done)
{
    start(action, key, data, mayRetry ? Attempt::First : Attempt::Once, std::move(done));
}

void KeychainBackend::start(
    Action action, const QString &key, const QByteArray &data, Attempt attempt, Done done)
{
    // Not parented to us: QtKeychain deletes its jobs itself once they finish, and deleting
    // one while the backend still answers it is not safe. Never setInsecureFallback(): that
    // would put secrets in plain text into a settings file.
    QKeychain::Job *job = nullptr;
    switch (action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Action::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *finished) {
        const int error = finished->error();
        if (attempt == Attempt::First && looksNotUpYet(error) && m_retryDelay.count() > 0
            && !m_backendSeemsMissing) {
            qCWarning(lcCredentials).noquote()
                << QStringLiteral("keychain not ready (%1), retrying %2 in %3 ms")
                       .arg(finished->errorString(), key)
                       .arg(m_retryDelay.count());
            QTimer::singleShot(
                m_retryDelay, this, [=, this] { start(action, key, data, Attempt::Retry, done); });
            return;
        }
        if (error == QKeychain::NoError)
            m_backendSeemsMissing = false;
        else if (attempt == Attempt::Retry && looksNotUpYet(error))
            m_backendSeemsMissing = true;
        KeychainReply reply {error, finished->errorString(), {}};
        if (action == Action::Read && error == QKeychain::NoError)
            reply.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        done(reply);
    });
    job->start();
}

} // namespace wharf::auth
