#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/users.h"

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// Every user of a Contaxy server, loaded whole (contaxy.md §4), for administrators: creating
// and deleting are methods that update the rows when the server confirms. Only a system
// admin's token gets whole user records; for anyone else the server sends names and e-mail
// addresses only, which isAdminView() tells.
class ContaxyUserModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, EmailColumn, IdColumn, CreatedColumn, FlagsColumn, ColumnCount };
    enum Role {
        TechnicalRole = models::FirstModelRole, // bool
        DisabledRole, // bool
    };

    ContaxyUserModel(auth::AccountSession *session, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const contaxy::User &user(int row) const { return m_rows.at(row); }
    int rowOfUser(const QString &userId) const { return rowOfId(userId); }
    // The last list came with the admin-only fields (created, technical, ...).
    bool isAdminView() const { return m_adminView; }

    // Creates the user; its row appears when the server confirms, then `reply` runs (unless
    // `context` is gone) and actionFinished reports.
    void create(const contaxy::NewUser &user, QObject *context, contaxy::UserReply reply);
    // Deletes the user; the row goes when the server confirms.
    void remove(const QString &userId);

    // "Technical, disabled, single sign-on only" for a user's flags, "" for none.
    static QString flagsText(const contaxy::User &user);

protected:
    QStringList columnTitles() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    auth::AccountSession *m_session;
    QList<contaxy::User> m_rows;
    bool m_adminView = false;
};

} // namespace wharf
