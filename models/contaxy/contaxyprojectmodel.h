#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/projects.h"

#include <functional>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The Contaxy projects the signed-in user can open, the home project first (GET /projects
// hides it, contaxy.md §12.3), then by display name. One column; the account tree shows
// them as the level between an account and its pages.
class ContaxyProjectModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Role { DescriptionRole = models::FirstModelRole, IsHomeRole };

    ContaxyProjectModel(auth::AccountSession *session, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &projectId) const;
    const contaxy::Project &project(int row) const { return m_rows.at(row); }
    QString homeId() const { return m_homeId; }

    using IdReply = std::function<void(const QString &id, const net::ApiError &error)>;
    // A free project id for this display name, from the server (§6); `reply` runs unless
    // `context` is gone first.
    void suggestId(const QString &displayName, QObject *context, IdReply reply);
    // Creates the project; on success its row is added before `reply` runs.
    void create(const contaxy::Project &project, QObject *context, IdReply reply);
    // Sets the name and description; on success the row changes in place (and moves to where
    // the new name sorts) before `reply` runs. Ends with actionFinished too.
    void update(const QString &projectId,
                const QString &displayName,
                const QString &description,
                QObject *context,
                IdReply reply);
    // Deletes the project; its row goes when the server confirms. Ends with actionFinished.
    void remove(const QString &projectId);

protected:
    int rows() const override { return int(m_rows.size()); }

private:
    bool less(const contaxy::Project &a, const contaxy::Project &b) const;
    void replaceRow(int row, const contaxy::Project &project);

    auth::AccountSession *m_session;
    QList<contaxy::Project> m_rows;
    QString m_homeId;
};

} // namespace wharf
