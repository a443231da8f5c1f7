// Switching the user interface language at run time: LanguageManager installs the catalogues
// compiled into :/i18n, Qt sends QEvent::LanguageChange, and real widgets retranslate.
#include "i18n/languagemanager.h"
#include "shell/welcomepage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using wharf::LanguageManager;

class TestLanguage : public QObject
{
    Q_OBJECT
public:
    // Runs before QApplication exists: "System" then means German first, then English.
    static void initMain() { qputenv("LANGUAGE", "de_DE:en_US"); }

private Q_SLOTS:
    void cataloguesAreCompiledIn();
    void resolve_data();
    void resolve();
    void systemLanguageIsTheDefault();
    void switchesWidgetsAtRunTime();
    void qtCatalogueFollows();

private:
    static QLabel *labelWithText(QWidget *parent, const QString &text);
};

QLabel *TestLanguage::labelWithText(QWidget *parent, const QString &text)
{
    const auto labels = parent->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

void TestLanguage::cataloguesAreCompiledIn()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/wharf_de.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/wharf_en.qm")));
    QCOMPARE(LanguageManager::availableLanguages(), (QStringList {"de", "en"}));
}

void TestLanguage::resolve_data()
{
    QTest::addColumn<QStringList>("preferred");
    QTest::addColumn<QStringList>("available");
    QTest::addColumn<QString>("expected");
    const QStringList deEn {"de", "en"};
    QTest::newRow("bcp47 region") << QStringList {"de-DE", "en-US"} << deEn << "de";
    QTest::newRow("locale name") << QStringList {"de_AT"} << deEn << "de";
    QTest::newRow("first wins") << QStringList {"en-GB", "de"} << deEn << "en";
    QTest::newRow("second when first missing") << QStringList {"fr-FR", "de-CH"} << deEn << "de";
    QTest::newRow("none matches") << QStringList {"fr", "it"} << deEn << "en";
    QTest::newRow("empty") << QStringList {} << deEn << "en";
    QTest::newRow("case") << QStringList {"DE"} << deEn << "de";
    const QStringList pt {"en", "pt", "pt_BR"};
    QTest::newRow("exact region first") << QStringList {"pt-BR"} << pt << "pt_BR";
    QTest::newRow("language fallback") << QStringList {"pt-PT"} << pt << "pt";
}

void TestLanguage::resolve()
{
    QFETCH(QStringList, preferred);
    QFETCH(QStringList, available);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::resolve(preferred, available), expected);
}

void TestLanguage::systemLanguageIsTheDefault()
{
    QVERIFY2(QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("de")),
             qPrintable(QLocale::system().uiLanguages().join(u',')));
    LanguageManager languages;
    QCOMPARE(languages.setLanguage(QString()), QStringLiteral("de"));
    QCOMPARE(languages.requestedLanguage(), QString());
    QCOMPARE(languages.currentLanguage(), QStringLiteral("de"));
    wharf::ui::WelcomePage page;
    QVERIFY(labelWithText(&page, QStringLiteral("Willkommen bei Wharf")));
}

void TestLanguage::switchesWidgetsAtRunTime()
{
    LanguageManager languages;
    QCOMPARE(languages.setLanguage(QStringLiteral("en")), QStringLiteral("en"));
    wharf::ui::WelcomePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QLabel *title = labelWithText(&page, QStringLiteral("Welcome to Wharf"));
    QVERIFY(title);
    auto *add = page.findChild<QPushButton *>();
    QVERIFY(add);
    const QString englishButton = add->text();

    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    QCOMPARE(languages.setLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("de"));
    // The widget learns of the change only through QEvent::LanguageChange.
    QTRY_COMPARE(title->text(), QStringLiteral("Willkommen bei Wharf"));
    QVERIFY(add->text() != englishButton);
    QCOMPARE(add->text(), QCoreApplication::translate("wharf::ui::WelcomePage", "&Add Account…"));

    // Asking again for the language in use changes nothing.
    QCOMPARE(languages.setLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(changed.count(), 1);

    QCOMPARE(languages.setLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QTRY_COMPARE(title->text(), QStringLiteral("Welcome to Wharf"));
    QCOMPARE(add->text(), englishButton);

    // A language without a catalogue falls back to English, the source language.
    QCOMPARE(languages.setLanguage(QStringLiteral("fr")), QStringLiteral("en"));
    QCOMPARE(title->text(), QStringLiteral("Welcome to Wharf"));
}

void TestLanguage::qtCatalogueFollows()
{
    bool installed = false;
    for (const QString &dir : LanguageManager::qtCatalogueDirs())
        installed = installed || QFile::exists(dir + QStringLiteral("/qtbase_de.qm"));
    if (!installed)
        QSKIP("Qt's German catalogue is not installed (Debian: qt6-translations-l10n)");

    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    languages.setLanguage(QStringLiteral("de"));
    QVERIFY(languages.hasQtCatalogue());
    QTRY_COMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    languages.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
