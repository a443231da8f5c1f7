#include "shell/appearance.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>

namespace wharf::ui {

namespace {

// The few colours a scheme is built from; every other role is derived from them.
struct Scheme
{
    QColor window, base, alternateBase, button, text, highlight, highlightedText, link, linkVisited;
};

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const auto channel = [amountOfB](int x, int y) { return int(x + (y - x) * amountOfB); };
    return QColor(
        channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

QPalette build(const Scheme &s, bool dark)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &colour) {
        p.setColor(QPalette::All, role, colour);
    };
    set(QPalette::Window, s.window);
    set(QPalette::WindowText, s.text);
    set(QPalette::Base, s.base);
    set(QPalette::AlternateBase, s.alternateBase);
    set(QPalette::ToolTipBase, s.base);
    set(QPalette::ToolTipText, s.text);
    set(QPalette::PlaceholderText, mix(s.text, s.base, 0.5));
    set(QPalette::Text, s.text);
    set(QPalette::Button, s.button);
    set(QPalette::ButtonText, s.text);
    set(QPalette::BrightText, dark ? QColor(255, 120, 120) : QColor(200, 0, 0));
    // Bevel roles: Fusion draws frames and handles with these, relative to the button colour.
    set(QPalette::Light, s.button.lighter(dark ? 140 : 115));
    set(QPalette::Midlight, s.button.lighter(dark ? 120 : 107));
    set(QPalette::Mid, s.button.darker(dark ? 120 : 130));
    set(QPalette::Dark, s.button.darker(dark ? 160 : 150));
    set(QPalette::Shadow, QColor(0, 0, 0));
    set(QPalette::Highlight, s.highlight);
    set(QPalette::HighlightedText, s.highlightedText);
    set(QPalette::Link, s.link);
    set(QPalette::LinkVisited, s.linkVisited);

    // Disabled text fades towards its background instead of staying readable as enabled.
    const QColor faded = mix(s.text, s.window, 0.55);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, faded);
    p.setColor(QPalette::Disabled, QPalette::Highlight, mix(s.highlight, s.window, 0.6));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, faded);
    p.setColor(QPalette::Disabled, QPalette::Base, s.window);
    return p;
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_dark(isDark(QApplication::palette()))
{
    // Events sent to the application object: ApplicationPaletteChange arrives there once the
    // new palette is in place, whether we set it or the OS switched its theme.
    qApp->installEventFilter(this);
}

void Appearance::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (mode == Mode::System) {
        if (QApplication::style()->name() != m_systemStyle)
            QApplication::setStyle(m_systemStyle);
        // An empty palette sets no role, so every role follows the platform theme again.
        QApplication::setPalette(QPalette());
    } else {
        // Native styles (Windows, macOS) ignore most palette roles; Fusion draws with them.
        if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
    }
    updateDark();
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QPalette Appearance::lightPalette()
{
    return build({QColor(239, 239, 239),
                  QColor(255, 255, 255),
                  QColor(246, 246, 246),
                  QColor(239, 239, 239),
                  QColor(20, 20, 20),
                  QColor(48, 140, 198),
                  QColor(255, 255, 255),
                  QColor(0, 87, 174),
                  QColor(110, 50, 160)},
                 false);
}

QPalette Appearance::darkPalette()
{
    return build({QColor(45, 45, 48),
                  QColor(30, 30, 32),
                  QColor(38, 38, 41),
                  QColor(53, 53, 57),
                  QColor(232, 232, 232),
                  QColor(42, 130, 218),
                  QColor(255, 255, 255),
                  QColor(110, 170, 255),
                  QColor(190, 150, 255)},
                 true);
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        updateDark();
    return QObject::eventFilter(watched, event);
}

void Appearance::updateDark()
{
    const bool dark = isDark(QApplication::palette());
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged(dark);
}

} // namespace wharf::ui
