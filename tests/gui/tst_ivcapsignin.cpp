// The IVCAP part of the sign-in dialog against the IVCAP emulator, whose authinfo.yaml names
// an identity provider that is not there: the methods are offered, the browser fallback shows
// the link to copy (offscreen Qt cannot open a browser), cancel closes the listener, and a
// failing provider gives a readable error. The full flows run in tests/e2e.
#include "accounts/account.h"
#include "auth/accountsession.h"
#include "emulators.h"
#include "ivcap/ivcapsigninpanel.h"
#include "shell/signindialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace wharf;

class TestIvcapSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offersMethodsAndFallsBackToLink();
};

void TestIvcapSignIn::offersMethodsAndFallsBackToLink()
{
    const auto ivcap = test::emulator(QStringLiteral("ivcap"));
    QVERIFY(ivcap.isValid());
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("IVCAP");
    account.kind = PlatformKind::Ivcap;
    account.serverUrl = ivcap.url;
    auth::AccountSession session(account, nullptr);
    ui::SignInDialog dialog(&session);
    auto *panel = dialog.findChild<ui::IvcapSignInPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->browserButton()->isEnabled(), 10000);
    QVERIFY(panel->deviceButton()->isEnabled());
    // IVCAP has no password sign-in, so the dialog does not offer one.
    QVERIFY(!dialog.userEdit()->isVisibleTo(&dialog));
    QVERIFY(!dialog.passwordEdit()->isVisibleTo(&dialog));
    QVERIFY(dialog.tokenEdit()->isVisibleTo(&dialog));
    QVERIFY(panel->browserButton()->text().contains(QLatin1Char('&'))); // keyboard mnemonic
    QVERIFY(panel->deviceButton()->text().contains(QLatin1Char('&')));

    QTest::mouseClick(panel->browserButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->linkLabel()->isHidden(), 10000);
    QVERIFY(panel->linkLabel()->text().contains(QLatin1String("could not be opened")));
    const QUrl link(panel->linkLabel()->property("url").toString());
    QVERIFY(link.query().contains(QLatin1String("code_challenge_method=S256")));
    const QUrl redirect(
        QUrlQuery(link).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(redirect.port()));
    QVERIFY(probe.waitForConnected(5000));
    probe.abort();
    QVERIFY(!panel->cancelButton()->isHidden());
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    QVERIFY(!panel->isBusy());
    QVERIFY(panel->linkLabel()->isHidden());
    probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(2000)); // the listener is closed
    QVERIFY(!session.hasToken());

    // The emulator's provider does not exist: the device flow fails with a message.
    QTest::mouseClick(panel->deviceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
    QVERIFY2(panel->statusLabel()->text().startsWith(QLatin1String("Sign-in failed")),
             qPrintable(panel->statusLabel()->text()));
}

QTEST_MAIN(TestIvcapSignIn)
#include "tst_ivcapsignin.moc"
