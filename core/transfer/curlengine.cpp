#include "curlengine.h"

#include "curlrequest.h"
#include "net/redact.h"

#include <QPointer>
#include <QSocketNotifier>

#include <climits>
#include <curl/curl.h>

namespace wharf::transfer {

// Static trampolines for libcurl's multi callbacks. Both run inside a curl_multi_* call, so
// they only record what libcurl asked for; neither calls back into libcurl.
struct EngineCallbacks
{
    static int socket(CURL *, curl_socket_t fd, int what, void *engine, void *watch)
    {
        static_cast<CurlEngine *>(engine)->updateSocket(
            int(fd), what, static_cast<CurlEngine::Watch *>(watch));
        return 0;
    }
    static int timer(CURLM *, long timeoutMs, void *engine)
    {
        auto *self = static_cast<CurlEngine *>(engine);
        // Even a 0 ms timeout goes through the event loop: calling curl_multi_socket_action
        // from here would be a recursive call that libcurl refuses.
        if (timeoutMs < 0)
            self->m_timer.stop();
        else
            self->m_timer.start(int(qMin<long>(timeoutMs, INT_MAX)));
        return 0;
    }
};

CurlEngine::CurlEngine(QObject *parent)
    : QObject(parent)
{
    CurlRequest::globalInit();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &EngineCallbacks::socket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &EngineCallbacks::timer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { socketAction(CURL_SOCKET_TIMEOUT, 0); });
    m_deferred.setSingleShot(true);
    m_deferred.setInterval(0);
    connect(&m_deferred, &QTimer::timeout, this, &CurlEngine::runDeferred);
}

CurlEngine::~CurlEngine()
{
    for (CurlRequest *request : std::as_const(m_requests)) {
        curl_multi_remove_handle(m_multi, request->m_easy);
        request->m_engine = nullptr;
    }
    for (CurlRequest *request : std::as_const(m_pendingStarts))
        request->m_engine = nullptr;
    for (const auto &done : std::as_const(m_finished))
        done.first->m_engine = nullptr;
    curl_multi_cleanup(m_multi);
    qDeleteAll(m_sockets); // the notifiers themselves are children
}

void CurlEngine::start(CurlRequest *request)
{
    request->m_engine = this;
    if (m_depth > 0) {
        m_pendingStarts.append(request);
        m_deferred.start();
        return;
    }
    addNow(request);
}

void CurlEngine::abort(CurlRequest *request)
{
    request->markCancelled(); // its callbacks now make libcurl stop at the next chance
    m_pendingStarts.removeAll(request);
    m_finished.removeIf([request](const auto &done) { return done.first == request; });
    if (m_requests.contains(request) && m_depth > 0) {
        // Removed from the event loop; until then the request keeps its engine pointer, so
        // destroying it still reaches us.
        if (!m_pendingRemovals.contains(request))
            m_pendingRemovals.append(request);
        m_deferred.start();
        return;
    }
    m_pendingRemovals.removeAll(request);
    if (m_requests.contains(request))
        removeNow(request);
    request->m_engine = nullptr;
}

void CurlEngine::addNow(CurlRequest *request)
{
    void *easy = request->prepare(this);
    if (!easy) { // e.g. the file to upload is gone: reported from the event loop, as always
        m_finished.append({request, -1});
        m_deferred.start();
        return;
    }
    ++m_depth;
    const CURLMcode code = curl_multi_add_handle(m_multi, easy);
    --m_depth;
    checkCode(code, "add");
    if (code == CURLM_OK) {
        m_requests.insert(request);
    } else {
        m_finished.append({request, int(CURLE_FAILED_INIT)});
        m_deferred.start();
    }
}

void CurlEngine::removeNow(CurlRequest *request)
{
    m_requests.remove(request);
    ++m_depth;
    const CURLMcode code = curl_multi_remove_handle(m_multi, request->m_easy);
    --m_depth;
    checkCode(code, "remove");
}

