#pragma once

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcNotify)

namespace wharf::notify {

// One desktop notification ("Upload finished", "Transcription failed").
struct Notification
{
    enum class Kind { Info, Success, Failure };

    QString title;
    QString body; // plain text; backends escape it where the desktop reads markup
    Kind kind = Kind::Info;
    // Optional button, e.g. "open"; handed back by actionInvoked(). Empty: no button.
    QString actionId;
    QString actionLabel; // translated; empty gives a generic "Open"
    // What the notification is about (a transfer id, a file path); opaque here and handed
    // back with actionInvoked() so the app can open it.
    QString context;
};

// Shows notifications through whatever the desktop offers (D-Bus service, tray, log).
// notify() never blocks and never emits from inside itself: delivery problems, clicks and
// closes arrive later through the signals.
class Notifier : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    // The action reported when the user clicks the notification itself rather than a button.
    static QString defaultAction() { return QStringLiteral("default"); }

    // Shows `notification` unless notifications are disabled. Returns its id, or 0 when
    // nothing was sent.
    quint64 notify(const Notification &notification);
    // Withdraws a notification that is still on screen.
    void close(quint64 id);

    // The user's on/off switch (settings dialog). Clicks on notifications shown while enabled
    // still arrive after disabling.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_reason; } // translated
    // Where notifications go, for logs and the settings dialog.
    virtual QString backendName() const = 0;

Q_SIGNALS:
    // actionId is the Notification's actionId, or defaultAction() for a click on the body.
    void actionInvoked(quint64 id, const QString &actionId, const QString &context);
    void closed(quint64 id);
    void failed(quint64 id, const QString &message);
    void availabilityChanged(wharf::notify::Notifier::Availability availability);

protected:
    explicit Notifier(QObject *parent = nullptr);

    virtual void deliver(quint64 id, const Notification &notification) = 0;
    virtual void withdraw(quint64 id);

    bool isKnown(quint64 id) const { return m_contexts.contains(id); }
    void setAvailability(Availability availability, const QString &reason = {});
    // For backends: translate a desktop event into the signals above.
    void reportAction(quint64 id, const QString &actionId);
    void reportClosed(quint64 id);
    void reportFailure(quint64 id, const QString &message); // emitted from the event loop

private:
    void forget(quint64 id);

    bool m_enabled = true;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    quint64 m_lastId = 0;
    // Context per notification still on screen; bounded because some desktops never report
    // that a notification went away.
    QHash<quint64, QString> m_contexts;
    QList<quint64> m_order;
};

} // namespace wharf::notify
