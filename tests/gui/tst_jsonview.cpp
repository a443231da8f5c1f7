#include "common/jsonview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using wharf::ui::JsonView;

namespace {

QPalette appearance(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(0x20, 0x20, 0x20) : QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Base, dark ? QColor(0x18, 0x18, 0x18) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Text, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x10, 0x10, 0x10));
    return p;
}

// The format the highlighter applied at a document position (invalid when none).
QTextCharFormat formatAt(const QTextDocument *doc, int position)
{
    const QTextBlock block = doc->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

struct Colours
{
    QColor key, number, base;
};

// Shows {"name": 42} and reads back the colours of the key, the number and the background.
Colours highlighted(JsonView &view)
{
    view.setRawJson("{\"name\": 42}");
    const QString text = view.text();
    const QTextCharFormat key = formatAt(view.document(), text.indexOf(u"\"name\"") + 1);
    const QTextCharFormat number = formatAt(view.document(), text.indexOf(u"42"));
    // Default formats carry no foreground: that would mean nothing was highlighted.
    if (!key.hasProperty(QTextFormat::ForegroundBrush)
        || !number.hasProperty(QTextFormat::ForegroundBrush))
        return {};
    const auto *edit = view.findChild<QPlainTextEdit *>();
    return {key.foreground().color(),
            number.foreground().color(),
            edit->palette().color(QPalette::Base)};
}

} // namespace

class TestJsonView : public QObject
{
    Q_OBJECT

private slots:
    void init() { QApplication::setPalette(appearance(false)); }
    void cleanupTestCase() { QApplication::setPalette(QPalette()); }

    void highlightsInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void highlightsInLightAndDark()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(appearance(dark));
        JsonView view;
        const Colours c = highlighted(view);
        QVERIFY2(c.key.isValid() && c.number.isValid(), "no highlighting applied");
        QVERIFY(c.key != c.number);
        QCOMPARE(c.base.lightness() < 128, dark);
        QVERIFY(view.themeName().contains(dark ? u"Dark" : u"Light"));
    }

    void lightAndDarkColoursDiffer()
    {
        JsonView light;
        const Colours l = highlighted(light);
        QApplication::setPalette(appearance(true));
        JsonView dark;
        const Colours d = highlighted(dark);
        QVERIFY(l.key.isValid() && d.key.isValid());
        QVERIFY(l.key != d.key);
        QVERIFY(l.number != d.number);
        QVERIFY(l.base != d.base);
    }

    void rethemesOnPaletteChange()
    {
        QWidget window;
        auto *view = new JsonView(&window);
        const Colours before = highlighted(*view);
        const QString lightTheme = view->themeName();
        // Qt 6.4 delivers an application palette change through the event loop.
        QApplication::setPalette(appearance(true));
        QTRY_VERIFY(view->themeName() != lightTheme);
        const QTextCharFormat key = formatAt(view->document(), view->text().indexOf(u"name"));
        QVERIFY(key.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(key.foreground().color() != before.key);
        const auto *edit = view->findChild<QPlainTextEdit *>();
        QVERIFY(edit->palette().color(QPalette::Base).lightness() < 128);

        QApplication::setPalette(appearance(false));
        QTRY_COMPARE(view->themeName(), lightTheme);
        QCOMPARE(formatAt(view->document(), view->text().indexOf(u"name")).foreground().color(),
                 before.key);
        QCOMPARE(edit->palette().color(QPalette::Base), before.base);
    }

    void showsBareScalars_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << QJsonValue(42) << QStringLiteral("42");
        QTest::newRow("string") << QJsonValue(QStringLiteral("Success"))
                                << QStringLiteral("\"Success\"");
        QTest::newRow("bool") << QJsonValue(true) << QStringLiteral("true");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("null");
    }
    void showsBareScalars()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        JsonView view;
        view.setValue(value);
        QCOMPARE(view.text(), expected);
        QVERIFY(view.isJson());
        view.setRawJson(" " + expected.toUtf8() + "\n");
        QCOMPARE(view.text(), expected);
        QVERIFY(view.isJson());
    }

    void prettyPrintsKeepingOrderAndNumbers()
    {
        JsonView view;
        view.setRawJson("{\"b\":[1.0,{}],\"a\":12345678901234567890,\"s\":\"x,\\\"{\"}");
        QCOMPARE(
            view.text(),
            QStringLiteral("{\n  \"b\": [\n    1.0,\n    {}\n  ],\n  \"a\": 12345678901234567890,"
                           "\n  \"s\": \"x,\\\"{\"\n}"));
        view.setValue(QJsonObject {{QStringLiteral("k"), 1}});
        QCOMPARE(view.text(), QStringLiteral("{\n  \"k\": 1\n}"));
    }

    void showsInvalidJsonAsPlainText()
    {
        JsonView view;
        view.setRawJson("<html>502 Bad Gateway {oops</html>");
        QCOMPARE(view.text(), QStringLiteral("<html>502 Bad Gateway {oops</html>"));
        QVERIFY(!view.isJson());
        QVERIFY(view.document()->firstBlock().layout()->formats().isEmpty());
        // Valid JSON afterwards is highlighted again.
        view.setRawJson("{\"name\": 42}");
        QVERIFY(!view.document()->firstBlock().next().layout()->formats().isEmpty());
    }

    void copiesToClipboard()
    {
        JsonView view;
        view.setRawJson("{\"name\": 42}");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *edit = view.findChild<QPlainTextEdit *>();
        QClipboard *clipboard = QGuiApplication::clipboard();

        clipboard->clear();
        QTest::keySequence(edit, QKeySequence::Copy); // nothing selected: everything
        QCOMPARE(clipboard->text(), view.text());

        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(view.text().indexOf(u"\"name\""));
        cursor.setPosition(cursor.position() + 6, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        QTest::keySequence(edit, QKeySequence::Copy);
        QCOMPARE(clipboard->text(), QStringLiteral("\"name\""));

        clipboard->clear();
        auto *copyAll = view.findChild<QAction *>(QStringLiteral("copyAll"));
        QVERIFY(copyAll);
        QVERIFY(!copyAll->text().isEmpty());
        copyAll->trigger();
        QCOMPARE(clipboard->text(), view.text());
    }

    void isAccessible()
    {
        JsonView view;
        QVERIFY(!view.findChild<QPlainTextEdit *>()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestJsonView)
#include "tst_jsonview.moc"
