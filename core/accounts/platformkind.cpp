#include "platformkind.h"

#include <QCoreApplication>

namespace wharf {

QString platformKindId(PlatformKind kind)
{
    switch (kind) {
    case PlatformKind::Contaxy:
        return QStringLiteral("contaxy");
    case PlatformKind::ProjectW:
        return QStringLiteral("projectw");
    case PlatformKind::Ivcap:
        return QStringLiteral("ivcap");
    case PlatformKind::Unknown:
        break;
    }
    return QString();
}

PlatformKind platformKindFromId(const QString &id)
{
    const QString key = id.trimmed().toLower().remove(QLatin1Char('-'));
    if (key == QLatin1String("contaxy"))
        return PlatformKind::Contaxy;
    if (key == QLatin1String("projectw"))
        return PlatformKind::ProjectW;
    if (key == QLatin1String("ivcap"))
        return PlatformKind::Ivcap;
    return PlatformKind::Unknown;
}

QString platformKindDisplayName(PlatformKind kind)
{
    switch (kind) {
    case PlatformKind::Contaxy:
        return QStringLiteral("Contaxy");
    case PlatformKind::ProjectW:
        return QStringLiteral("Project-W");
    case PlatformKind::Ivcap:
        return QStringLiteral("IVCAP");
    case PlatformKind::Unknown:
        break;
    }
    return QCoreApplication::translate("PlatformKind", "Unknown platform");
}

} // namespace wharf
