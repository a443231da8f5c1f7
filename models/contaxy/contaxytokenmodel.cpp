#include "contaxy/contaxytokenmodel.h"

#include "auth/accountsession.h"
#include "net/then.h"

#include <QCryptographicHash>
#include <QIcon>
#include <QLocale>
#include <QPointer>

namespace wharf {

namespace {
QString valueOf(const contaxy::ApiToken &token)
{
    return token.token;
}

// A row's id that can be shown and compared without exposing the secret.
QString fingerprint(const QString &value)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}
} // namespace

ContaxyTokenModel::ContaxyTokenModel(auth::AccountSession *session,
                                     const QString &projectId,
                                     QObject *parent)
    : ResourceListModel(parent)
    , m_session(session)
    , m_project(projectId)
{
    setSession(session);
    setLoader(ListLoader::whole(
        session->client(),
        [this] {
            return contaxy::listTokensRequest(
                m_project.isEmpty() ? QString() : contaxy::projectSubject(m_project));
        },
        contaxy::parseTokens,
        [this](const QList<contaxy::ApiToken> &tokens) { syncRows(m_rows, tokens, valueOf); },
        this));
}

int ContaxyTokenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContaxyTokenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const contaxy::ApiToken &t = m_rows.at(index.row());
    const bool current = isCurrent(t.token);
    switch (role) {
    case TokenRole:
        return t.token;
    case ScopesRole:
        return t.scopes;
    case IsCurrentRole:
        return current;
    case models::IdRole:
        return fingerprint(t.token);
    case Qt::ToolTipRole:
        return current ? tr("Wharf is signed in to this account with this token.")
                       : t.scopes.join(QLatin1Char('\n'));
    case models::IconNameRole:
        return QStringLiteral("dialog-password");
    case Qt::DecorationRole:
        return index.column() == DescriptionColumn
            ? QVariant(QIcon::fromTheme(QStringLiteral("dialog-password")))
            : QVariant();
    case Qt::DisplayRole:
    case models::SortRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case DescriptionColumn: {
        const QString text = t.description.isEmpty() ? tr("(no description)") : t.description;
        return current && role == Qt::DisplayRole ? tr("%1 (this sign-in)").arg(text) : text;
    }
    case TypeColumn:
        return t.type == QLatin1String("session-token") ? tr("Session") : tr("API");
    case PurposeColumn:
        return t.purpose;
    case ScopesColumn:
        return t.scopes.join(QStringLiteral(", "));
    case CreatedColumn:
        return role == models::SortRole
            ? QVariant(t.createdAt)
            : QVariant(QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return QVariant();
    }
}

QStringList ContaxyTokenModel::columnTitles() const
{
    return {tr("Description"), tr("Type"), tr("Purpose"), tr("Scopes"), tr("Created")};
}

int ContaxyTokenModel::rowOfToken(const QString &value) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).token == value)
            return int(row);
    }
    return -1;
}

bool ContaxyTokenModel::isCurrent(const QString &value) const
{
    return !value.isEmpty() && value == m_session->client()->bearerToken();
}

void ContaxyTokenModel::create(const contaxy::TokenRequest &request,
                               QObject *context,
                               TokenReply reply)
{
    // The reply is for the dialog (which may be closed by then); the list is the model's.
    auto *call = m_session->client()->send(contaxy::createTokenRequest(request), this);
    // A user's new API token joins this list; a session token is not stored anywhere.
    const bool listed = m_project.isEmpty() && !request.session;
    QPointer<QObject> asker(context);
    net::then(call, this, [this, listed, asker, reply](const net::ApiResponse &response) {
        created(response, listed, asker, reply);
    });
}

void ContaxyTokenModel::createProjectToken(const QString &level, QObject *context, TokenReply reply)
{
    auto *call = m_session->client()->send(contaxy::projectTokenRequest(m_project, level), this);
    QPointer<QObject> asker(context);
    net::then(call, this, [this, asker, reply](const net::ApiResponse &response) {
        created(response, !m_project.isEmpty(), asker, reply);
    });
}

void ContaxyTokenModel::created(const net::ApiResponse &response,
                                bool listed,
                                QPointer<QObject> asker,
                                const TokenReply &reply)
{
    net::ApiError error = response.error;
    const auto token = error ? std::nullopt : contaxy::parseNewToken(response, &error);
    // The answer is the bare value; the stored row with its details comes with the list.
    if (token && listed)
        reload();
    if (asker)
        reply(token.value_or(QString()), error);
}

void ContaxyTokenModel::revoke(const QString &value)
{
    const int row = rowOfToken(value);
    const QString name = row >= 0 && !m_rows.at(row).description.isEmpty()
        ? m_rows.at(row).description
        : tr("the token");
    net::send(
        m_session->client(),
        contaxy::revokeTokenRequest(value),
        this,
        [this, value, name](const net::ApiResponse &response) {
            if (response.error) {
                Q_EMIT actionFinished(
                    tr("%1 was not revoked: %2").arg(name, contaxy::revokeFailure(response.error)),
                    false);
                return;
            }
            removeRowWithKey(m_rows, value, valueOf);
            Q_EMIT actionFinished(
                tr("Revoked %1. The server may still accept it for up to %n minute(s).",
                   nullptr,
                   contaxy::kRevokeCacheMinutes)
                    .arg(name),
                true);
        });
}

} // namespace wharf
