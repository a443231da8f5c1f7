#include "contaxy/contaxyusermodel.h"

#include "auth/accountsession.h"
#include "net/then.h"

#include <QIcon>
#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace wharf {

namespace {
QString idOf(const contaxy::User &user)
{
    return user.id;
}

bool byName(const contaxy::User &a, const contaxy::User &b)
{
    return QString::localeAwareCompare(a.username, b.username) < 0;
}

QString nameOf(const contaxy::User &user)
{
    return user.username.isEmpty() ? user.id : user.username;
}
} // namespace

ContaxyUserModel::ContaxyUserModel(auth::AccountSession *session, QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
{
    setSession(session);
    setLoader(new ListLoader(
        session->client(),
        [](const QString &) { return contaxy::listUsersRequest(); },
        [this](const QString &, const net::ApiResponse &reply, net::ApiError *error) {
            auto users = contaxy::parseUsers(reply, error);
            if (!users)
                return std::optional<ListLoader::Rows>();
            return std::optional<ListLoader::Rows>(
                {QString(), [this, users = std::move(*users)] {
                     m_adminView = std::any_of(users.cbegin(),
                                               users.cend(),
                                               [](const contaxy::User &u) { return u.full; });
                     syncRows(m_rows, users, idOf, byName);
                 }});
        },
        this));
}

int ContaxyUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContaxyUserModel::flagsText(const contaxy::User &user)
{
    QStringList texts;
    for (const QString &flag : contaxy::userFlags(user)) {
        if (flag == QLatin1String("technical"))
            texts << tr("technical");
        else if (flag == QLatin1String("disabled"))
            texts << tr("disabled");
        else if (flag == QLatin1String("sso-only"))
            texts << tr("single sign-on only");
        else
            texts << flag;
    }
    return texts.join(QStringLiteral(", "));
}

QVariant ContaxyUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::User &u = m_rows.at(index.row());
    switch (role) {
    case models::IdRole:
        return u.id;
    case TechnicalRole:
        return u.technical;
    case DisabledRole:
        return u.disabled;
    case models::IconNameRole:
        return QStringLiteral("user-identity");
    case Qt::DecorationRole:
        return index.column() == UserColumn
            ? QVariant(QIcon::fromTheme(QStringLiteral("user-identity")))
            : QVariant();
    case Qt::ToolTipRole:
        return u.lastActivity.isValid()
            ? tr("Last active: %1")
                  .arg(QLocale().toString(u.lastActivity.toLocalTime(), QLocale::ShortFormat))
            : QVariant();
    case Qt::DisplayRole:
    case models::SortRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case UserColumn:
        return u.username;
    case EmailColumn:
        return u.email;
    case IdColumn:
        return u.id;
    case CreatedColumn:
        if (role == models::SortRole)
            return u.createdAt;
        return u.createdAt.isValid()
            ? QLocale().toString(u.createdAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case FlagsColumn:
        return flagsText(u);
    default:
        return QVariant();
    }
}

QStringList ContaxyUserModel::columnTitles() const
{
    return {tr("User"), tr("E-mail"), tr("ID"), tr("Created"), tr("Flags")};
}

void ContaxyUserModel::create(const contaxy::NewUser &user,
                              QObject *context,
                              contaxy::UserReply reply)
{
    const QString name = user.username.trimmed();
    QPointer<QObject> asker(context);
    contaxy::createUser(
        m_session->client(),
        contaxy::createUserRequest(user),
        this,
        [this, name, asker, reply](const contaxy::User &created, const net::ApiError &error) {
            if (error) {
                Q_EMIT actionFinished(
                    tr("%1 was not created: %2").arg(name, contaxy::userChangeFailure(error)),
                    false);
            } else {
                if (rowOfUser(created.id) < 0)
                    insertSorted(m_rows, created, byName);
                Q_EMIT actionFinished(tr("Created the user %1.").arg(nameOf(created)), true);
            }
            if (asker)
                reply(created, error);
        });
}

void ContaxyUserModel::remove(const QString &userId)
{
    const int row = rowOfUser(userId);
    const QString name = row >= 0 ? nameOf(m_rows.at(row)) : userId;
    net::send(m_session->client(),
              contaxy::deleteUserRequest(userId),
              this,
              [this, userId, name](const net::ApiResponse &response) {
                  if (response.error) {
                      Q_EMIT actionFinished(
                          tr("%1 was not deleted: %2")
                              .arg(name, contaxy::userChangeFailure(response.error)),
                          false);
                      return;
                  }
                  removeRowWithKey(m_rows, userId, idOf);
                  Q_EMIT actionFinished(tr("Deleted the user %1.").arg(name), true);
              });
}

} // namespace wharf
