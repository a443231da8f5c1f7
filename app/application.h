#pragma once

#include "shell/appcontext.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

class QCommandLineParser;

namespace wharf {
class LanguageManager;
class Sandbox;
class SettingsBinder;
class TransferWiring;
namespace app {
class SingleInstance;
}
namespace ui {
class MainWindow;
}

// Wires the application together: settings scope, credential store, accounts, sessions,
// the main window, and the sandbox or screenshot modes chosen on the command line.
class Application : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool sandbox = false;
        QString server;
        QString screenshot;
        QString page;
        QStringList files;
        QString appearance; // "light"/"dark"/"system" for this run only (screenshots)
    };

    // Call before QApplication exists: the sandbox gets its own data and settings folders.
    static void prepareEnvironment(int argc, char **argv);
    static Options parse(QCommandLineParser &parser);

    // languages is not owned (main() creates it before parsing so that --help is translated).
    Application(const Options &options, LanguageManager *languages, QObject *parent = nullptr);
    ~Application() override;

    int start();

private:
    void createWindow();
    void handleArguments(const QStringList &args, const QString &workingDir);
    void startSandbox();
    void onSandboxReady();
    void scheduleScreenshot();
    void takeScreenshot();
    // Shows a page by id, or the first tree entry whose name contains `page` ("A/B": an entry
    // named B below one named A).
    bool showPageNamed(const QString &page);
    bool allSignedIn() const;

    Options m_options;
    ui::AppContext m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_screenshotTries = 0;
    Sandbox *m_sandbox = nullptr;
    SettingsBinder *m_binder = nullptr;
    TransferWiring *m_transfers = nullptr;
    app::SingleInstance *m_instance = nullptr;
};

} // namespace wharf
