#include "diagnostics.h"
#include "logging/logfile.h"
#include "shell/aboutdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using wharf::logging::LogFile;
using wharf::ui::AboutDialog;

namespace {
Q_LOGGING_CATEGORY(lcTest, "wharf.test")
}

// The About dialog's versions and "Copy diagnostics".
class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void versionsAreKnown();
    void copyDiagnosticsHasNoSecrets();
};

void TestAboutDialog::versionsAreKnown()
{
    const auto versions = AboutDialog::versions();
    const QRegularExpression dotted(QStringLiteral("^\\d+\\.\\d+"));
    QStringList names;
    for (const auto &[component, version] : versions) {
        names << component;
        if (component != u"OS")
            QVERIFY2(dotted.match(version).hasMatch(),
                     qPrintable(component + QStringLiteral(": ") + version));
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("Wharf"),
                          QStringLiteral("Qt"),
                          QStringLiteral("KSyntaxHighlighting"),
                          QStringLiteral("QtKeychain"),
                          QStringLiteral("libcurl"),
                          QStringLiteral("OS")}));
}

void TestAboutDialog::copyDiagnosticsHasNoSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile::Options options;
    options.directory = dir.path();
    LogFile log(options);
    QVERIFY(log.install());
    qCWarning(lcTest) << "sent Authorization: Bearer PLANTED-SECRET-1";
    qCInfo(lcTest).noquote() << "GET https://h.example/files?token=PLANTED-SECRET-2";
    qCInfo(lcTest).noquote() << "a harmless line";
    log.uninstall();

    const QStringList accounts {QStringLiteral("Lab – Contaxy – https://c.example (alice)"),
                                QStringLiteral("Odd – https://x.example/?token=PLANTED-SECRET-3")};
    AboutDialog dialog(accounts, &log);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QGuiApplication::clipboard()->clear();
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyDiagnostics"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.contains(QStringLiteral("Wharf: " WHARF_VERSION)));
    QVERIFY(text.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("libcurl: ") + wharf::diagnostics::curlVersion()));
    QVERIFY(
        text.contains(QStringLiteral("QtKeychain: ") + wharf::diagnostics::qtKeychainVersion()));
    QVERIFY(text.contains(u"KSyntaxHighlighting: "));
    QVERIFY(text.contains(accounts.first()));
    QVERIFY(text.contains(u"Accounts (2)"));
    QVERIFY(text.contains(u"a harmless line"));
    QVERIFY(text.contains(u"Bearer REDACTED"));
    QVERIFY2(!text.contains(u"PLANTED-SECRET"), qPrintable(text));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("aboutStatus"))->text().isEmpty());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
