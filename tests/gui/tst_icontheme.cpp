#include "iconmanifest.h"
#include "icontheme.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using wharf::darkIconTheme;
using wharf::lightIconTheme;

namespace {

const QString light = QString::fromUtf16(lightIconTheme);
const QString dark = QString::fromUtf16(darkIconTheme);

// Mean lightness of the icon's clearly visible pixels at SIZE, or -1 when none is visible.
int inkLightness(const QIcon &icon, int size)
{
    const QImage image
        = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

} // namespace

// The packed Breeze themes: every manifest name draws, the palette picks light or dark, and
// a system theme keeps its own icons while ours fill its gaps.
class TestIconTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyNameDraws_data();
    void everyNameDraws();
    void indexListsOnlyPackedDirectories_data();
    void indexListsOnlyPackedDirectories();
    void darkPaletteSelectsDarkTheme();
    void systemThemeComesFirst_data();
    void systemThemeComesFirst();
    void licenceShipped();

private:
    QStringList m_names;
    QStringList m_searchPaths;
};

void TestIconTheme::initTestCase()
{
    // The offscreen platform has no icon theme: what GNOME without Breeze, Windows and macOS
    // look like to Qt.
    const QString system = QIcon::themeName();
    QVERIFY2(system.isEmpty() || system == QLatin1String("hicolor"), qPrintable(system));
    QVERIFY(!wharf::isDarkPalette(QGuiApplication::palette()));
    m_names = wharf::test::readIconManifest(QStringLiteral(WHARF_ICON_MANIFEST));
    QVERIFY(m_names.size() > 50);

    wharf::installIconFallback();
    QCOMPARE(QIcon::themeName(), light);
    QCOMPARE(QIcon::fallbackThemeName(), light);
    QVERIFY(QIcon::themeSearchPaths().contains(QStringLiteral(":/icons")));
    m_searchPaths = QIcon::themeSearchPaths();
}

void TestIconTheme::cleanup()
{
    QGuiApplication::setPalette(QPalette());
    QIcon::setThemeSearchPaths(m_searchPaths);
    QIcon::setThemeName(light);
    QCOMPARE(QIcon::fallbackThemeName(), light);
}

void TestIconTheme::everyNameDraws_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("name");
    for (const QString &theme : {light, dark}) {
        for (const QString &name : std::as_const(m_names))
            QTest::addRow("%s/%s", qPrintable(theme), qPrintable(name)) << theme << name;
    }
}

void TestIconTheme::everyNameDraws()
{
    QFETCH(QString, theme);
    QFETCH(QString, name);
    QIcon::setThemeName(theme);
    const QIcon icon = QIcon::fromTheme(name);
    QVERIFY(!icon.isNull());
    for (int size : {16, 22}) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size));
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), QSize(size, size));
        QVERIFY2(inkLightness(icon, size) >= 0, qPrintable(QString::number(size)));
    }
}

void TestIconTheme::indexListsOnlyPackedDirectories_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << light;
    QTest::newRow("dark") << dark;
}

void TestIconTheme::indexListsOnlyPackedDirectories()
{
    QFETCH(QString, theme);
    const QString root = QStringLiteral(":/icons/") + theme;
    const QSettings index(root + QStringLiteral("/index.theme"), QSettings::IniFormat);
    const QStringList dirs = index.value(QStringLiteral("Icon Theme/Directories")).toStringList();
    QVERIFY(!dirs.isEmpty());
    for (const QString &dir : dirs) {
        QVERIFY2(!QDir(root + u'/' + dir).isEmpty(), qPrintable(dir));
        QVERIFY2(index.value(dir + QStringLiteral("/Size")).toInt() > 0, qPrintable(dir));
        QVERIFY2(!dir.contains(u'@'), qPrintable(dir)); // SVGs need no scaled copies
    }
}

void TestIconTheme::darkPaletteSelectsDarkTheme()
{
    const QIcon made = QIcon::fromTheme(QStringLiteral("go-next")); // made before the switch
    const int lightInk = inkLightness(made, 22);
    QVERIFY2(lightInk >= 0 && lightInk < 128, qPrintable(QString::number(lightInk)));

    QGuiApplication::setPalette(darkPalette());
    QCOMPARE(QIcon::themeName(), dark);
    QCOMPARE(QIcon::fallbackThemeName(), dark);
    const int darkInk = inkLightness(made, 22);
    QVERIFY2(darkInk > 128, qPrintable(QString::number(darkInk)));
    QCOMPARE(inkLightness(QIcon::fromTheme(QStringLiteral("go-next")), 22), darkInk);

    QGuiApplication::setPalette(QPalette());
    QCOMPARE(QIcon::themeName(), light);
    QCOMPARE(inkLightness(made, 22), lightInk);
}

void TestIconTheme::systemThemeComesFirst_data()
{
    QTest::addColumn<QString>("inherits");
    QTest::newRow("no Inherits") << QString();
    QTest::newRow("Inherits=hicolor") << QStringLiteral("Inherits=hicolor\n");
}

// A desktop theme with one icon of its own (a white "folder"): that one is drawn from it,
// names it lacks come from the packed Breeze theme.
void TestIconTheme::systemThemeComesFirst()
{
    QFETCH(QString, inherits);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("desktop/16")));
    QFile index(dir.filePath(QStringLiteral("desktop/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Desktop\n" + inherits.toUtf8()
                + "Directories=16\n\n[16]\nSize=16\nType=Scalable\nMinSize=8\nMaxSize=64\n");
    index.close();
    QFile svg(dir.filePath(QStringLiteral("desktop/16/folder.svg")));
    QVERIFY(svg.open(QIODevice::WriteOnly));
    svg.write("<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'>"
              "<rect width='16' height='16' fill='#ffffff'/></svg>");
    svg.close();

    QIcon::setThemeSearchPaths(QStringList {dir.path()} + m_searchPaths);
    QIcon::setThemeName(QStringLiteral("desktop"));
    QCOMPARE(inkLightness(QIcon::fromTheme(QStringLiteral("folder")), 16), 255);
    const QIcon fallback = QIcon::fromTheme(QStringLiteral("go-next"));
    QVERIFY(!fallback.isNull());
    QVERIFY(inkLightness(fallback, 16) >= 0);
}

void TestIconTheme::licenceShipped()
{
    const QStringList files = wharf::breezeLicenseFiles();
    QCOMPARE(files.size(), 3);
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY(file.size() > 1000);
    }
    QFile copyright(QStringLiteral(":/licenses/breeze-icons/copyright"));
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    QVERIFY(copyright.readAll().contains("LGPL-3"));
}

QTEST_MAIN(TestIconTheme)
#include "tst_icontheme.moc"
