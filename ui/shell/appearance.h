#pragma once

#include "settings/appsettings.h"

#include <QObject>
#include <QPalette>

namespace wharf::ui {

// Applies the user's appearance choice to the whole application. Qt 6.4 has no colour-scheme
// API, so "dark" is read off the palette (text lighter than the window). System keeps the
// platform's style and palette and follows it when the OS switches; Light and Dark use the
// Fusion style, the one style that honours a custom palette on every OS.
class Appearance : public QObject
{
    Q_OBJECT
public:
    using Mode = AppSettings::Appearance;

    // Remembers the style in use at construction as "the system's". Create it once, after
    // QApplication and before anything sets a palette.
    explicit Appearance(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    bool isDark() const { return m_dark; }
    static bool isDark(const QPalette &palette);

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    // Whenever the application's palette turns from light to dark or back, whatever the cause.
    void darkChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateDark();

    Mode m_mode = Mode::System;
    QString m_systemStyle;
    bool m_dark = false;
};

} // namespace wharf::ui
