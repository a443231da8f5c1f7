#include "contaxy/contaxydeploymentmodel.h"

#include "auth/accountsession.h"
#include "net/then.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPointer>

#include <memory>

namespace wharf {

namespace {

using contaxy::Deployment;

QString keyOf(const Deployment &d)
{
    return contaxy::kindPath(d.kind) + QLatin1Char('/') + d.id;
}

QString statusIcon(const QString &status)
{
    if (status == QLatin1String("running"))
        return QStringLiteral("media-playback-start");
    if (status == QLatin1String("succeeded"))
        return QStringLiteral("dialog-ok-apply");
    if (status == QLatin1String("failed"))
        return QStringLiteral("dialog-error");
    if (status == QLatin1String("pending") || status == QLatin1String("terminating"))
        return QStringLiteral("view-refresh");
    return QStringLiteral("media-playback-stop");
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return QCoreApplication::translate("ContaxyDeploymentModel", "Starting");
    if (status == QLatin1String("running"))
        return QCoreApplication::translate("ContaxyDeploymentModel", "Running");
    if (status == QLatin1String("succeeded"))
        return QCoreApplication::translate("ContaxyDeploymentModel", "Succeeded");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("ContaxyDeploymentModel", "Failed");
    if (status == QLatin1String("terminating"))
        return QCoreApplication::translate("ContaxyDeploymentModel", "Stopping");
    if (status == QLatin1String("stopped"))
        return QCoreApplication::translate("ContaxyDeploymentModel", "Stopped");
    if (status == QLatin1String("unknown"))
        return QCoreApplication::translate("ContaxyDeploymentModel", "Unknown");
    return status;
}

// "2 CPUs · 4 GB · 1 GPU": the limits the deployment asked for, where it set any.
QString computeText(const Deployment &d)
{
    QStringList parts;
    if (d.maxCpus > 0)
        parts << QCoreApplication::translate("ContaxyDeploymentModel", "%1 CPUs")
                     .arg(QLocale().toString(d.maxCpus));
    if (d.maxMemoryMb > 0)
        parts << QLocale().formattedDataSize(
            qint64(d.maxMemoryMb) * 1000 * 1000, 1, QLocale::DataSizeSIFormat);
    if (d.maxGpus > 0)
        parts << QCoreApplication::translate(
            "ContaxyDeploymentModel", "%n GPU(s)", nullptr, d.maxGpus);
    return parts.join(QStringLiteral(" · "));
}

QString ageText(const QDateTime &since)
{
    if (!since.isValid())
        return QString();
    const qint64 s = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    // The units are worked out before any translate call: lupdate 6.4 hangs on a function
    // whose translate arguments hold more than one division.
    const int days = int(s / 86400), hours = int(s / 3600), minutes = int(s / 60);
    if (days > 0)
        return QCoreApplication::translate("ContaxyDeploymentModel", "%n day(s)", nullptr, days);
    if (hours > 0)
        return QCoreApplication::translate("ContaxyDeploymentModel", "%n hour(s)", nullptr, hours);
    if (minutes > 0)
        return QCoreApplication::translate(
            "ContaxyDeploymentModel", "%n minute(s)", nullptr, minutes);
    return QCoreApplication::translate("ContaxyDeploymentModel", "%n second(s)", nullptr, int(s));
}

} // namespace

ContaxyDeploymentModel::ContaxyDeploymentModel(auth::AccountSession *session,
                                               const QString &projectId,
                                               QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
{
    setSession(session);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(3000);
    connect(&m_refresh, &QTimer::timeout, this, &ContaxyDeploymentModel::reload);
    // Services and jobs are two lists upstream; the page shows them as one.
    setLoader(new ListLoader(
        [this](const QString &, QObject *context, const ListLoader::Done &done) {
            struct Both
            {
                QList<Deployment> rows;
                net::ApiError error;
                QByteArray raw;
                int pending = 2;
            };
            auto both = std::make_shared<Both>();
            for (const Deployment::Kind kind : {Deployment::Kind::Service, Deployment::Kind::Job}) {
                net::send(m_session->client(),
                          contaxy::listDeploymentsRequest(m_project, kind),
                          context,
                          [this, both, kind, done](const net::ApiResponse &reply) {
                              net::ApiError error = reply.error;
                              if (!error) {
                                  if (auto list = contaxy::parseDeployments(reply, kind, &error))
                                      both->rows += *list;
                              }
                              if (error && !both->error)
                                  both->error = error;
                              both->raw += reply.body;
                              if (--both->pending > 0)
                                  return;
                              done({both->error, both->raw, {QString(), [this, rows = both->rows] {
                                                                 apply(rows);
                                                             }}});
                          });
            }
        },
        this));
}

void ContaxyDeploymentModel::apply(QList<Deployment> rows)
{
    syncRows(m_rows, std::move(rows), keyOf);
    const bool settling = std::any_of(
        m_rows.cbegin(), m_rows.cend(), [](const Deployment &d) { return d.isStarting(); });
    if (settling)
        m_refresh.start();
    else
        m_refresh.stop();
}

int ContaxyDeploymentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyDeploymentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Deployment &d = m_rows.at(index.row());
    const bool sort = role == models::SortRole;
    switch (role) {
    case models::IdRole:
        return keyOf(d);
    case StatusRole:
        return d.status;
    case KindRole:
        return int(d.kind);
    case models::IconNameRole:
        return statusIcon(d.status);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(QIcon::fromTheme(statusIcon(d.status)))
                                            : QVariant();
    case Qt::ToolTipRole:
        return d.description.isEmpty() ? d.id : tr("%1\n%2").arg(d.id, d.description);
    case Qt::DisplayRole:
    case models::SortRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case NameColumn:
        return d.displayName;
    case KindColumn:
        return d.kind == Deployment::Kind::Service ? tr("Service") : tr("Job");
    case StatusColumn:
        return statusText(d.status);
    case ImageColumn:
        return d.image;
    case ComputeColumn:
        return sort ? QVariant(d.maxCpus) : QVariant(computeText(d));
    case AgeColumn: {
        const QDateTime since = d.startedAt.isValid() ? d.startedAt : d.createdAt;
        return sort ? QVariant(since) : QVariant(ageText(since));
    }
    default:
        return QVariant();
    }
}

QStringList ContaxyDeploymentModel::columnTitles() const
{
    return {tr("Name"), tr("Kind"), tr("Status"), tr("Image"), tr("Compute"), tr("Age")};
}

void ContaxyDeploymentModel::remove(const Deployment &deployment)
{
    net::send(m_session->client(),
              contaxy::deleteDeploymentRequest(m_project, deployment),
              this,
              [this, deployment](const net::ApiResponse &reply) {
                  if (reply.error) {
                      Q_EMIT actionFinished(
                          tr("%1 not deleted: %2").arg(deployment.displayName, reply.error.message),
                          false);
                      return;
                  }
                  removeRowWithKey(m_rows, keyOf(deployment), keyOf);
                  Q_EMIT actionFinished(tr("%1 deleted.").arg(deployment.displayName), true);
              });
}

} // namespace wharf

