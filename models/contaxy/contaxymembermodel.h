#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/members.h"

#include <functional>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The members of one Contaxy project with their access levels, loaded whole (contaxy.md §6).
// Adding, changing a level and removing are methods; the server's answers to them lack the
// levels, so each change refetches the list before it reports with actionFinished.
class ContaxyMemberModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, EmailColumn, LevelColumn, ColumnCount };
    enum Role { LevelRole = models::FirstModelRole /* "read", "write" or "admin" */ };
    using UsersReply
        = std::function<void(const QList<contaxy::User> &users, const net::ApiError &error)>;

    ContaxyMemberModel(auth::AccountSession *session, const QString &projectId, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString project() const { return m_project; }
    const contaxy::Member &member(int row) const { return m_rows.at(row); }
    int rowOfUser(const QString &userId) const { return rowOfId(userId); }
    // The user is the project's one admin: removing them or lowering their level would leave
    // nobody who can manage the members (the server does not stop it).
    bool isOnlyAdmin(const QString &userId) const;

    // Every user of the server, for choosing one to add; `reply` runs unless `context` goes.
    void fetchUsers(QObject *context, UsersReply reply);
    // Makes the user a member at `level`.
    void add(const contaxy::User &user, const QString &level);
    // The server adds levels side by side (§6), so the member is removed and added again.
    void setLevel(const QString &userId, const QString &level);
    void remove(const QString &userId);

    // The level's name for people ("Read", "Write", "Admin").
    static QString levelName(const QString &level);

protected:
    QStringList columnTitles() const override;
    int rows() const override { return int(m_rows.size()); }

private:
    // Refetches the members, then reports `outcome`; a failed refetch reloads the usual way.
    void refreshThen(const QString &outcome);
    void failed(const QString &what, const net::ApiError &error);

    auth::AccountSession *m_session;
    QString m_project;
    QList<contaxy::Member> m_rows;
};

} // namespace wharf
