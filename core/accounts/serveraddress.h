#pragma once

#include "platformkind.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace wharf {

// An address a user pasted, read as the platform's API root.
struct AddressGuess
{
    QUrl url;
    QString note; // translated: what was changed and why
};

// Where the platform's API lives when `url` is one of the addresses its docs and web apps show
// (shared/reference): Project-W routes all start with /api ("https://host/api" -> the host);
// Contaxy's web app is at /app/ and its API at /api behind the bundled nginx; IVCAP paths all
// start with /1/; Swagger, ReDoc and OpenAPI pages (/docs, /redoc, /openapi.json) sit at the
// API root. `url` is normalised (normaliseServerUrl). With PlatformKind::Unknown every
// platform's forms are tried. nullopt when the address is none of them.
std::optional<AddressGuess> platformAddress(const QUrl &url, PlatformKind kind);

} // namespace wharf
