#include "transferwiring.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "common/transfermodel.h"
#include "net/httpclient.h"
#include "notify/notifier.h"
#include "settings/appsettings.h"
#include "settingsbinder.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QNetworkCookie>

namespace wharf {

TransferWiring::TransferWiring(const ui::AppContext &context,
                               SettingsBinder *binder,
                               const QString &stateDir,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_binder(binder)
{
    // Asked again for every request: rotated tokens and a changed proxy apply at once and
    // nothing secret is kept in the queue's file.
    auto provider = [this](const QString &accountId) {
        transfer::ConnectionSettings settings;
        if (auth::AccountSession *session = m_context.sessions->session(accountId)) {
            settings.bearerToken = session->client()->bearerToken();
            settings.pinnedCertificateSha256 = session->account().pinnedCertificateSha256;
        }
        if (m_context.settings)
            settings.proxy = m_context.settings->proxy().toQNetworkProxy(m_binder->proxyPassword());
        return settings;
    };
    m_queue = new transfer::TransferQueue(stateDir, provider, this);
    m_model = new TransferModel(this);
    m_model->setQueue(m_queue);
    m_model->setAccountNameResolver([this](const QString &accountId) {
        const auto account = m_context.accounts->findById(accountId);
        return account ? account->displayName : tr("Removed account");
    });
    connect(m_queue,
            &transfer::TransferQueue::responseHeadersReceived,
            this,
            [this](const QString &accountId, const transfer::HeaderList &headers, int) {
                auth::AccountSession *session = m_context.sessions->session(accountId);
                if (!session)
                    return;
                QList<QNetworkCookie> cookies;
                for (const auto &[name, value] : headers) {
                    if (name.compare("set-cookie", Qt::CaseInsensitive) == 0)
                        cookies += QNetworkCookie::parseCookies(value);
                }
                if (!cookies.isEmpty())
                    session->acceptCookies(cookies);
            });
    connect(m_queue,
            &transfer::TransferQueue::transferFinished,
            this,
            [this](transfer::Transfer *t) { onFinished(t->id()); });
    m_queue->restore();
}

void TransferWiring::onFinished(const QString &transferId)
{
    const transfer::Transfer *t = m_queue->find(transferId);
    if (!t || !m_context.notifier)
        return;
    const bool upload = t->spec().kind != transfer::TransferSpec::Kind::Download;
    notify::Notification note;
    note.context = transferId;
    note.actionId = QStringLiteral("open");
    note.actionLabel = tr("Show");
    if (t->state() == transfer::Transfer::State::Completed) {
        note.kind = notify::Notification::Kind::Success;
        note.title = upload ? tr("Upload finished") : tr("Download finished");
        note.body = t->spec().displayName();
    } else if (t->state() == transfer::Transfer::State::Failed) {
        note.kind = notify::Notification::Kind::Failure;
        note.title = upload ? tr("Upload failed") : tr("Download failed");
        note.body = t->spec().displayName() + QStringLiteral(": ") + t->error().message;
    } else {
        return; // cancelled by the user: nothing to tell
    }
    m_context.notifier->notify(note);
}

} // namespace wharf
