// Notifications against a fake notification daemon that the test registers on its private
// session bus (the suite runs under dbus-run-session).
#include "notify/dbusnotifier.h"
#include "notify/failovernotifier.h"
#include "shell/notifierfactory.h"
#include "shell/traynotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMutex>
#include <QtTest>

using wharf::notify::DBusNotifier;
using wharf::notify::FailoverNotifier;
using wharf::notify::Notification;
using wharf::notify::Notifier;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// Nobody owns this name and no .service file can start it, unlike the real one on a desktop.
const QString kMissingService = QStringLiteral("org.wharf.test.NoSuchNotifications");

struct NotifyCall
{
    QString sender;
    QString appName;
    uint replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int timeout = 0;
};

// A notification daemon on its own bus connection, so that the notifier's calls cross the bus
// instead of being short-cut inside QtDBus. Records what it was asked.
class FakeServer : public QDBusVirtualObject
{
public:
    explicit FakeServer(const QString &connectionName, const QString &service = kService)
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
        , m_service(service)
    { }
    ~FakeServer() override
    {
        m_bus.unregisterService(m_service);
        m_bus.unregisterObject(kPath);
        QDBusConnection::disconnectFromBus(m_bus.name());
    }

    bool start()
    {
        return m_bus.registerVirtualObject(kPath, this) && m_bus.registerService(m_service);
    }
    QString uniqueName() const { return m_bus.baseService(); }

    QList<NotifyCall> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }
    QList<uint> closeCalls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_closeCalls;
    }
    uint lastId() const
    {
        QMutexLocker lock(&m_mutex);
        return m_nextId - 1;
    }

    void sendSignal(const QString &name, const QVariantList &args)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, name);
        signal.setArguments(args);
        QVERIFY(m_bus.send(signal));
    }

    QStringList capabilities {QStringLiteral("actions"), QStringLiteral("body")};
    bool hang = false; // accept calls and never answer

    QString introspect(const QString &) const override
    {
        return QStringLiteral("<interface name=\"org.freedesktop.Notifications\"/>");
    }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.interface() != kInterface)
            return false;
        if (hang)
            return true;
        const QString member = message.member();
        const QVariantList args = message.arguments();
        if (member == QLatin1String("GetCapabilities")) {
            connection.send(message.createReply(capabilities));
        } else if (member == QLatin1String("GetServerInformation")) {
            connection.send(message.createReply(QVariantList {QStringLiteral("fake"),
                                                              QStringLiteral("Wharf tests"),
                                                              QStringLiteral("1"),
                                                              QStringLiteral("1.2")}));
        } else if (member == QLatin1String("Notify") && args.size() == 8) {
            NotifyCall call {message.service(),
                             args.at(0).toString(),
                             args.at(1).toUInt(),
                             args.at(2).toString(),
                             args.at(3).toString(),
                             args.at(4).toString(),
                             qdbus_cast<QStringList>(args.at(5)),
                             qdbus_cast<QVariantMap>(args.at(6)),
                             args.at(7).toInt()};
            uint id = 0;
            {
                QMutexLocker lock(&m_mutex);
                m_calls.append(call);
                id = m_nextId++;
            }
            connection.send(message.createReply(QVariant::fromValue(id)));
        } else if (member == QLatin1String("CloseNotification") && args.size() == 1) {
            const uint id = args.at(0).toUInt();
            {
                QMutexLocker lock(&m_mutex);
                m_closeCalls.append(id);
            }
            connection.send(message.createReply());
            sendSignal(QStringLiteral("NotificationClosed"), {id, 3u}); // 3: closed by a call
        } else {
            connection.send(message.createErrorReply(QDBusError::UnknownMethod, member));
        }
        return true;
    }

private:
    QDBusConnection m_bus;
    QString m_service;
    mutable QMutex m_mutex;
    QList<NotifyCall> m_calls;
    QList<uint> m_closeCalls;
    uint m_nextId = 41;
};

