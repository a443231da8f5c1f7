#pragma once

#include "shell/appcontext.h"

#include <QObject>

namespace wharf {
class SettingsBinder;
class TransferModel;
namespace transfer {
class TransferQueue;
}

// Connects the transfer queue to the rest of the app: each account's token, certificate pin
// and the proxy for every request; rotated tokens in transfer replies back to the session;
// desktop notifications when transfers finish or fail.
class TransferWiring : public QObject
{
    Q_OBJECT
public:
    TransferWiring(const ui::AppContext &context,
                   SettingsBinder *binder,
                   const QString &stateDir,
                   QObject *parent = nullptr);

    transfer::TransferQueue *queue() const { return m_queue; }
    TransferModel *model() const { return m_model; }
    void setNotifier(notify::Notifier *notifier) { m_context.notifier = notifier; }

private:
    void onFinished(const QString &transferId);

    ui::AppContext m_context;
    SettingsBinder *m_binder;
    transfer::TransferQueue *m_queue;
    TransferModel *m_model;
};

} // namespace wharf
