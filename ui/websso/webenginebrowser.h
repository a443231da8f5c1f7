#pragma once

#include "embeddedbrowser.h"

#include <QNetworkCookie>

class QLineEdit;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace wharf::ui {

// The embedded browser on Qt WebEngine: an off-the-record profile of its own (cookies, cache
// and storage live in memory and die with it) and a user agent that names Wharf.
class WebEngineBrowser : public EmbeddedBrowser
{
    Q_OBJECT
public:
    WebEngineBrowser(const QUrl &server, const QByteArray &cookieName, QWidget *parent = nullptr);
    ~WebEngineBrowser() override;

    void load(const QUrl &url) override;
    QWebEnginePage *page() const { return m_page; }

private:
    void onCookieAdded(const QNetworkCookie &cookie);
    bool isServerCookie(const QNetworkCookie &cookie) const;

    QUrl m_server;
    QByteArray m_cookieName;
    QWebEngineProfile *m_profile;
    QWebEngineView *m_view;
    QWebEnginePage *m_page;
    QLineEdit *m_address;
    bool m_reported = false;
};

} // namespace wharf::ui
