#include "common/syntax.h"

#include <QPalette>

#include <KSyntaxHighlighting/Repository>

namespace wharf::ui {

namespace {
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    return *s_repository;
}

KSyntaxHighlighting::Theme syntaxTheme(const QPalette &palette)
{
    // Qt 6.4 has no colour-scheme API: text lighter than its window means a dark appearance.
    const bool dark = palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
    return s_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                           : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace wharf::ui
