#include "application.h"

#include "accounts/accountstore.h"
#include "app/singleinstance.h"
#include "auth/keychaincredentialstore.h"
#include "auth/memorycredentialstore.h"
#include "auth/sessionregistry.h"
#include "common/accountlistmodel.h"
#include "common/accounttreemodel.h"
#include "common/pageid.h"
#include "icontheme.h"
#include "notify/notifier.h"
#include "sandbox/sandbox.h"
#include "settings/appsettings.h"
#include "settingsbinder.h"
#include "common/page.h"
#include "shell/mainwindow.h"
#include "shell/notifierfactory.h"
#include "shell/signindialog.h"
#include "transferwiring.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <cstring>

namespace wharf {

namespace {
// The sandbox's private home for settings and data, alive as long as the process.
QTemporaryDir *sandboxHome()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/wharf-sandbox-home-XXXXXX"));
    return &dir;
}
} // namespace

void Application::prepareEnvironment(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--sandbox") == 0) {
            // Nothing the sandbox does may touch the user's own data, settings or keyring.
            const QByteArray home = sandboxHome()->path().toLocal8Bit();
            qputenv("XDG_DATA_HOME", home + "/data");
            qputenv("XDG_CACHE_HOME", home + "/cache");
            qputenv("XDG_CONFIG_HOME", home + "/config");
        }
    }
}

Application::Options Application::parse(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Desktop client for Contaxy, Project-W and IVCAP"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Start against a local sandbox of the three platforms "
                                        "with demo data."));
    const QCommandLineOption server(
        QStringLiteral("server"), tr("Add an account for URL."), QStringLiteral("URL"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the window to FILE (PNG) and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Page to show first (a page id or an account name; "
                                     "signin:NAME for the sign-in dialog)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption appearance(QStringLiteral("appearance"),
                                        tr("Appearance for this run: system, light or dark."),
                                        QStringLiteral("MODE"));
    parser.addOptions({sandbox, server, screenshot, page, appearance});
    parser.addPositionalArgument(
        QStringLiteral("files"), tr("Files to upload."), QStringLiteral("[FILE...]"));
    parser.process(*QCoreApplication::instance());
    return Options {parser.isSet(sandbox),
                    parser.value(server),
                    parser.value(screenshot),
                    parser.value(page),
                    parser.positionalArguments(),
                    parser.value(appearance)};
}

Application::Application(const Options &options, LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    installIconFallback(); // before any widget asks for an icon
    m_context.sandbox = options.sandbox;
    m_context.settings = new AppSettings(nullptr, this);
    if (options.sandbox)
        m_context.credentials = new auth::MemoryCredentialStore(this);
    else
        m_context.credentials = new auth::KeychainCredentialStore(nullptr, this);
    m_context.accounts = new AccountStore(nullptr, m_context.credentials, this);
    m_context.accountList = new AccountListModel(this);
    m_context.accountList->setStore(m_context.accounts);
    m_context.sessions = new auth::SessionRegistry(m_context.accounts, m_context.credentials, this);
    m_binder = new SettingsBinder(m_context.settings, m_context.credentials, languages, this);
    m_binder->applyAll();
    if (!options.appearance.isEmpty())
        m_binder->overrideAppearance(AppSettings::appearanceFromId(options.appearance));
}

Application::~Application()
{
    m_window.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

int Application::start()
{
    if (!m_options.screenshot.isEmpty()) {
        createWindow(); // screenshots always run on their own
        return QApplication::exec();
    }
    // A second launch hands its arguments (files, --server) to the running instance and exits.
    m_instance
        = new app::SingleInstance(m_options.sandbox ? QStringLiteral("sandbox") : QString(), this);
    connect(m_instance, &app::SingleInstance::becamePrimary, this, &Application::createWindow);
    connect(m_instance, &app::SingleInstance::failed, this, [this](const QString &reason) {
        qWarning("running without single-instance hand-off: %s", qPrintable(reason));
        createWindow();
    });
    connect(m_instance, &app::SingleInstance::handedOff, qApp, [] { QApplication::exit(0); });
    connect(m_instance, &app::SingleInstance::messageReceived, this, &Application::handleArguments);
    connect(m_instance, &app::SingleInstance::raiseRequested, this, [this] {
        if (m_window)
            m_window->bringToFront();
    });
    m_instance->start(QCoreApplication::arguments().mid(1), QDir::currentPath());
    return QApplication::exec();
}

void Application::createWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_context);
    m_context.notifier = ui::createNotifier(nullptr, m_window.get());
    m_binder->setNotifier(m_context.notifier);
    m_window->setContext(m_context);
    m_transfers
        = new TransferWiring(m_context,
                             m_binder,
                             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                 + QStringLiteral("/transfers"),
                             this);
    m_window->setTransfers(m_transfers->queue(), m_transfers->model());
    connect(m_context.notifier, &notify::Notifier::actionInvoked, m_window.get(), [this] {
        m_window->bringToFront();
    });
    if (m_options.sandbox)
        startSandbox();
    if (!m_options.server.isEmpty() || !m_options.files.isEmpty()) {
        QTimer::singleShot(0, m_window.get(), [this] {
            m_window->openArguments(m_options.files, m_options.server);
        });
    }
    if (!m_options.screenshot.isEmpty())
        scheduleScreenshot();
    m_window->show();
}

