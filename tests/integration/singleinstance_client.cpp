// A later launch of the app reduced to the hand-off, for tst_singleinstance.
// Usage: singleinstance_client send|race|crash SCOPE [ARGS...]
//   send:  hand ARGS to the running instance; prints "handed off" and exits 0.
//   race:  like send, but if no instance runs, become it, print "primary" and each message's
//          first argument, and exit 0 after WHARF_SI_EXPECT messages.
//   crash: if no instance runs, become it and die at once without cleaning up, leaving the
//          socket behind as a crashed app would.
#include "app/singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using wharf::app::SingleInstance;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 64;
    const bool crash = args.at(1) == QLatin1String("crash");
    const bool race = args.at(1) == QLatin1String("race");
    const int expected = qEnvironmentVariableIntValue("WHARF_SI_EXPECT");
    int received = 0;
    const auto say = [](const QString &text) {
        std::printf("%s\n", qPrintable(text));
        std::fflush(stdout);
    };

    SingleInstance instance(args.at(2));
    QObject::connect(&instance, &SingleInstance::handedOff, &app, [&] {
        say(QStringLiteral("handed off"));
        QCoreApplication::exit(crash ? 4 : 0);
    });
    QObject::connect(&instance, &SingleInstance::becamePrimary, &app, [&] {
        say(QStringLiteral("primary"));
        if (crash)
            std::_Exit(0);
        if (!race || received >= expected)
            QCoreApplication::exit(race ? 0 : 3);
    });
    QObject::connect(&instance, &SingleInstance::messageReceived, &app, [&](const QStringList &a) {
        say(QStringLiteral("received ") + a.value(0));
        if (++received >= expected)
            QCoreApplication::exit(0);
    });
    QObject::connect(&instance, &SingleInstance::failed, &app, [&](const QString &reason) {
        say(QStringLiteral("failed: ") + reason);
        QCoreApplication::exit(2);
    });
    // A primary waiting for messages that never come must not outlive the test.
    QTimer::singleShot(15000, &app, [] { QCoreApplication::exit(5); });
    instance.start(args.mid(3), QDir::currentPath());
    return QCoreApplication::exec();
}
