#pragma once

#include <KSyntaxHighlighting/Theme>

class QPalette;
namespace KSyntaxHighlighting {
class Repository;
}

namespace wharf::ui {

// Loading every syntax definition's metadata is expensive: one repository per process.
KSyntaxHighlighting::Repository &syntaxRepository();
// The default light or dark theme, whichever matches `palette`.
KSyntaxHighlighting::Theme syntaxTheme(const QPalette &palette);

} // namespace wharf::ui
