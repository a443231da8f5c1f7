#include "logfollower.h"

#include "net/then.h"
#include "text/jsonstringdecoder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <memory>

namespace wharf::contaxy {

namespace {

// Lines of a reply decoded in one piece (polls are small).
QList<QByteArrayView> splitLines(const QByteArray &text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        if (nl < 0)
            nl = text.size();
        qsizetype end = nl;
        if (end > start && text.at(end - 1) == '\r')
            --end;
        lines.append(QByteArrayView(text.constData() + start, end - start));
        start = nl + 1;
    }
    return lines;
}

constexpr int kMaxRetryMs = 10000;

} // namespace

LogFollower::LogFollower(net::HttpClient *client,
                         QString projectId,
                         Deployment::Kind kind,
                         QString deploymentId,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(std::move(projectId))
    , m_kind(kind)
    , m_deploymentId(std::move(deploymentId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogFollower::poll);
}

void LogFollower::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QDateTime LogFollower::serverTime(const net::ApiResponse &response)
{
    const QByteArray date = response.header("Date");
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(date).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (time.isValid()) {
        time.setTimeSpec(Qt::UTC);
        return time;
    }
    // No usable Date: the local clock, one second early so that skew below a second loses
    // nothing (the joining rule removes what comes twice).
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-1);
    return now.addMSecs(-now.time().msec());
}

void LogFollower::reload()
{
    delete m_inFlight;
    m_timer.stop();
    m_text.clear();
    m_previousReplyLines = 0;
    m_empty = false;
    m_error = net::ApiError();
    Q_EMIT reset();
    if (!m_client)
        return;
    setState(State::Loading);
    auto *context = new QObject(this);
    m_inFlight = context;
    net::ApiRequest request = logsRequest(m_projectId, m_kind, m_deploymentId);
    request.stream = true; // decoded as it arrives, never buffered whole
    auto decoder = std::make_shared<text::JsonStringDecoder>();
    auto decoded = std::make_shared<QByteArray>();
    net::ApiCall *call = m_client->send(request, context);
    connect(call,
            &net::ApiCall::dataReceived,
            context,
            [this, decoder, decoded](const QByteArray &chunk) {
                decoded->resize(0); // keeps its capacity for the next piece
                if (!decoder->feed(chunk, *decoded))
                    return; // reported once the reply has ended
                m_text.append(*decoded);
                if (!decoded->isEmpty())
                    Q_EMIT grew();
            });
    net::then(call, context, [this, context, decoder, decoded](const net::ApiResponse &response) {
        context->deleteLater();
        if (response.ok() && !response.body.isEmpty()) { // bytes that came with the end
            decoded->resize(0); // keeps its capacity for the next piece
            if (decoder->feed(response.body, *decoded))
                m_text.append(*decoded);
        }
        if (response.ok() && !decoder->finish()) {
            net::ApiResponse bad = response;
            bad.error = net::ApiError::make(
                net::ApiError::Kind::BadResponse,
                QCoreApplication::translate("LogFollower", "The log is not readable: %1.")
                    .arg(decoder->error()),
                response.status);
            loadFinished(bad);
            return;
        }
        loadFinished(response);
    });
}

void LogFollower::loadFinished(const net::ApiResponse &response)
{
    if (!response.ok()) {
        m_error = response.error;
        setState(State::Idle);
        Q_EMIT failed(response.error);
        return;
    }
    if (m_text.lineCount() == 1
        && m_text.line(0) == QByteArrayView(kNoLogs.data(), kNoLogs.size())) {
        m_text.clear();
        m_empty = true;
        Q_EMIT reset();
    }
    m_text.closeLine();
    Q_EMIT grew();
    m_previousReplyLines = m_text.lineCount();
    m_since = serverTime(response);
    setState(m_follow ? State::Following : State::Idle);
    if (m_follow)
        scheduleNext(false);
}

void LogFollower::setFollowing(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (!follow) {
        m_timer.stop();
        if (m_state != State::Loading) {
            delete m_inFlight;
            setState(State::Idle);
        }
        return;
    }
    if (m_state == State::Loading)
        return; // loadFinished goes on to follow
    if (!m_since.isValid()) {
        reload();
        return;
    }
    setState(State::Following);
    poll();
}

void LogFollower::scheduleNext(bool afterError)
{
    if (!m_follow)
        return;
    const int delay = afterError ? std::min(kMaxRetryMs, m_intervalMs << std::min(m_failures, 4))
                                 : m_intervalMs;
    m_timer.start(delay);
}

void LogFollower::poll()
{
    if (!m_client || !m_follow || m_inFlight)
        return;
    auto *context = new QObject(this);
    m_inFlight = context;
    net::send(m_client,
              logsRequest(m_projectId, m_kind, m_deploymentId, m_since),
              context,
              [this, context](const net::ApiResponse &response) {
                  context->deleteLater();
                  pollFinished(response);
              });
}

void LogFollower::pollFinished(const net::ApiResponse &response)
{
    net::ApiError error;
    const auto json = response.ok() ? response.json(&error) : std::nullopt;
    if (response.ok() && json && !json->isString())
        error = response.unexpected(QStringLiteral("a log that is not a JSON string"));
    if (!response.ok() || !json || !json->isString()) {
        m_error = response.ok() ? error : response.error;
        ++m_failures;
        setState(State::Retrying);
        Q_EMIT failed(m_error);
        scheduleNext(true);
        return;
    }
    m_failures = 0;
    m_error = net::ApiError();
    const QByteArray body = json->toString().toUtf8();
    QList<QByteArrayView> reply = splitLines(body);
    if (reply.size() == 1 && reply.first() == QByteArrayView(kNoLogs.data(), kNoLogs.size()))
        reply.clear();
    // Only the last reply.size() lines of the previous reply can be repeated at its start.
    QList<QByteArrayView> previous;
    const qsizetype total = m_text.lineCount();
    for (qsizetype i = total - std::min(m_previousReplyLines, reply.size()); i < total; ++i)
        previous.append(m_text.line(i));
    const qsizetype shown = text::shownPrefix(previous, reply);
    for (qsizetype i = shown; i < reply.size(); ++i)
        m_text.appendLine(reply.at(i));
    if (!reply.isEmpty())
        m_empty = false;
    // The next reply starts with what this one holds from its own second on, and this reply's
    // lines end the text. An empty reply means nothing shown is that recent: no overlap.
    m_previousReplyLines = reply.size();
    m_since = serverTime(response);
    if (shown < reply.size())
        Q_EMIT grew();
    setState(State::Following);
    scheduleNext(false);
}

} // namespace wharf::contaxy
