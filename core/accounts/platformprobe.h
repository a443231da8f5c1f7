#pragma once

#include "net/apierror.h"
#include "net/apirequest.h"
#include "platformkind.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace wharf::net {
class HttpClient;
struct ApiResponse;
} // namespace wharf::net

namespace wharf {

struct ProbeResult
{
    PlatformKind kind = PlatformKind::Unknown;
    QUrl apiRoot; // where the platform's API lives (Contaxy may sit under /api)
    QString version; // the server's version when it tells one
    QString note; // translated: how the address given was read (empty: as it was)
    net::ApiError error;
};

// The platform's public discovery request, also a cheap "is the server there?" check.
net::ApiRequest discoveryRequest(PlatformKind kind);

// Finds out which platform a server runs by asking each platform's public discovery route:
// Contaxy GET /system/info (at the root or under /api), Project-W GET /api/about,
// IVCAP GET /1/authinfo.yaml. All four run at once; the probe finishes when all have answered.
// When none answers and the address is one a platform's docs or web app show for something
// else (platformAddress: "https://host/api" for Project-W, ".../app/" for Contaxy, ".../1/..."
// for IVCAP), the probe asks again there and says so in ProbeResult::note.
class PlatformProbe : public QObject
{
    Q_OBJECT
public:
    explicit PlatformProbe(const QUrl &serverUrl, QObject *parent = nullptr);
    ~PlatformProbe() override;

    void setPinnedCertificateSha256(const QString &fingerprint);
    void start();

Q_SIGNALS:
    void finished(const wharf::ProbeResult &result);

private:
    enum Route { ContaxyRoot, ContaxyApi, ProjectW, Ivcap, RouteCount };
    void startRound(const QUrl &url);
    void onAnswer(Route route, const net::ApiResponse &response);
    ProbeResult decide() const;
    ProbeResult found() const;

    QUrl m_serverUrl; // the address being asked now
    QString m_pin;
    net::HttpClient *m_client = nullptr;
    std::optional<ProbeResult> m_firstRound; // what the address as given answered
    QString m_note;
    QList<ProbeResult> m_answers; // one per Route, filled as they arrive
    QList<bool> m_sawHtml;
    int m_pending = 0;
};

} // namespace wharf

Q_DECLARE_METATYPE(wharf::ProbeResult)
