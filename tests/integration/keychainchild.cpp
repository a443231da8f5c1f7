#include "keychainchild.h"

#include "auth/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

using namespace wharf::auth;

int runKeychainChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QSettings settings(qEnvironmentVariable("WHARF_KEYCHAIN_CHILD_SETTINGS"), QSettings::IniFormat);
    KeychainCredentialStore store(&settings);
    store.setServiceName(qEnvironmentVariable("WHARF_KEYCHAIN_CHILD_SERVICE"));
    store.setRetryDelay(
        std::chrono::milliseconds(qEnvironmentVariableIntValue("WHARF_KEYCHAIN_CHILD_RETRY_MS")));
    QTextStream out(stdout);
    const QString account = QStringLiteral("child-account");

    CredentialJob *write = store.write(
        account, {{QStringLiteral("password"), QStringLiteral("WHARF-SECRET-child-pw")}}, &app);
    QObject::connect(write, &CredentialJob::finished, &app, [&](const CredentialResult &written) {
        out << "write=" << CredentialError::kindName(written.error.kind) << '\n'
            << "message=" << written.error.message << '\n';
        out.flush();
        CredentialJob *read = store.read(account, &app);
        QObject::connect(read, &CredentialJob::finished, &app, [&](const CredentialResult &got) {
            out << "read=" << CredentialError::kindName(got.error.kind) << '\n';
            out.flush();
            app.exit(0);
        });
    });
    // A keychain that hangs (e.g. waiting on an unlock prompt) must fail the test, not stall it.
    QTimer::singleShot(20000, &app, [&] {
        out << "timeout\n";
        out.flush();
        app.exit(3);
    });
    return app.exec();
}

QProcessEnvironment keychainChildEnvironment(const QString &home,
                                             const QString &runtimeDir,
                                             const QString &service,
                                             int retryMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY",
                             "WAYLAND_DISPLAY",
                             "DBUS_SESSION_BUS_ADDRESS",
                             "XDG_CURRENT_DESKTOP",
                             "KDE_SESSION_VERSION",
                             "KDE_FULL_SESSION",
                             "DESKTOP_SESSION",
                             "GNOME_KEYRING_CONTROL"})
        env.remove(QString::fromLatin1(name));
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral(".local/state")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("WHARF_KEYCHAIN_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("WHARF_KEYCHAIN_CHILD_SETTINGS"),
               dir.filePath(QStringLiteral(".config/wharf/wharf.ini")));
    env.insert(QStringLiteral("WHARF_KEYCHAIN_CHILD_SERVICE"), service);
    env.insert(QStringLiteral("WHARF_KEYCHAIN_CHILD_RETRY_MS"), QString::number(retryMs));
    return env;
}

QString writeIsolatedBusConfig(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("session.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\""
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
               "<auth>EXTERNAL</auth><policy context=\"default\">"
               "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
               "<allow own=\"*\"/></policy></busconfig>\n");
    return path;
}
