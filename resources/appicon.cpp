#include "appicon.h"

namespace wharf {

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral("org.wharf.Wharf"),
                            QIcon(QStringLiteral(":/icons/org.wharf.Wharf.svg")));
}

} // namespace wharf
