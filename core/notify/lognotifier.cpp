#include "lognotifier.h"

namespace wharf::notify {

LogNotifier::LogNotifier(QObject *parent)
    : Notifier(parent)
{
    setAvailability(Availability::Unavailable,
                    tr("This desktop has no notification service or system tray."));
}

QString LogNotifier::backendName() const
{
    return tr("log only");
}

void LogNotifier::deliver(quint64 id, const Notification &notification)
{
    Q_UNUSED(id)
    qCInfo(lcNotify).noquote() << "notification:" << notification.title << "-" << notification.body;
}

} // namespace wharf::notify
