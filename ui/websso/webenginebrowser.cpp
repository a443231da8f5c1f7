#include "webenginebrowser.h"

#include <QApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcWebEngine, "wharf.ui.webengine")

namespace wharf::ui {

bool embeddedBrowserBuilt()
{
    return true;
}

EmbeddedBrowser *
createEmbeddedBrowser(const QUrl &server, const QByteArray &cookieName, QWidget *parent)
{
    if (!embeddedBrowserUnavailableReason().isEmpty())
        return nullptr;
    return new WebEngineBrowser(server, cookieName, parent);
}

void prepareEmbeddedBrowser()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium's sandbox refuses to start as root, and then no page ever loads.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        qCInfo(lcWebEngine) << "running as root: the embedded browser runs without its sandbox";
    }
}

WebEngineBrowser::WebEngineBrowser(const QUrl &server,
                                   const QByteArray &cookieName,
                                   QWidget *parent)
    : EmbeddedBrowser(parent)
    , m_server(server)
    , m_cookieName(cookieName)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_view(new QWebEngineView(this))
    , m_page(new QWebEnginePage(m_profile, m_view))
    , m_address(new QLineEdit(this))
{
    // Project-W names the web session after the user agent; the IdP's logs show it too.
    m_profile->setHttpUserAgent(m_profile->httpUserAgent()
                                + QStringLiteral(" Wharf/" WHARF_VERSION " (desktop sign-in)"));
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_view->setPage(m_page);
    // Where the password goes must stay visible: there is no other address bar.
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_address);
    layout->addWidget(m_view, 1);
    connect(m_page, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        m_address->setText(
            url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo));
        Q_EMIT urlChanged(url);
    });
    connect(m_page,
            &QWebEnginePage::renderProcessTerminated,
            this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                if (status != QWebEnginePage::NormalTerminationStatus && !m_reported)
                    Q_EMIT failed(tr("The embedded browser stopped (exit code %1).").arg(exitCode));
            });
    connect(m_profile->cookieStore(),
            &QWebEngineCookieStore::cookieAdded,
            this,
            &WebEngineBrowser::onCookieAdded);
}

WebEngineBrowser::~WebEngineBrowser()
{
    // Cookies keep arriving while the profile winds down: not to a half-destroyed us.
    disconnect(m_profile->cookieStore(), nullptr, this, nullptr);
    disconnect(m_page, nullptr, this, nullptr);
    // The page must go before its profile, or WebEngine complains and leaks the profile.
    delete m_view;
    delete m_profile;
}

void WebEngineBrowser::load(const QUrl &url)
{
    m_page->load(url);
}

bool WebEngineBrowser::isServerCookie(const QNetworkCookie &cookie) const
{
    // Host-only cookies carry the host itself; a domain cookie may cover a parent domain.
    // Ports do not separate cookies, so the name is what tells the server's cookie apart.
    QString domain = cookie.domain();
    if (domain.startsWith(QLatin1Char('.')))
        domain.remove(0, 1);
    const QString host = m_server.host();
    return domain.compare(host, Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1Char('.') + domain, Qt::CaseInsensitive);
}

void WebEngineBrowser::onCookieAdded(const QNetworkCookie &cookie)
{
    if (m_reported || cookie.name() != m_cookieName || cookie.value().isEmpty()
        || !isServerCookie(cookie))
        return;
    m_reported = true;
    m_page->triggerAction(QWebEnginePage::Stop); // the landing page is of no use to us
    Q_EMIT sessionCookie(QString::fromUtf8(cookie.value()));
}

} // namespace wharf::ui
