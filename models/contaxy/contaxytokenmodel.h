#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/tokens.h"

#include <QPointer>

#include <functional>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The stored API tokens of the signed-in user, or of one project (whose tokens have the
// project as subject), loaded whole (contaxy.md §3.3). The server hands out the secret values
// with the list; the model keeps them out of every text role and gives them only through
// TokenRole, for when the user asks. Creating and revoking are methods; revoked rows go
// when the server confirms.
class ContaxyTokenModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column {
        DescriptionColumn,
        TypeColumn,
        PurposeColumn,
        ScopesColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        TokenRole = models::FirstModelRole, // the secret value
        ScopesRole, // QStringList
        IsCurrentRole, // the token this account is signed in with
    };
    using TokenReply = std::function<void(const QString &token, const net::ApiError &error)>;

    // projectId "": the user's own tokens.
    ContaxyTokenModel(auth::AccountSession *session, const QString &projectId, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString project() const { return m_project; }
    const contaxy::ApiToken &token(int row) const { return m_rows.at(row); }
    int rowOfToken(const QString &value) const;
    bool isCurrent(const QString &value) const;

    // A new token of the user's; `reply` gets its value once (context gone: no reply). A
    // stored API token also appears in the list; a session token is never stored.
    void create(const contaxy::TokenRequest &request, QObject *context, TokenReply reply);
    // The project's API token at `level` (the server re-uses an existing one).
    void createProjectToken(const QString &level, QObject *context, TokenReply reply);
    // Revokes the token; its row goes when the server confirms. Ends with actionFinished,
    // whose text says that the server may accept the token for a few minutes more.
    void revoke(const QString &value);

protected:
    QStringList columnTitles() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    void created(const net::ApiResponse &response,
                 bool listed,
                 QPointer<QObject> asker,
                 const TokenReply &reply);

    auth::AccountSession *m_session;
    QString m_project;
    QList<contaxy::ApiToken> m_rows;
};

} // namespace wharf
