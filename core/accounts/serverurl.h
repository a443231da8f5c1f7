#pragma once

#include <QString>
#include <QUrl>

namespace wharf {

// Turns what a user typed as a server address into the canonical base URL stored with an
// account: trimmed, https:// added when no scheme was given, only http/https, lower-case host,
// default port, query and trailing slash dropped, path prefix kept ("https://host/api").
// Returns an invalid QUrl and a translated reason in *error when the input is not acceptable.
QUrl normaliseServerUrl(const QString &input, QString *error = nullptr);

} // namespace wharf
