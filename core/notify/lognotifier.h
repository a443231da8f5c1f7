#pragma once

#include "notifier.h"

namespace wharf::notify {

// The last resort when the desktop offers no way to notify: writes notifications to the log.
// It reports itself unavailable so that the settings dialog can say so plainly.
class LogNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit LogNotifier(QObject *parent = nullptr);
    QString backendName() const override;

protected:
    void deliver(quint64 id, const Notification &notification) override;
};

} // namespace wharf::notify
