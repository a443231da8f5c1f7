#pragma once

#include "common/resourcelistmodel.h"
#include "contaxy/extensions.h"

#include <functional>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The extensions a Contaxy project can use: its own and the global ones (contaxy.md §10).
// Installing reloads the list; removing and suggestions go to endpoints that upstream has not
// implemented, so their outcome carries the server's message when it refuses.
class ContaxyExtensionModel : public ResourceListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, StatusColumn, ImageColumn, UiColumn, ColumnCount };

    ContaxyExtensionModel(auth::AccountSession *session, const QString &projectId, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString project() const { return m_project; }
    const contaxy::Extension &extension(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return rowOfId(id); }
    QUrl uiUrl(int row) const;

    using InstallReply = std::function<void(const contaxy::Extension &, const net::ApiError &)>;
    // Installs `input` (checked by the caller with validate()); `done` runs unless `context`
    // is gone. On success the list reloads.
    void install(const contaxy::ExtensionInput &input, QObject *context, InstallReply done);
    using SuggestReply
        = std::function<void(const contaxy::ExtensionInput &, const net::ApiError &)>;
    void suggest(const QString &image, QObject *context, SuggestReply done);
    // Ends with actionFinished; the row goes when the server confirms.
    void remove(const contaxy::Extension &extension);

protected:
    QStringList columnTitles() const override;
    bool canLoad() const override { return ResourceListModel::canLoad() && !m_project.isEmpty(); }
    int rows() const override { return int(m_rows.size()); }

private:
    auth::AccountSession *m_session;
    QString m_project;
    QList<contaxy::Extension> m_rows;
};

} // namespace wharf