namespace wharf {

QString ContaxyDeploymentModel::idOf(const Deployment &deployment)
{
    return keyOf(deployment);
}

void ContaxyDeploymentModel::deploy(const contaxy::DeploymentInput &input,
                                    QObject *context,
                                    DeployReply done)
{
    QPointer<QObject> guard(context);
    net::send(m_session->client(),
              contaxy::deployRequest(m_project, input),
              this,
              [this, guard, done, kind = input.kind](const net::ApiResponse &reply) {
                  net::ApiError error = reply.error;
                  std::optional<Deployment> d;
                  if (!error)
                      d = contaxy::parseDeployment(reply, kind, &error);
                  if (d) {
                      Q_EMIT actionFinished(tr("%1 deployed.").arg(d->displayName), true);
                      Q_EMIT deployed(keyOf(*d));
                      reload();
                  }
                  if (guard)
                      done(d.value_or(Deployment()), error);
              });
}

void ContaxyDeploymentModel::suggest(Deployment::Kind kind,
                                     const QString &image,
                                     QObject *context,
                                     SuggestReply done)
{
    net::send(m_session->client(),
              contaxy::suggestConfigRequest(m_project, kind, image),
              context,
              [kind, done](const net::ApiResponse &reply) {
                  net::ApiError error = reply.error;
                  std::optional<contaxy::DeploymentInput> in;
                  if (!error)
                      in = contaxy::parseSuggestedConfig(reply, kind, &error);
                  done(in.value_or(contaxy::DeploymentInput()), error);
              });
}

void ContaxyDeploymentModel::loadActions(const Deployment &deployment)
{
    const QUrl server = m_session->account().serverUrl;
    net::send(m_session->client(),
              contaxy::actionsRequest(m_project, deployment),
              this,
              [this, server, id = keyOf(deployment)](const net::ApiResponse &reply) {
                  net::ApiError error = reply.error;
                  std::optional<QList<contaxy::DeploymentAction>> actions;
                  if (!error)
                      actions = contaxy::parseActions(reply, server, &error);
                  Q_EMIT actionsLoaded(
                      id, actions.value_or(QList<contaxy::DeploymentAction>()), error);
              });
}

void ContaxyDeploymentModel::runAction(const Deployment &deployment,
                                       const contaxy::DeploymentAction &action)
{
    net::send(m_session->client(),
              contaxy::runActionRequest(m_project, deployment, action.id),
              this,
              [this, deployment, action](const net::ApiResponse &reply) {
                  if (reply.error) {
                      Q_EMIT actionFinished(
                          tr("%1 on %2 failed: %3")
                              .arg(action.displayName, deployment.displayName, reply.error.message),
                          false);
                      return;
                  }
                  const QString said = contaxy::actionResult(reply);
                  Q_EMIT actionFinished(
                      said.isEmpty()
                          ? tr("%1 on %2 done.").arg(action.displayName, deployment.displayName)
                          : tr("%1: %2").arg(deployment.displayName, said),
                      true);
                  reload();
              });
}

} // namespace wharf
