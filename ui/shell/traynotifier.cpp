#include "shell/traynotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace wharf::ui {

namespace {
constexpr int kMessageMs = 10000;
}

TrayNotifier::TrayNotifier(QSystemTrayIcon *icon, QObject *parent)
    : Notifier(parent)
    , m_icon(icon)
{
    if (isSupported())
        setAvailability(Availability::Available);
    else
        setAvailability(Availability::Unavailable, tr("There is no system tray."));
    if (m_icon)
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
            reportAction(m_lastId, m_lastAction);
        });
}

bool TrayNotifier::isSupported()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QString TrayNotifier::backendName() const
{
    return tr("system tray");
}

QSystemTrayIcon *TrayNotifier::icon()
{
    if (m_icon)
        return m_icon;
    QIcon appIcon = QApplication::windowIcon();
    if (appIcon.isNull())
        appIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_icon = new QSystemTrayIcon(appIcon, this);
    m_icon->setToolTip(QCoreApplication::applicationName());
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        reportAction(m_lastId, m_lastAction);
    });
    // Our own icon has no menu: a click on it means "show the app", like a click on a message.
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            reportAction(m_lastId, defaultAction());
    });
    return m_icon;
}

void TrayNotifier::deliver(quint64 id, const notify::Notification &notification)
{
    if (availability() == Availability::Unavailable) {
        reportFailure(id, unavailableReason());
        return;
    }
    QSystemTrayIcon *tray = icon();
    if (!tray->isVisible())
        tray->show();
    const auto messageIcon = notification.kind == notify::Notification::Kind::Failure
        ? QSystemTrayIcon::Critical
        : QSystemTrayIcon::Information;
    // A new balloon replaces the old one, so only the newest can still be clicked.
    if (const quint64 replaced = std::exchange(m_lastId, id))
        QTimer::singleShot(0, this, [this, replaced] { reportClosed(replaced); });
    m_lastAction = notification.actionId.isEmpty() ? defaultAction() : notification.actionId;
    tray->showMessage(notification.title, notification.body, messageIcon, kMessageMs);
}

} // namespace wharf::ui
