#include "serveraddress.h"

#include <QCoreApplication>

namespace wharf {

namespace {

struct AddressForm
{
    PlatformKind kind; // Unknown: every platform
    const char *segment; // a path segment ...
    bool lastOnly; // ... that must be the last one (documentation pages)
    const char *replacement; // what the segment and everything after it become
    const char *why;
};

const AddressForm kForms[] = {
    {PlatformKind::ProjectW,
     "api",
     false,
     "",
     QT_TRANSLATE_NOOP("ServerAddress", "every Project-W route already starts with /api")},
    {PlatformKind::Contaxy,
     "app",
     false,
     "/api",
     QT_TRANSLATE_NOOP("ServerAddress", "/app is Contaxy's web app; its API is served at /api")},
    {PlatformKind::Ivcap,
     "1",
     false,
     "",
     QT_TRANSLATE_NOOP("ServerAddress", "every IVCAP API path already starts with /1")},
    {PlatformKind::Unknown,
     "docs",
     true,
     "",
     QT_TRANSLATE_NOOP("ServerAddress", "that is the API's documentation page")},
    {PlatformKind::Unknown,
     "redoc",
     true,
     "",
     QT_TRANSLATE_NOOP("ServerAddress", "that is the API's documentation page")},
    {PlatformKind::Unknown,
     "openapi.json",
     true,
     "",
     QT_TRANSLATE_NOOP("ServerAddress", "that is the API's description")},
};

} // namespace

std::optional<AddressGuess> platformAddress(const QUrl &url, PlatformKind kind)
{
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The first segment that matches a form decides: what comes before it is the prefix.
    for (qsizetype i = 0; i < segments.size(); ++i) {
        for (const AddressForm &form : kForms) {
            const bool platformMatches = form.kind == PlatformKind::Unknown
                || kind == PlatformKind::Unknown || form.kind == kind;
            if (!platformMatches || segments.at(i) != QLatin1String(form.segment)
                || (form.lastOnly && i + 1 != segments.size()))
                continue;
            QString path;
            for (qsizetype j = 0; j < i; ++j)
                path += QLatin1Char('/') + segments.at(j);
            path += QLatin1String(form.replacement);
            QUrl guess = url;
            guess.setPath(path);
            AddressGuess result {guess, {}};
            result.note
                = QCoreApplication::translate("ServerAddress", "Using %1 instead of %2: %3.")
                      .arg(guess.toString(),
                           url.toString(),
                           QCoreApplication::translate("ServerAddress", form.why));
            return result;
        }
    }
    return std::nullopt;
}

} // namespace wharf
