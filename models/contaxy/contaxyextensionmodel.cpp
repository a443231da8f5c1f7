#include "contaxy/contaxyextensionmodel.h"

#include "auth/accountsession.h"
#include "net/then.h"

#include <QIcon>
#include <QPointer>

namespace wharf {

namespace {
QString keyOf(const contaxy::Extension &e)
{
    return e.service.id;
}
} // namespace

ContaxyExtensionModel::ContaxyExtensionModel(auth::AccountSession *session,
                                             const QString &projectId,
                                             QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
{
    setSession(session);
    setLoader(ListLoader::whole(
        session->client(),
        [this] { return contaxy::listExtensionsRequest(m_project); },
        contaxy::parseExtensions,
        [this](const QList<contaxy::Extension> &list) { syncRows(m_rows, list, keyOf); },
        this));
}

int ContaxyExtensionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyExtensionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::Extension &e = m_rows.at(index.row());
    switch (role) {
    case models::IdRole:
        return e.service.id;
    case models::IconNameRole:
        return QStringLiteral("preferences-plugin");
    case Qt::DecorationRole:
        return index.column() == NameColumn
            ? QVariant(QIcon::fromTheme(QStringLiteral("preferences-plugin")))
            : QVariant();
    case Qt::ToolTipRole:
        return e.capabilities.isEmpty()
            ? e.service.description
            : tr("%1\nTakes over: %2")
                  .arg(e.service.description, e.capabilities.join(QStringLiteral(", ")));
    case Qt::DisplayRole:
    case models::SortRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case NameColumn:
        return e.service.displayName;
    case TypeColumn:
        return e.type == QLatin1String("user-extension") ? tr("User") : tr("Project");
    case StatusColumn:
        return e.service.status;
    case ImageColumn:
        return e.service.image;
    case UiColumn:
        return e.uiEndpoint.isEmpty() ? tr("none") : e.uiEndpoint;
    default:
        return QVariant();
    }
}

QStringList ContaxyExtensionModel::columnTitles() const
{
    return {tr("Name"), tr("Type"), tr("Status"), tr("Image"), tr("Web UI")};
}

QUrl ContaxyExtensionModel::uiUrl(int row) const
{
    return contaxy::extensionUiUrl(m_session->account().serverUrl, m_project, m_rows.at(row));
}

void ContaxyExtensionModel::install(const contaxy::ExtensionInput &input,
                                    QObject *context,
                                    InstallReply done)
{
    QPointer<QObject> guard(context);
    net::send(m_session->client(),
              contaxy::installExtensionRequest(m_project, input),
              this,
              [this, guard, done](const net::ApiResponse &reply) {
                  net::ApiError error = reply.error;
                  std::optional<contaxy::Extension> e;
                  if (!error)
                      e = contaxy::parseExtension(reply, &error);
                  if (e) {
                      Q_EMIT actionFinished(tr("%1 installed.").arg(e->service.displayName), true);
                      reload();
                  }
                  if (guard)
                      done(e.value_or(contaxy::Extension()), error);
              });
}

void ContaxyExtensionModel::suggest(const QString &image, QObject *context, SuggestReply done)
{
    net::send(m_session->client(),
              contaxy::suggestExtensionConfigRequest(m_project, image),
              context,
              [done](const net::ApiResponse &reply) {
                  net::ApiError error = reply.error;
                  std::optional<contaxy::ExtensionInput> in;
                  if (!error)
                      in = contaxy::parseSuggestedExtension(reply, &error);
                  done(in.value_or(contaxy::ExtensionInput()), error);
              });
}

void ContaxyExtensionModel::remove(const contaxy::Extension &extension)
{
    net::send(m_session->client(),
              contaxy::removeExtensionRequest(m_project, extension.service.id),
              this,
              [this, extension](const net::ApiResponse &reply) {
                  const QString name = extension.service.displayName;
                  if (reply.error) {
                      Q_EMIT actionFinished(
                          tr("%1 was not removed: %2").arg(name, reply.error.toString()), false);
                      return;
                  }
                  removeRowWithKey(m_rows, keyOf(extension), keyOf);
                  Q_EMIT actionFinished(tr("%1 removed.").arg(name), true);
              });
}

} // namespace wharf
