#pragma once

#include <QByteArray>
#include <QUrl>
#include <QWidget>

namespace wharf::ui {

// A browser for a platform's web sign-in pages that reports the session cookie the sign-in
// ends with. Private to one sign-in: nothing it stores outlives it.
class EmbeddedBrowser : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(const QUrl &url) = 0;

Q_SIGNALS:
    // The cookie named at creation, set by the server's own host, with a non-empty value.
    void sessionCookie(const QString &value);
    void urlChanged(const QUrl &url);
    // The browser itself broke down (its renderer crashed, ...): translated reason.
    void failed(const QString &reason);
};

// Whether this build has an embedded browser at all (Qt WebEngine).
bool embeddedBrowserBuilt();
// Why the embedded browser cannot be used now (translated); "" when it can. It can be turned
// off with WHARF_NO_WEBENGINE=1 or the setting "signIn/embeddedBrowser" = false.
QString embeddedBrowserUnavailableReason();
// A browser watching for `cookieName` on `server`'s host; nullptr when unavailable.
EmbeddedBrowser *
createEmbeddedBrowser(const QUrl &server, const QByteArray &cookieName, QWidget *parent);
// Must run before the QApplication is created (WebEngine shares OpenGL contexts; Chromium's
// sandbox cannot run as root).
void prepareEmbeddedBrowser();

} // namespace wharf::ui
