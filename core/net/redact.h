#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace wharf::net {

// Secrets never reach logs: these strip token values from URLs and free text.
QString redactUrl(const QUrl &url);
QString redactText(const QString &text);

} // namespace wharf::net
