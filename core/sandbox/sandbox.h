#pragma once

#include "accounts/platformkind.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

namespace wharf {

// The local sandbox behind `wharf --sandbox` (the default of scripts/run): the three platform
// emulators from tests/servers, started with demo data in a temporary folder and stopped when
// the app quits. Needs Wharf's source tree (it is a developer and demo feature).
class Sandbox : public QObject
{
    Q_OBJECT
public:
    struct Server
    {
        PlatformKind kind;
        QString name; // display name for the account
        QUrl url;
        QString user; // demo credentials of the emulators (tests/servers/README.md)
        QString secret; // password, or the token for IVCAP
    };

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Where tests/servers/launch.py is looked for: $WHARF_SOURCE_DIR, else the source tree
    // this binary was built from.
    static QString sourceDir();

    void start();
    // Stops the emulators without waiting for them (the launcher finishes in the background).
    void stop();
    QList<Server> servers() const { return m_servers; }
    QString stateDir() const { return m_dir ? m_dir->path() : QString(); }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    void onLaunched(int exitCode);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_launcher = nullptr;
    QList<Server> m_servers;
    bool m_running = false;
};

} // namespace wharf
