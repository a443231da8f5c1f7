#include "icontheme.h"

#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace wharf {

namespace {

// Follows the application palette: the packed theme's variant is chosen anew on each change.
class IconPaletteWatcher : public QObject
{
public:
    explicit IconPaletteWatcher(bool ownTheme, QObject *parent)
        : QObject(parent)
        , m_ownTheme(ownTheme)
    { }

    void apply() const
    {
        const QString theme = iconThemeFor(QGuiApplication::palette());
        if (QIcon::fallbackThemeName() != theme)
            QIcon::setFallbackThemeName(theme);
        if (m_ownTheme && QIcon::themeName() != theme)
            QIcon::setThemeName(theme);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    const bool m_ownTheme; // the platform had no theme, so the packed one is the theme
};

IconPaletteWatcher *s_watcher = nullptr; // owned by the application object

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QString iconThemeFor(const QPalette &palette)
{
    return QString::fromUtf16(isDarkPalette(palette) ? darkIconTheme : lightIconTheme);
}

void installIconFallback()
{
    Q_ASSERT(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    if (!s_watcher) {
        QStringList paths = QIcon::themeSearchPaths();
        if (!paths.contains(QLatin1String(":/icons"))) {
            paths.append(QStringLiteral(":/icons"));
            QIcon::setThemeSearchPaths(paths);
        }
        const QString system = QIcon::themeName();
        const bool ownTheme = system.isEmpty() || system == QLatin1String("hicolor");
        s_watcher = new IconPaletteWatcher(ownTheme, qApp);
        qApp->installEventFilter(s_watcher);
        // The application object outlives every icon; forget the watcher with it so that a
        // second QGuiApplication (tests) installs afresh.
        QObject::connect(s_watcher, &QObject::destroyed, [] { s_watcher = nullptr; });
    }
    s_watcher->apply();
}

QStringList breezeLicenseFiles()
{
    const QDir dir(QStringLiteral(":/licenses/breeze-icons"));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace wharf