// A backend that only records, to watch FailoverNotifier hand notifications on.
class RecordingNotifier : public Notifier
{
public:
    RecordingNotifier() { setAvailability(Availability::Available); }
    QString backendName() const override { return QStringLiteral("recording"); }
    void click(quint64 id, const QString &action) { reportAction(id, action); }
    QList<QPair<quint64, Notification>> delivered;

protected:
    void deliver(quint64 id, const Notification &notification) override
    {
        delivered.append({id, notification});
    }
};

Notification uploadFinished()
{
    return {QStringLiteral("Upload finished"),
            QStringLiteral("take <1> & 2.wav is on the server"),
            Notification::Kind::Success,
            QStringLiteral("open"),
            QString(),
            QStringLiteral("transfer-7")};
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deliversOverTheBus_data();
    void deliversOverTheBus();
    void actionReachesTheApp();
    void closeAndClosed();
    void disabledSendsNothing();
    void missingServiceReportsUnavailable();
    void serviceStartingLater();
    void noSessionBusReportsUnavailable();
    void silentServiceTimesOut();
    void failoverToNextBackend();
    void failoverPrefersTheService();
    void factoryUsesTheService();
    void trayWithoutTrayFails();

private:
    std::unique_ptr<FakeServer> m_fake;
    int m_round = 0;
};

void TestNotifications::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("WharfNotifyTest"));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "needs a session bus: run the suite under dbus-run-session");
}

void TestNotifications::init()
{
    m_fake = std::make_unique<FakeServer>(QStringLiteral("fake-notifications-%1").arg(++m_round));
    QVERIFY(m_fake->start());
}

void TestNotifications::cleanup()
{
    m_fake.reset();
    // The name must be free again before the next test registers it.
    QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
}

void TestNotifications::deliversOverTheBus_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("markup");
    QTest::addColumn<bool>("withAction");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<QString>("body");

    const QString raw = uploadFinished().body;
    QTest::newRow("info, plain") << int(Notification::Kind::Info) << false << false << 0 << raw;
    QTest::newRow("success, markup")
        << int(Notification::Kind::Success) << true << true << 1
        << QStringLiteral("take &lt;1&gt; &amp; 2.wav is on the server");
    QTest::newRow("failure") << int(Notification::Kind::Failure) << false << true << 2 << raw;
}

void TestNotifications::deliversOverTheBus()
{
    QFETCH(int, kind);
    QFETCH(bool, markup);
    QFETCH(bool, withAction);
    QFETCH(int, urgency);
    QFETCH(QString, body);

    if (markup)
        m_fake->capabilities << QStringLiteral("body-markup");
    DBusNotifier notifier;
    notifier.setDesktopEntry(QStringLiteral("org.wharf.Wharf"));
    QSignalSpy failed(&notifier, &Notifier::failed);
    Notification n = uploadFinished();
    n.kind = Notification::Kind(kind);
    if (!withAction)
        n.actionId.clear();

    QVERIFY(notifier.notify(n) > 0);
    QTRY_COMPARE(m_fake->calls().size(), 1);
    const NotifyCall call = m_fake->calls().first();
    // It came over the bus from the notifier's own connection.
    QCOMPARE(call.sender, QDBusConnection::sessionBus().baseService());
    QVERIFY(call.sender != m_fake->uniqueName());
    QCOMPARE(call.appName, QStringLiteral("WharfNotifyTest"));
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.icon, QStringLiteral("org.wharf.Wharf"));
    QCOMPARE(call.summary, QStringLiteral("Upload finished"));
    QCOMPARE(call.body, body);
    QCOMPARE(call.timeout, -1);
    QStringList actions {QStringLiteral("default"), QStringLiteral("Show")};
    if (withAction)
        actions << QStringLiteral("open") << QStringLiteral("Open");
    QCOMPARE(call.actions, actions);
    const QVariant urgencyHint = call.hints.value(QStringLiteral("urgency"));
    QCOMPARE(urgencyHint.typeId(), int(QMetaType::UChar)); // the spec wants a byte
    QCOMPARE(urgencyHint.toInt(), urgency);
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("org.wharf.Wharf"));
    QCOMPARE(notifier.availability(), Notifier::Availability::Available);
    QVERIFY(notifier.backendName().contains(QLatin1String("fake")));
    QCOMPARE(failed.size(), 0);
}

