#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace wharf::net {

// Parses untrusted YAML (IVCAP's /1/authinfo.yaml) into QVariant maps, lists and strings,
// through yaml-cpp's event API so that limits hold while parsing: anchors and aliases are
// refused (no "billion laughs"), and size, depth, node count and scalar length are bounded.
struct YamlLimits
{
    qsizetype maxBytes = 256 * 1024;
    int maxDepth = 32;
    int maxNodes = 20000;
    qsizetype maxScalar = 16 * 1024;
};

std::optional<QVariant>
parseBoundedYaml(const QByteArray &text, QString *error, const YamlLimits &limits = YamlLimits());

} // namespace wharf::net
