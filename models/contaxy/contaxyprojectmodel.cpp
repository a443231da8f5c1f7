#include "contaxy/contaxyprojectmodel.h"

#include "auth/accountsession.h"
#include "contaxy/projectlisting.h"
#include "net/then.h"

#include <algorithm>

namespace wharf {

namespace {
QString idOf(const contaxy::Project &project)
{
    return project.id;
}
} // namespace

ContaxyProjectModel::ContaxyProjectModel(auth::AccountSession *session, QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
{
    setSession(session);
    setLoader(new ListLoader(
        [this](const QString &, QObject *context, const ListLoader::Done &done) {
            contaxy::fetchProjects(
                m_session->client(),
                m_homeId,
                context,
                [this, done](const contaxy::ProjectList &list, const net::ApiError &error) {
                    done({error,
                          list.raw,
                          {QString(), [this, list] {
                               m_homeId = list.homeId;
                               syncRows(m_rows, list.projects, idOf, [this](auto &a, auto &b) {
                                   return less(a, b);
                               });
                           }}});
                });
        },
        this));
    // Another user signs in on this account: other projects, another home project.
    connect(session, &auth::AccountSession::signedIn, this, [this] {
        m_homeId.clear();
        reload();
    });
}

int ContaxyProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ContaxyProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::Project &p = m_rows.at(index.row());
    const bool home = p.id == m_homeId;
    switch (role) {
    case Qt::DisplayRole:
        return home ? tr("%1 (home)").arg(p.displayName) : p.displayName;
    case Qt::ToolTipRole:
        return p.description.isEmpty() ? p.id : tr("%1\n%2").arg(p.id, p.description);
    case models::IdRole:
        return p.id;
    case models::SortRole:
        return p.displayName;
    case DescriptionRole:
        return p.description;
    case IsHomeRole:
        return home;
    case models::IconNameRole:
        return home ? QStringLiteral("go-home") : QStringLiteral("folder");
    default:
        return QVariant();
    }
}

int ContaxyProjectModel::rowOf(const QString &projectId) const
{
    return rowOfId(projectId);
}

bool ContaxyProjectModel::less(const contaxy::Project &a, const contaxy::Project &b) const
{
    return contaxy::projectOrder(a, b, m_homeId);
}

void ContaxyProjectModel::suggestId(const QString &displayName, QObject *context, IdReply reply)
{
    net::send(m_session->client(),
              contaxy::suggestProjectIdRequest(displayName),
              context,
              [reply](const net::ApiResponse &response) {
                  net::ApiError error = response.error;
                  const auto value = error ? std::nullopt : response.json(&error);
                  if (value && !value->isString())
                      error = response.unexpected(tr("expected the suggested ID as a string"));
                  reply(error ? QString() : value->toString(), error);
              });
}

void ContaxyProjectModel::create(const contaxy::Project &project, QObject *context, IdReply reply)
{
    // The reply is for the dialog (which may be closed by then); the row is the model's.
    auto *call = m_session->client()->send(contaxy::createProjectRequest(project), this);
    QPointer<QObject> asker(context);
    net::then(call, this, [this, asker, reply](const net::ApiResponse &response) {
        net::ApiError error = response.error;
        const auto created = error ? std::nullopt : contaxy::parseProject(response, &error);
        if (created && rowOf(created->id) < 0)
            insertSorted(
                m_rows, *created, [this](const auto &a, const auto &b) { return less(a, b); });
        if (asker)
            reply(created ? created->id : QString(), error);
    });
}

void ContaxyProjectModel::update(const QString &projectId,
                                 const QString &displayName,
                                 const QString &description,
                                 QObject *context,
                                 IdReply reply)
{
    auto *call = m_session->client()->send(
        contaxy::updateProjectRequest(projectId, displayName, description), this);
    QPointer<QObject> asker(context);
    net::then(call, this, [this, projectId, asker, reply](const net::ApiResponse &response) {
        net::ApiError error = response.error;
        const auto updated = error ? std::nullopt : contaxy::parseProject(response, &error);
        const int row = rowOf(projectId);
        if (updated && row >= 0)
            replaceRow(row, *updated);
        if (error)
            Q_EMIT actionFinished(
                tr("Project %1 was not changed: %2").arg(projectId, error.toString()), false);
        else
            Q_EMIT actionFinished(tr("Project %1 saved.").arg(projectId), true);
        if (asker)
            reply(updated ? updated->id : QString(), error);
    });
}

void ContaxyProjectModel::replaceRow(int row, const contaxy::Project &project)
{
    m_rows[row] = project;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    // Where the new name sorts among the others; a move keeps the tree's node and its pages.
    QList<contaxy::Project> others = m_rows;
    others.removeAt(row);
    const auto lessThan = [this](const auto &a, const auto &b) { return less(a, b); };
    const int at = int(std::upper_bound(others.cbegin(), others.cend(), project, lessThan)
                       - others.cbegin());
    if (at == row)
        return;
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), at > row ? at + 1 : at);
    m_rows.move(row, at);
    endMoveRows();
}

void ContaxyProjectModel::remove(const QString &projectId)
{
    net::send(
        m_session->client(),
        contaxy::deleteProjectRequest(projectId),
        this,
        [this, projectId](const net::ApiResponse &response) {
            if (response.error) {
                Q_EMIT actionFinished(
                    tr("Project %1 was not deleted: %2").arg(projectId, response.error.toString()),
                    false);
                return;
            }
            removeRowWithKey(m_rows, projectId, idOf);
            Q_EMIT actionFinished(tr("Project %1 deleted.").arg(projectId), true);
        });
}

} // namespace wharf
