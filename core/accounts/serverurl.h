#pragma once

#include <QString>
#include <QUrl>

namespace wharf {

// Turns what a user typed as a server address into the canonical base URL stored with an
// account: trimmed, https:// added when no scheme was given, only http/https, lower-case host,
// default port, query and trailing slash dropped, path prefix kept ("https://host/api").
// A web app's page after "#" ("https://host/#/", Project-W's client_url "https://host/#") is
// dropped and *note says so; other fragments are refused.
// Returns an invalid QUrl and a translated reason in *error when the input is not acceptable.
QUrl normaliseServerUrl(const QString &input, QString *error = nullptr, QString *note = nullptr);

} // namespace wharf
