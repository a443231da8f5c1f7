#pragma once

#include <QString>

namespace wharf {

// The three server platforms Wharf speaks to.
enum class PlatformKind { Unknown, Contaxy, ProjectW, Ivcap };

// Stable identifiers for settings and the CLI: "contaxy", "projectw", "ivcap".
QString platformKindId(PlatformKind kind);
PlatformKind platformKindFromId(const QString &id);
// Translated name for display ("Contaxy", "Project-W", "IVCAP").
QString platformKindDisplayName(PlatformKind kind);

} // namespace wharf