void Application::handleArguments(const QStringList &args, const QString &workingDir)
{
    // parse(), not process(): a bad option from another launch must not end this one.
    QCommandLineParser parser;
    parser.addOption(
        QCommandLineOption(QStringLiteral("server"), QString(), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("sandbox")));
    parser.parse(QStringList {QCoreApplication::applicationFilePath()} + args);
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QDir(workingDir).absoluteFilePath(file);
    if (m_window)
        m_window->openArguments(files, parser.value(QStringLiteral("server")));
}

void Application::startSandbox()
{
    m_sandbox = new Sandbox(this);
    connect(m_sandbox, &Sandbox::ready, this, &Application::onSandboxReady);
    connect(m_sandbox, &Sandbox::failed, this, [this](const QString &message) {
        qCritical("%s", qPrintable(message));
        if (!m_options.screenshot.isEmpty()) {
            QApplication::exit(1);
            return;
        }
        QMessageBox::warning(m_window.get(), tr("Sandbox"), message);
    });
    connect(qApp, &QCoreApplication::aboutToQuit, m_sandbox, &Sandbox::stop);
    m_sandbox->start();
}

void Application::onSandboxReady()
{
    for (const Sandbox::Server &server : m_sandbox->servers()) {
        Account account;
        account.displayName = server.name;
        account.serverUrl = server.url;
        account.kind = server.kind;
        account.username = server.user;
        QString error;
        const auto added = m_context.accounts->add(account, &error);
        if (!added) {
            qWarning("sandbox account: %s", qPrintable(error));
            continue;
        }
        // SessionRegistry creates the session on accountAdded; sign in with the demo secrets.
        auth::AccountSession *session = m_context.sessions->session(added->id);
        if (!session)
            continue;
        if (server.user.isEmpty())
            session->signInWithToken(server.secret);
        else
            session->signInWithPassword(server.user, server.secret);
    }
}

bool Application::allSignedIn() const
{
    const auto &accounts = m_context.accounts->accounts();
    if (accounts.isEmpty())
        return false;
    for (const Account &account : accounts) {
        if (m_context.sessions->identity(account.id).rawReply.isEmpty())
            return false;
    }
    return true;
}

void Application::scheduleScreenshot()
{
    // Waits (without blocking) until every account shows who is signed in, at most 30 s.
    auto *poll = new QTimer(this);
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    auto check = [this, poll, deadline] {
        if (!allSignedIn() && deadline->isActive())
            return;
        poll->stop();
        deadline->stop();
        takeScreenshot();
    };
    connect(poll, &QTimer::timeout, this, check);
    connect(deadline, &QTimer::timeout, this, check);
    poll->start(100);
    deadline->start(30000);
}

bool Application::showPageNamed(const QString &page)
{
    if (m_window->showPage(page))
        return true;
    // Not a page id: tree entries by their visible names, "Demo project/Files" for one below
    // another (the first part anywhere in the tree).
    QAbstractItemModel *tree = m_window->accountTree()->model();
    QModelIndex found;
    const QStringList parts = page.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        const QModelIndex start = tree->index(0, 0, found);
        const auto flags
            = found.isValid() ? Qt::MatchContains : Qt::MatchContains | Qt::MatchRecursive;
        const QModelIndexList hits = tree->match(start, Qt::DisplayRole, part, 1, flags);
        if (hits.isEmpty())
            return false;
        found = hits.first();
    }
    return m_window->showPage(found.data(AccountTreeModel::PageIdRole).toString());
}

void Application::takeScreenshot()
{
    // "signin:NAME" shows the sign-in dialog of the account whose name contains NAME.
    const QString signInPrefix = QStringLiteral("signin:");
    QWidget *target = m_window.get();
    if (m_options.page.startsWith(signInPrefix)) {
        const QString name = m_options.page.mid(signInPrefix.size());
        for (const Account &account : m_context.accounts->accounts()) {
            if (account.displayName.contains(name, Qt::CaseInsensitive)) {
                m_window->showPage(PageId::forAccount(account.id).toString());
                m_window->signIn(account.id);
                break;
            }
        }
        target = m_window->findChild<ui::SignInDialog *>();
        if (!target) {
            qCritical("no account matches %s", qPrintable(name));
            QApplication::exit(1);
            return;
        }
    } else if (!m_options.page.isEmpty()
               && !showPageNamed(m_options.page.section(QLatin1Char('#'), 0, 0))) {
        // Project pages appear once their account's projects are listed: ask again shortly.
        if (++m_screenshotTries < 100) {
            QTimer::singleShot(100, this, &Application::takeScreenshot);
            return;
        }
        qCritical("no page matches %s", qPrintable(m_options.page));
        QApplication::exit(1);
        return;
    }
    // "PAGE#ITEM": the page shows that item (a deployment's log, say).
    const QString item = m_options.page.section(QLatin1Char('#'), 1);
    if (!item.isEmpty() && m_window->currentPage())
        m_window->currentPage()->openItem(item);
    // Let the page (or the dialog's server checks) settle and paint before grabbing.
    const int settle = m_options.page.startsWith(signInPrefix) || !item.isEmpty() ? 2000 : 300;
    QTimer::singleShot(settle, this, [this, target] {
        const bool saved = target->grab().save(m_options.screenshot, "PNG");
        if (!saved)
            qCritical("could not write %s", qPrintable(m_options.screenshot));
        QApplication::exit(saved ? 0 : 1);
    });
}

} // namespace wharf
