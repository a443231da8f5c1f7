#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace wharf::contaxy {

// The JSON collections a user opened in a project, newest first. The server has no way to
// list collections (contaxy.md §9), so this is the only list the documents page can offer.
// Kept in QSettings inside the account's own group, so removing the account forgets them.
class RecentCollections
{
public:
    static constexpr int kMaxKept = 20;

    // settings is not owned; nullptr = the application's default QSettings.
    RecentCollections(const QString &accountId,
                      const QString &projectId,
                      QSettings *settings = nullptr);

    QStringList collections() const;
    // Moves (or adds) the collection to the front.
    void remember(const QString &collection);
    void forget(const QString &collection);

private:
    void store(const QStringList &list);
    QString key() const;

    QString m_accountId;
    QString m_projectId;
    QSettings *m_settings;
};

} // namespace wharf::contaxy