void TestNotifications::actionReachesTheApp()
{
    DBusNotifier notifier;
    QSignalSpy invoked(&notifier, &Notifier::actionInvoked);
    const quint64 id = notifier.notify(uploadFinished());
    QTRY_COMPARE(m_fake->calls().size(), 1);
    const uint serverId = m_fake->lastId();
    // The reply with serverId must have arrived before the signal can be matched to it.
    QTRY_COMPARE(notifier.availability(), Notifier::Availability::Available);

    // Another application's notification: not ours to report.
    m_fake->sendSignal(QStringLiteral("ActionInvoked"), {serverId + 100, QStringLiteral("open")});
    m_fake->sendSignal(QStringLiteral("ActionInvoked"), {serverId, QStringLiteral("open")});
    QVERIFY(invoked.wait());
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.at(0).at(0).toULongLong(), id);
    QCOMPARE(invoked.at(0).at(1).toString(), QStringLiteral("open"));
    QCOMPARE(invoked.at(0).at(2).toString(), QStringLiteral("transfer-7"));

    m_fake->sendSignal(QStringLiteral("ActionInvoked"), {serverId, Notifier::defaultAction()});
    QVERIFY(invoked.wait());
    QCOMPARE(invoked.size(), 2);
    QCOMPARE(invoked.at(1).at(1).toString(), Notifier::defaultAction());
}

void TestNotifications::closeAndClosed()
{
    DBusNotifier notifier;
    QSignalSpy closed(&notifier, &Notifier::closed);
    const quint64 first = notifier.notify(uploadFinished());
    const quint64 second = notifier.notify(uploadFinished());
    QTRY_COMPARE(m_fake->calls().size(), 2);
    QTRY_COMPARE(notifier.availability(), Notifier::Availability::Available);

    notifier.close(first); // may still be in flight: it is closed once the server answers
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).toULongLong(), first);
    QCOMPARE(m_fake->closeCalls(), QList<uint> {m_fake->lastId() - 1});

    m_fake->sendSignal(QStringLiteral("NotificationClosed"), {m_fake->lastId(), 1u}); // expired
    QTRY_COMPARE(closed.size(), 2);
    QCOMPARE(closed.at(1).at(0).toULongLong(), second);
}

void TestNotifications::disabledSendsNothing()
{
    DBusNotifier notifier;
    notifier.setEnabled(false);
    QVERIFY(!notifier.isEnabled());
    QCOMPARE(notifier.notify(uploadFinished()), 0u);

    notifier.setEnabled(true);
    Notification later = uploadFinished();
    later.title = QStringLiteral("Transcription failed");
    QVERIFY(notifier.notify(later) > 0);
    // Calls arrive in order: once the second is there, the first would have been too.
    QTRY_COMPARE(m_fake->calls().size(), 1);
    QCOMPARE(m_fake->calls().first().summary, QStringLiteral("Transcription failed"));
}

void TestNotifications::missingServiceReportsUnavailable()
{
    DBusNotifier notifier(QString(), kMissingService);
    QSignalSpy failed(&notifier, &Notifier::failed);
    QElapsedTimer timer;
    timer.start();
    const quint64 id = notifier.notify(uploadFinished());
    QVERIFY(id > 0);
    QVERIFY2(timer.elapsed() < 1000, "notify() must not wait for the bus");
    QCOMPARE(failed.size(), 0); // never from inside notify()

    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).toULongLong(), id);
    QCOMPARE(notifier.availability(), Notifier::Availability::Unavailable);
    QVERIFY(!notifier.unavailableReason().isEmpty());
    QVERIFY(timer.elapsed() < 5000);
}

