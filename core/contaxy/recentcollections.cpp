#include "recentcollections.h"

#include <QSettings>
#include <QUrl>

#include <memory>

namespace wharf::contaxy {

RecentCollections::RecentCollections(const QString &accountId,
                                     const QString &projectId,
                                     QSettings *settings)
    : m_accountId(accountId)
    , m_projectId(projectId)
    , m_settings(settings)
{ }

QString RecentCollections::key() const
{
    // Project ids are checked for length only (§2.2): encoded, one cannot open a subgroup.
    return QStringLiteral("accounts/%1/contaxy/collections/%2")
        .arg(m_accountId, QString::fromLatin1(QUrl::toPercentEncoding(m_projectId)));
}

QStringList RecentCollections::collections() const
{
    if (m_settings)
        return m_settings->value(key()).toStringList();
    return QSettings().value(key()).toStringList();
}

void RecentCollections::store(const QStringList &list)
{
    std::unique_ptr<QSettings> own;
    QSettings *settings = m_settings;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    if (list.isEmpty())
        settings->remove(key());
    else
        settings->setValue(key(), list);
}

void RecentCollections::remember(const QString &collection)
{
    QStringList list = collections();
    list.removeAll(collection);
    list.prepend(collection);
    store(list.mid(0, kMaxKept));
}

void RecentCollections::forget(const QString &collection)
{
    QStringList list = collections();
    list.removeAll(collection);
    store(list);
}

} // namespace wharf::contaxy
