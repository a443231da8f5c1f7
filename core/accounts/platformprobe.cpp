#include "platformprobe.h"

#include "ivcap/authinfo.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "serveraddress.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wharf {

using net::ApiError;

namespace {

QUrl withPath(QUrl url, const QString &suffix)
{
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + suffix);
    return url;
}

const QString kContaxyInfo = QStringLiteral("/system/info");
const QString kProjectWAbout = QStringLiteral("/api/about");
const QString kIvcapAuthInfo = QStringLiteral("/1/authinfo.yaml");

} // namespace

net::ApiRequest discoveryRequest(PlatformKind kind)
{
    net::ApiRequest request;
    switch (kind) {
    case PlatformKind::Contaxy:
        request.path = kContaxyInfo;
        break;
    case PlatformKind::ProjectW:
        request.path = kProjectWAbout;
        break;
    case PlatformKind::Ivcap:
        request.path = kIvcapAuthInfo;
        break;
    case PlatformKind::Unknown:
        request.path = QStringLiteral("/");
        break;
    }
    request.authenticated = false;
    return request;
}

PlatformProbe::PlatformProbe(const QUrl &serverUrl, QObject *parent)
    : QObject(parent)
    , m_serverUrl(serverUrl)
{ }

PlatformProbe::~PlatformProbe() = default;

void PlatformProbe::setPinnedCertificateSha256(const QString &fingerprint)
{
    m_pin = fingerprint;
}

void PlatformProbe::start()
{
    startRound(m_serverUrl);
}

void PlatformProbe::startRound(const QUrl &url)
{
    m_serverUrl = url;
    if (m_client)
        m_client->deleteLater();
    m_client = new net::HttpClient(url, this);
    m_client->setPinnedCertificateSha256(m_pin);
    m_answers = QList<ProbeResult>(RouteCount);
    m_sawHtml.fill(false, RouteCount);
    const QString paths[RouteCount]
        = {kContaxyInfo, QStringLiteral("/api") + kContaxyInfo, kProjectWAbout, kIvcapAuthInfo};
    m_pending = RouteCount;
    for (int route = 0; route < RouteCount; ++route) {
        net::ApiRequest request = net::ApiRequest::getPublic(paths[route]);
        request.timeoutMs = 15000;
        net::send(m_client, request, this, [this, route](const auto &response) {
            onAnswer(Route(route), response);
        });
    }
}

void PlatformProbe::onAnswer(Route route, const net::ApiResponse &response)
{
    ProbeResult &answer = m_answers[route];
    answer.error = response.error;
    m_sawHtml[route] = response.body.trimmed().startsWith('<');
    if (response.ok()) {
        if (route == Ivcap) {
            QString yamlError;
            if (ivcap::parseAuthInfo(response.body, &yamlError)) {
                answer.kind = PlatformKind::Ivcap;
                answer.apiRoot = m_serverUrl;
            } else if (!m_sawHtml[route]) {
                answer.error = ApiError::make(ApiError::Kind::BadResponse, yamlError, 200);
            }
        } else {
            ApiError jsonError;
            const QJsonObject obj = response.json(&jsonError).value_or(QJsonValue()).toObject();
            const bool contaxy = obj.contains(QLatin1String("system_state"))
                && obj.contains(QLatin1String("version"));
            const bool projectw = obj.contains(QLatin1String("version"))
                && obj.contains(QLatin1String("terms_of_services"));
            if (route != ProjectW && contaxy) {
                answer.kind = PlatformKind::Contaxy;
                answer.apiRoot = route == ContaxyRoot
                    ? m_serverUrl
                    : withPath(m_serverUrl, QStringLiteral("/api"));
            } else if (route == ProjectW && projectw) {
                answer.kind = PlatformKind::ProjectW;
                answer.apiRoot = m_serverUrl;
            }
            if (answer.kind != PlatformKind::Unknown)
                answer.version = obj.value(QLatin1String("version")).toString();
        }
    }
    if (--m_pending > 0)
        return;
    ProbeResult result = found();
    if (result.kind != PlatformKind::Unknown) {
        result.note = m_note;
        Q_EMIT finished(result);
        return;
    }
    if (m_firstRound) { // the second address did not answer either: report the first
        Q_EMIT finished(*m_firstRound);
        return;
    }
    m_firstRound = decide();
    const auto guess = platformAddress(m_serverUrl, PlatformKind::Unknown);
    const auto transport = m_firstRound->error.kind;
    if (!guess || transport == ApiError::Kind::Tls || transport == ApiError::Kind::Network
        || transport == ApiError::Kind::Timeout) {
        Q_EMIT finished(*m_firstRound);
        return;
    }
    m_note = guess->note;
    startRound(guess->url);
}

ProbeResult PlatformProbe::found() const
{
    for (const ProbeResult &answer : m_answers) {
        if (answer.kind != PlatformKind::Unknown)
            return answer;
    }
    return {};
}

ProbeResult PlatformProbe::decide() const
{
    ProbeResult result;
    // Transport problems first: they say more than "not a known server".
    for (const ProbeResult &answer : m_answers) {
        const auto kind = answer.error.kind;
        if (kind == ApiError::Kind::Tls || kind == ApiError::Kind::Network
            || kind == ApiError::Kind::Timeout) {
            result.error = answer.error;
            return result;
        }
    }
    // An IVCAP gateway with a broken authinfo.yaml.
    if (m_answers[Ivcap].error.kind == ApiError::Kind::BadResponse) {
        result.error = m_answers[Ivcap].error;
        return result;
    }
    const QString host = m_serverUrl.toString(QUrl::RemoveUserInfo);
    if (m_sawHtml.contains(true)) {
        result.error = ApiError::make(
            ApiError::Kind::BadResponse,
            tr("%1 answered with web pages instead of API data. It does not look like a "
               "Contaxy, Project-W or IVCAP server; check the address (Contaxy's API may live "
               "under /api).")
                .arg(host));
        return result;
    }
    result.error = ApiError::make(ApiError::Kind::NotFound,
                                  tr("%1 is not a Contaxy, Project-W or IVCAP server (none of "
                                     "their discovery addresses answered). Check the address, "
                                     "or choose the platform yourself.")
                                      .arg(host));
    return result;
}

} // namespace wharf
