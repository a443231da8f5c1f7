#pragma once

#include <QString>
#include <QStringList>

class QPalette;

namespace wharf {

// Icons by freedesktop name (QIcon::fromTheme("edit-delete")) on every system: the desktop's
// icon theme first, then the Breeze icons packed into the binary (resources/icons/
// breeze-icons.txt lists them) as the light or dark theme below.

// The packed themes, under :/icons.
inline constexpr char16_t lightIconTheme[] = u"wharf-breeze";
inline constexpr char16_t darkIconTheme[] = u"wharf-breeze-dark";

// Adds :/icons to the theme search path, makes the packed theme the fallback for names the
// system theme lacks (GNOME's Adwaita has few of KDE's action names), and the theme itself
// where the platform has none (empty or "hicolor": Windows, macOS, offscreen). Picks the dark
// variant while the application palette is dark, following palette changes. Call once, after the
// QGuiApplication exists; later calls only re-apply the choice.
void installIconFallback();

// Whether a palette counts as dark (Qt 6.4 has no colour-scheme API): its window colour is
// darker than its text, the rule ui::Appearance::isDark uses, so icons and views agree.
bool isDarkPalette(const QPalette &palette);

// The packed theme that suits the palette: darkIconTheme or lightIconTheme.
QString iconThemeFor(const QPalette &palette);

// Resource paths of the packed icons' copyright and licence texts (Breeze is LGPL-3), for
// the About dialog; the same files are installed to share/doc/wharf/breeze-icons.
QStringList breezeLicenseFiles();

} // namespace wharf
