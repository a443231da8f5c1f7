#include "common/jsonview.h"
#include "shell/appearance.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QtTest>

using wharf::ui::Appearance;
using wharf::ui::JsonView;
using Mode = Appearance::Mode;

// System / Light / Dark: the application palette, isDark(), and views that re-theme with it.
class TestAppearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void explicitModesSetPalette();
    void systemRestoresStyleAndPalette();
    void jsonViewRethemes();
    void followsOutsidePaletteChanges();
    void palettesAreConsistent();

private:
    QString m_systemStyle;
    QColor m_systemWindow;
};

void TestAppearance::initTestCase()
{
    m_systemStyle = QApplication::style()->name();
    m_systemWindow = QApplication::palette().color(QPalette::Window);
    QVERIFY(!Appearance::isDark(QApplication::palette())); // offscreen's palette is light
}

void TestAppearance::cleanup()
{
    QApplication::setPalette(QPalette());
    QApplication::setStyle(m_systemStyle);
}

void TestAppearance::explicitModesSetPalette()
{
    Appearance appearance;
    QSignalSpy darkChanged(&appearance, &Appearance::darkChanged);
    QVERIFY(!appearance.isDark());

    appearance.setMode(Mode::Dark);
    QCOMPARE(appearance.mode(), Mode::Dark);
    QVERIFY(appearance.isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             Appearance::darkPalette().color(QPalette::Window));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(darkChanged.count(), 1);
    QCOMPARE(darkChanged.at(0).at(0).toBool(), true);

    appearance.setMode(Mode::Light);
    QVERIFY(!appearance.isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             Appearance::lightPalette().color(QPalette::Base));
    QCOMPARE(darkChanged.count(), 2);
    QCOMPARE(darkChanged.at(1).at(0).toBool(), false);
}

void TestAppearance::systemRestoresStyleAndPalette()
{
    Appearance appearance;
    appearance.setMode(Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window) != m_systemWindow);
    appearance.setMode(Mode::System);
    QCOMPARE(QApplication::style()->name(), m_systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
    QVERIFY(!appearance.isDark());
}

void TestAppearance::jsonViewRethemes()
{
    Appearance appearance;
    QWidget window;
    auto *view = new JsonView(&window);
    view->setRawJson("{\"a\": 1}");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString lightTheme = view->themeName();
    QVERIFY(!lightTheme.isEmpty());

    appearance.setMode(Mode::Dark);
    QTRY_VERIFY(view->themeName() != lightTheme);
    QVERIFY(view->themeName().contains(u"Dark"));
    appearance.setMode(Mode::System);
    QTRY_COMPARE(view->themeName(), lightTheme);
}

void TestAppearance::followsOutsidePaletteChanges()
{
    // What an OS theme switch looks like to Qt 6.4 in System mode: a new application palette.
    Appearance appearance;
    QSignalSpy darkChanged(&appearance, &Appearance::darkChanged);
    QApplication::setPalette(Appearance::darkPalette());
    QTRY_COMPARE(darkChanged.count(), 1);
    QVERIFY(appearance.isDark());
    QCOMPARE(appearance.mode(), Mode::System);
}

void TestAppearance::palettesAreConsistent()
{
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        const bool dark = Appearance::isDark(palette);
        // Text must stand out from its background in both, and disabled text less so.
        for (auto [fg, bg] : {std::pair {QPalette::WindowText, QPalette::Window},
                              std::pair {QPalette::Text, QPalette::Base},
                              std::pair {QPalette::ButtonText, QPalette::Button},
                              std::pair {QPalette::HighlightedText, QPalette::Highlight}}) {
            const int contrast
                = qAbs(palette.color(fg).lightness() - palette.color(bg).lightness());
            QVERIFY2(contrast > 100, qPrintable(QString::number(fg)));
            const int disabled = qAbs(palette.color(QPalette::Disabled, fg).lightness()
                                      - palette.color(QPalette::Disabled, bg).lightness());
            if (fg != QPalette::HighlightedText)
                QVERIFY(disabled < contrast);
        }
        QCOMPARE(palette.color(QPalette::Base).lightness() < 128, dark);
    }
    QVERIFY(Appearance::isDark(Appearance::darkPalette()));
    QVERIFY(!Appearance::isDark(Appearance::lightPalette()));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