void CurlEngine::updateSocket(int fd, int what, Watch *watch)
{
    if (what == CURL_POLL_REMOVE) {
        dropWatch(fd, watch);
        return;
    }
    if (!watch) {
        if (Watch *stale = m_sockets.value(fd)) { // never expected; never kept either
            qCWarning(lcNet) << "curl: socket" << fd << "reused without removal";
            dropWatch(fd, stale);
        }
        watch = new Watch;
        watch->read = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
        watch->write = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
        connect(watch->read, &QSocketNotifier::activated, this, [this, fd] {
            socketAction(fd, CURL_CSELECT_IN);
        });
        connect(watch->write, &QSocketNotifier::activated, this, [this, fd] {
            socketAction(fd, CURL_CSELECT_OUT);
        });
        m_sockets.insert(fd, watch);
        curl_multi_assign(m_multi, curl_socket_t(fd), watch);
    }
    watch->read->setEnabled(what & CURL_POLL_IN);
    watch->write->setEnabled(what & CURL_POLL_OUT);
}

void CurlEngine::dropWatch(int fd, Watch *watch)
{
    if (!watch)
        watch = m_sockets.value(fd);
    if (!watch)
        return;
    m_sockets.remove(fd);
    // Disabled now, deleted later: libcurl closes the descriptor right after this callback,
    // and the next connection may get the same number before the event loop runs again; a
    // notifier still registered for it would watch a stranger's socket. Deleting is deferred
    // because this may run inside the very notifier's activated() signal.
    for (QSocketNotifier *notifier : {watch->read, watch->write}) {
        notifier->setEnabled(false);
        notifier->disconnect(this);
        notifier->deleteLater();
    }
    delete watch;
}

void CurlEngine::socketAction(int fd, int events)
{
    if (m_depth > 0) { // a bug if ever reached: count it and go through the event loop
        ++m_recursiveCalls;
        QTimer::singleShot(0, this, [this, fd, events] { socketAction(fd, events); });
        return;
    }
    int running = 0;
    ++m_depth;
    const CURLMcode code = curl_multi_socket_action(m_multi, curl_socket_t(fd), events, &running);
    --m_depth;
    checkCode(code, "socket_action");
    collectFinished();
    deliverFinished();
}

void CurlEngine::collectFinished()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL *easy = message->easy_handle; // copied: *message dies with the removal below
        const CURLcode result = message->data.result;
        char *owner = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &owner);
        auto *request = reinterpret_cast<CurlRequest *>(owner);
        if (!request || !m_requests.contains(request))
            continue;
        removeNow(request);
        if (!request->isCancelled())
            m_finished.append({request, int(result)});
    }
}

void CurlEngine::deliverFinished()
{
    // Outside libcurl now, so the callbacks may start, abort or destroy requests (this
    // engine included); one at a time, re-checking after each.
    if (m_delivering)
        return;
    m_delivering = true;
    QPointer<CurlEngine> self(this);
    while (!m_finished.isEmpty()) {
        const auto [request, code] = m_finished.takeFirst();
        request->complete(code);
        if (!self)
            return;
    }
    m_delivering = false;
}

void CurlEngine::runDeferred()
{
    const auto removals = std::exchange(m_pendingRemovals, {});
    for (CurlRequest *request : removals) {
        if (m_requests.contains(request))
            removeNow(request);
        request->m_engine = nullptr;
    }
    const auto starts = std::exchange(m_pendingStarts, {});
    for (CurlRequest *request : starts)
        addNow(request);
    deliverFinished();
}

void CurlEngine::checkCode(int multiCode, const char *what)
{
    if (multiCode == CURLM_RECURSIVE_API_CALL)
        ++m_recursiveCalls;
    if (multiCode != CURLM_OK)
        qCWarning(lcNet) << "curl_multi" << what
                         << "failed:" << curl_multi_strerror(CURLMcode(multiCode));
}

} // namespace wharf::transfer