void TestNotifications::serviceStartingLater()
{
    // A notification daemon that starts after the app (autostart order at login).
    const QString service = QStringLiteral("org.wharf.test.LateNotifications");
    DBusNotifier notifier(QString(), service);
    QTRY_COMPARE(notifier.availability(), Notifier::Availability::Unavailable);

    FakeServer late(QStringLiteral("late-notifications"), service);
    QVERIFY(late.start());
    QTRY_COMPARE(notifier.availability(), Notifier::Availability::Available);
    notifier.notify(uploadFinished());
    QTRY_COMPARE(late.calls().size(), 1);
    QCOMPARE(m_fake->calls().size(), 0);
}

void TestNotifications::noSessionBusReportsUnavailable()
{
    const QString name = QStringLiteral("wharf-no-bus");
    const QDBusConnection dead = QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/wharf-test-bus"), name);
    QVERIFY(!dead.isConnected());
    {
        DBusNotifier notifier(name, QString());
        QSignalSpy failed(&notifier, &Notifier::failed);
        QTRY_COMPARE(notifier.availability(), Notifier::Availability::Unavailable);
        notifier.notify(uploadFinished());
        QVERIFY(failed.wait(5000));
    }
    QDBusConnection::disconnectFromBus(name);
}

void TestNotifications::silentServiceTimesOut()
{
    m_fake->hang = true;
    DBusNotifier notifier;
    notifier.setCallTimeout(std::chrono::milliseconds(300));
    QSignalSpy failed(&notifier, &Notifier::failed);
    notifier.notify(uploadFinished());
    QVERIFY(failed.wait(5000));
    QCOMPARE(notifier.availability(), Notifier::Availability::Unavailable);
}

void TestNotifications::failoverToNextBackend()
{
    auto *recording = new RecordingNotifier;
    FailoverNotifier notifier({new DBusNotifier(QString(), kMissingService), recording});
    QSignalSpy failed(&notifier, &Notifier::failed);
    QSignalSpy invoked(&notifier, &Notifier::actionInvoked);

    const quint64 id = notifier.notify(uploadFinished());
    QTRY_COMPARE(recording->delivered.size(), 1);
    QCOMPARE(recording->delivered.first().second.title, QStringLiteral("Upload finished"));
    QCOMPARE(notifier.backendName(), QStringLiteral("recording"));
    QCOMPARE(notifier.availability(), Notifier::Availability::Available);

    // Later notifications go straight to the working backend.
    notifier.notify(uploadFinished());
    QCOMPARE(recording->delivered.size(), 2);

    recording->click(recording->delivered.first().first, QStringLiteral("open"));
    QCOMPARE(invoked.size(), 1);
    QCOMPARE(invoked.at(0).at(0).toULongLong(), id);
    QCOMPARE(invoked.at(0).at(2).toString(), QStringLiteral("transfer-7"));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_fake->calls().size(), 0);
}

void TestNotifications::failoverPrefersTheService()
{
    auto *recording = new RecordingNotifier;
    FailoverNotifier notifier({new DBusNotifier, recording});
    notifier.notify(uploadFinished());
    QTRY_COMPARE(m_fake->calls().size(), 1);
    QTRY_VERIFY(notifier.backendName().contains(QLatin1String("fake")));
    QCOMPARE(recording->delivered.size(), 0);
}

void TestNotifications::factoryUsesTheService()
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Wharf Test"));
    QObject owner;
    Notifier *notifier = wharf::ui::createNotifier(nullptr, &owner);
    QCOMPARE(notifier->parent(), &owner);
    QVERIFY(notifier->isEnabled());
    notifier->notify(uploadFinished());
    QTRY_COMPARE(m_fake->calls().size(), 1);
    QCOMPARE(m_fake->calls().first().appName, QStringLiteral("Wharf Test"));
}

void TestNotifications::trayWithoutTrayFails()
{
    if (wharf::ui::TrayNotifier::isSupported())
        QSKIP("this display has a system tray");
    wharf::ui::TrayNotifier tray;
    QSignalSpy failed(&tray, &Notifier::failed);
    QCOMPARE(tray.availability(), Notifier::Availability::Unavailable);
    tray.notify(uploadFinished());
    QCOMPARE(failed.size(), 0);
    QVERIFY(failed.wait());
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
