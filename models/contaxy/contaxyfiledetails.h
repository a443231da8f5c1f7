#pragma once

#include "contaxy/files.h"
#include "net/apierror.h"

#include <QObject>

namespace wharf::auth {
class AccountSession;
}

namespace wharf {

// The metadata of one file (its latest version): read from `:metadata`, changed with a
// merge patch that carries only what the user changed. Custom entries can be added and
// changed but not removed: the server validates the patch as the contract's FileInput, whose
// metadata maps names to strings only, so the null that would remove one (RFC 7396) fails.
class ContaxyFileDetails : public QObject
{
    Q_OBJECT
public:
    ContaxyFileDetails(auth::AccountSession *session,
                       const QString &projectId,
                       const contaxy::FileItem &file,
                       QObject *parent);

    const contaxy::FileItem &file() const { return m_file; }
    void load();
    // Why these values cannot be saved, or "" (the limits of FileInput).
    static QString
    problem(const QString &displayName, const QString &description, const QJsonObject &metadata);
    // The merge patch from the file as loaded to these values; empty when nothing changed.
    QJsonObject patchFor(const QString &displayName,
                         const QString &description,
                         const QJsonObject &metadata) const;
    // Sends patchFor(...); ends with saved.
    void save(const QString &displayName, const QString &description, const QJsonObject &metadata);

Q_SIGNALS:
    void loaded();
    void failed(const wharf::net::ApiError &error);
    void saved(bool ok, const QString &message);

private:
    auth::AccountSession *m_session;
    QString m_project;
    contaxy::FileItem m_file;
};

} // namespace wharf
