#include "common/pageid.h"

#include <QStringList>
#include <QUrl>

namespace wharf {

namespace {
QString encode(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
QString decode(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toLatin1());
}
} // namespace

PageId PageId::forAccount(const QString &accountId, const QString &key)
{
    return PageId {accountId, QString(), key, false};
}

PageId PageId::forProject(const QString &accountId, const QString &projectId, const QString &key)
{
    return PageId {accountId, projectId, key, true};
}

QString PageId::toString() const
{
    QString out = QStringLiteral("account/") + encode(accountId);
    if (project)
        out += QStringLiteral("/project/") + encode(projectId);
    if (!key.isEmpty())
        out += QLatin1Char('/') + encode(key);
    return out;
}

std::optional<PageId> PageId::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.at(0) != QLatin1String("account") || parts.at(1).isEmpty())
        return std::nullopt;
    PageId id;
    id.accountId = decode(parts.at(1));
    if (parts.size() == 2)
        return id;
    if (parts.at(2) == QLatin1String("project")) {
        if (parts.size() < 4 || parts.size() > 5 || parts.at(3).isEmpty())
            return std::nullopt;
        id.project = true;
        id.projectId = decode(parts.at(3));
        if (parts.size() == 5)
            id.key = decode(parts.at(4));
        return id.key.isEmpty() && parts.size() == 5 ? std::nullopt : std::optional(id);
    }
    if (parts.size() != 3 || parts.at(2).isEmpty())
        return std::nullopt;
    id.key = decode(parts.at(2));
    return id;
}

} // namespace wharf
