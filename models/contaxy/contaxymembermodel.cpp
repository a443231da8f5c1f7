#include "contaxy/contaxymembermodel.h"

#include "auth/accountsession.h"
#include "contaxy/tokens.h"
#include "net/then.h"

#include <QIcon>

namespace wharf {

namespace {
QString idOf(const contaxy::Member &member)
{
    return member.user.id;
}

bool byName(const contaxy::Member &a, const contaxy::Member &b)
{
    return QString::localeAwareCompare(a.user.username, b.user.username) < 0;
}
} // namespace

ContaxyMemberModel::ContaxyMemberModel(auth::AccountSession *session,
                                       const QString &projectId,
                                       QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
{
    setSession(session);
    setLoader(ListLoader::whole(
        session->client(),
        [this] { return contaxy::listMembersRequest(m_project); },
        contaxy::parseMembers,
        [this](const QList<contaxy::Member> &members) { syncRows(m_rows, members, idOf, byName); },
        this));
}

int ContaxyMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContaxyMemberModel::levelName(const QString &level)
{
    if (level == QLatin1String("read"))
        return tr("Read");
    if (level == QLatin1String("write"))
        return tr("Write");
    if (level == QLatin1String("admin"))
        return tr("Admin");
    return level;
}

QVariant ContaxyMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::Member &m = m_rows.at(index.row());
    switch (role) {
    case models::IdRole:
        return m.user.id;
    case LevelRole:
        return m.level;
    case models::IconNameRole:
        return QStringLiteral("user-identity");
    case Qt::DecorationRole:
        return index.column() == UserColumn
            ? QVariant(QIcon::fromTheme(QStringLiteral("user-identity")))
            : QVariant();
    case Qt::ToolTipRole:
        return tr("User ID: %1").arg(m.user.id);
    case models::SortRole:
        if (index.column() == LevelColumn) // by strength, not by name
            return int(contaxy::accessLevels().indexOf(m.level));
        break;
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case UserColumn:
        return m.user.username;
    case EmailColumn:
        return m.user.email;
    case LevelColumn:
        return levelName(m.level);
    default:
        return QVariant();
    }
}

QStringList ContaxyMemberModel::columnTitles() const
{
    return {tr("User"), tr("E-mail"), tr("Access Level")};
}

void ContaxyMemberModel::fetchUsers(QObject *context, UsersReply reply)
{
    net::send(m_session->client(),
              contaxy::listUsersRequest(),
              context,
              [reply](const net::ApiResponse &response) {
                  net::ApiError error = response.error;
                  const auto users = error ? std::nullopt : contaxy::parseUsers(response, &error);
                  reply(users.value_or(QList<contaxy::User>()), error);
              });
}

void ContaxyMemberModel::add(const contaxy::User &user, const QString &level)
{
    const QString name = user.username.isEmpty() ? user.id : user.username;
    net::send(m_session->client(),
              contaxy::addMemberRequest(m_project, user.id, level),
              this,
              [this, name, level](const net::ApiResponse &response) {
                  if (response.error) {
                      failed(tr("%1 was not added").arg(name), response.error);
                      return;
                  }
                  refreshThen(tr("Added %1 with %2 access.").arg(name, levelName(level)));
              });
}

void ContaxyMemberModel::setLevel(const QString &userId, const QString &level)
{
    const int row = rowOfUser(userId);
    const QString name = row >= 0 ? m_rows.at(row).user.username : userId;
    net::send(m_session->client(),
              contaxy::removeMemberRequest(m_project, userId),
              this,
              [this, userId, name, level](const net::ApiResponse &removed) {
                  if (removed.error) {
                      failed(tr("The access level of %1 was not changed").arg(name), removed.error);
                      return;
                  }
                  net::send(m_session->client(),
                            contaxy::addMemberRequest(m_project, userId, level),
                            this,
                            [this, name, level](const net::ApiResponse &added) {
                                if (added.error) {
                                    // Removed but not added again: the refetched list shows it.
                                    failed(tr("%1 was removed but not added again").arg(name),
                                           added.error);
                                    reload();
                                    return;
                                }
                                refreshThen(
                                    tr("%1 now has %2 access.").arg(name, levelName(level)));
                            });
              });
}

void ContaxyMemberModel::remove(const QString &userId)
{
    const int row = rowOfUser(userId);
    const QString name = row >= 0 ? m_rows.at(row).user.username : userId;
    net::send(m_session->client(),
              contaxy::removeMemberRequest(m_project, userId),
              this,
              [this, name](const net::ApiResponse &response) {
                  if (response.error) {
                      failed(tr("%1 was not removed").arg(name), response.error);
                      return;
                  }
                  refreshThen(tr("Removed %1 from the project.").arg(name));
              });
}

void ContaxyMemberModel::refreshThen(const QString &outcome)
{
    net::send(m_session->client(),
              contaxy::listMembersRequest(m_project),
              this,
              [this, outcome](const net::ApiResponse &response) {
                  net::ApiError error = response.error;
                  const auto members
                      = error ? std::nullopt : contaxy::parseMembers(response, &error);
                  if (members)
                      syncRows(m_rows, *members, idOf, byName);
                  else
                      reload(); // the change was made; the list says how it stands
                  Q_EMIT actionFinished(outcome, true);
              });
}

void ContaxyMemberModel::failed(const QString &what, const net::ApiError &error)
{
    Q_EMIT actionFinished(tr("%1: %2").arg(what, contaxy::memberChangeFailure(error)), false);
}

bool ContaxyMemberModel::isOnlyAdmin(const QString &userId) const
{
    int admins = 0;
    bool isAdmin = false;
    for (const contaxy::Member &m : m_rows) {
        if (m.level != QLatin1String("admin"))
            continue;
        ++admins;
        isAdmin = isAdmin || m.user.id == userId;
    }
    return isAdmin && admins == 1;
}

} // namespace wharf
