#include "iconmanifest.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

namespace {

// The first argument of QIcon::fromTheme(...) when it is a string literal, in any of the
// spellings Qt code uses: "x", u"x", u"x"_s, "x"_L1, QStringLiteral("x"), QLatin1String("x").
// (A plain literal: moc does not parse raw string literals.)
const QRegularExpression themeCall(
    QStringLiteral("QIcon\\s*::\\s*fromTheme\\s*\\(\\s*"
                   "(?:(?:QStringLiteral|QLatin1String|QLatin1StringView|QString)\\s*\\(\\s*)?"
                   "u?8?\"([^\"\\\\]*)\""));

struct Use
{
    QString name;
    QString where; // file:line
};

QList<Use> iconLiterals(const QString &text, const QString &file)
{
    QList<Use> uses;
    for (auto it = themeCall.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int line = int(QStringView(text).left(m.capturedStart(1)).count(u'\n')) + 1;
        uses.append({m.captured(1), file + u':' + QString::number(line)});
    }
    return uses;
}

} // namespace

// Every icon name the code passes to QIcon::fromTheme is in the manifest of packed Breeze
// icons, so that it also shows where the desktop has no icon theme. Scans the source tree as
// it is when the test runs: a new file or call needs no rebuild to be checked.
class TestIconManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scannerFindsEveryLiteralForm();
    void everyNameUsedIsInManifest();
};

void TestIconManifest::scannerFindsEveryLiteralForm()
{
    const QString text
        = QStringLiteral("a = QIcon::fromTheme(QStringLiteral(\"edit-delete\"));\n"
                         "b = QIcon::fromTheme(\n    u\"go-up\"_s, fallback);\n"
                         "c = QIcon :: fromTheme( QLatin1String( \"folder\" ) );\n"
                         "d = QIcon::fromTheme(\"list-add\"_L1);\n"
                         "e = QIcon::fromTheme(name); // not a literal: not checked\n"
                         "f = QIcon::fromTheme(u\"download\");\n");
    QStringList names;
    QStringList wheres;
    for (const Use &use : iconLiterals(text, QStringLiteral("x.cpp"))) {
        names.append(use.name);
        wheres.append(use.where);
    }
    QCOMPARE(names, QStringList({"edit-delete", "go-up", "folder", "list-add", "download"}));
    QCOMPARE(wheres.at(1), QStringLiteral("x.cpp:3"));
}

void TestIconManifest::everyNameUsedIsInManifest()
{
    const QString root = QStringLiteral(WHARF_SOURCE_ROOT);
    const QStringList manifest
        = wharf::test::readIconManifest(root + QStringLiteral("/resources/icons/breeze-icons.txt"));
    QVERIFY(manifest.size() > 50);
    // Wharf's own icon is installed into hicolor and compiled in (resources/appicon.cpp).
    const QStringList ownIcons {QStringLiteral("org.wharf.Wharf")};

    int files = 0;
    QStringList uses;
    QStringList missing;
    for (const char *dir : {"app", "ui", "models", "core", "resources"}) {
        QDirIterator it(root + u'/' + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            const QString relative = path.mid(root.size() + 1);
            for (const Use &use : iconLiterals(QString::fromUtf8(file.readAll()), relative)) {
                uses.append(use.name);
                if (!manifest.contains(use.name) && !ownIcons.contains(use.name))
                    missing.append(use.where + QStringLiteral(": ") + use.name);
            }
        }
    }
    QVERIFY2(files > 100, qPrintable(QString::number(files))); // the scan saw the tree
    QVERIFY(uses.contains(QStringLiteral("org.wharf.Wharf"))); // and found resources/appicon.cpp
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("icon names not in resources/icons/breeze-icons.txt "
                                       "(add them there; the build packs them from Breeze):\n  ")
                        + missing.join(QStringLiteral("\n  "))));
    qInfo(
        "%lld fromTheme literals in %d files, all in the manifest", qlonglong(uses.size()), files);
}

QTEST_GUILESS_MAIN(TestIconManifest)
#include "tst_iconmanifest.moc"
