#include "auth/accountsession.h"
#include "auth/memorycredentialstore.h"
#include "emulators.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "shell/signindialog.h"
#include "websso/embeddedbrowser.h"
#include "websso/webssodialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;

// The sign-in dialog's web SSO buttons, and the SSO dialog without an embedded browser:
// it says why and takes a pasted API token, with a link to where tokens are made.
class TestWebSsoDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_state;
    auth::MemoryCredentialStore m_store;

    Account account(PlatformKind kind, const QUrl &url) const
    {
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("SSO test");
        a.kind = kind;
        a.serverUrl = url;
        return a;
    }

    QString contaxyLoginToken(const QUrl &url) const
    {
        auth::AccountSession session(account(PlatformKind::Contaxy, url), nullptr);
        QSignalSpy spy(&session, &auth::AccountSession::signedIn);
        session.signInWithPassword(QStringLiteral("alice"), QStringLiteral("alice-password"));
        return spy.wait(15000) ? session.client()->bearerToken() : QString();
    }

    static QPushButton *signInButton(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("WHARF_NO_WEBENGINE", "1");
        QVERIFY(!ui::embeddedBrowserUnavailableReason().isEmpty());
        // SSO-enabled emulators; the issuer is never contacted without a browser.
        const QStringList args {QStringLiteral("start"),
                                QStringLiteral("--state-dir"),
                                m_state.path(),
                                QStringLiteral("--oidc-issuer"),
                                QStringLiteral("http://127.0.0.1:9"),
                                QStringLiteral("contaxy"),
                                QStringLiteral("projectw")};
        QVERIFY(test::launch(m_state.path(), args, QStringLiteral("contaxy")).isValid());
    }

    void cleanupTestCase() { test::stopAll(m_state.path()); }

    void buttonsOnlyWhenOffered_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("sso");
        QTest::addColumn<QString>("text");
        const int c = int(PlatformKind::Contaxy), p = int(PlatformKind::ProjectW);
        QTest::newRow("contaxy") << c << true << "Sign in with single sign-on (browser)";
        QTest::newRow("projectw") << p << true << "Sign in with TestIdP (browser)";
        QTest::newRow("contaxy without") << c << false << QString();
        QTest::newRow("projectw without") << p << false << QString();
        QTest::newRow("ivcap") << int(PlatformKind::Ivcap) << false << QString();
    }
    void buttonsOnlyWhenOffered()
    {
        QFETCH(int, kind);
        QFETCH(bool, sso);
        QFETCH(QString, text);
        const auto k = PlatformKind(kind);
        const QString name = k == PlatformKind::Contaxy ? QStringLiteral("contaxy")
            : k == PlatformKind::ProjectW               ? QStringLiteral("projectw")
                                                        : QStringLiteral("ivcap");
        const QUrl url = test::emulator(name, sso ? m_state.path() : QString()).url;
        auth::AccountSession session(account(k, url), &m_store);
        ui::SignInDialog dialog(&session);
        QSignalSpy discovered(&dialog, &ui::SignInDialog::webSsoDiscovered);
        QVERIFY(discovered.wait(15000));
        QCOMPARE(dialog.webSsoButtons().size(), sso ? 1 : 0);
        if (sso)
            QCOMPARE(dialog.webSsoButtons().constFirst()->text(), text);
    }

    void contaxyPasteFallbackSignsIn()
    {
        const QUrl url = test::emulator(QStringLiteral("contaxy"), m_state.path()).url;
        const Account acc = account(PlatformKind::Contaxy, url);
        auth::AccountSession session(acc, &m_store);
        ui::SignInDialog signIn(&session);
        signIn.show();
        QSignalSpy discovered(&signIn, &ui::SignInDialog::webSsoDiscovered);
        QVERIFY(discovered.wait(15000));
        QCOMPARE(signIn.webSsoButtons().size(), 1);
        QTest::mouseClick(signIn.webSsoButtons().constFirst(), Qt::LeftButton);
        auto *dialog = signIn.findChild<ui::WebSsoDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isPasteMode());
        QVERIFY(!dialog->browser());
        // Says why: WHARF_NO_WEBENGINE here, or a build without WebEngine.
        QVERIFY2(dialog->statusLabel()->text().startsWith(ui::embeddedBrowserUnavailableReason()),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->statusLabel()->text().contains(
            ui::embeddedBrowserBuilt() ? QStringLiteral("WHARF_NO_WEBENGINE")
                                       : QStringLiteral("without an embedded browser")));
        QCOMPARE(dialog->tokenPageUrl(), QUrl(url.toString() + QStringLiteral("/app/")));
        QVERIFY(dialog->linkLabel()->text().contains(url.toString() + QStringLiteral("/app/")));
        QVERIFY(dialog->linkLabel()->openExternalLinks());

        QPushButton *ok = signInButton(dialog);
        QVERIFY(ok);
        QVERIFY(!ok->isEnabled());
        const QString token = contaxyLoginToken(url);
        QVERIFY(!token.isEmpty());
        QSignalSpy signedIn(&session, &auth::AccountSession::signedIn);
        QSignalSpy accepted(&signIn, &QDialog::accepted);
        QTest::keyClicks(dialog->tokenEdit(), token);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(signedIn.wait(15000));
        QVERIFY(!signedIn.at(0).at(0).value<net::ApiError>());
        QTRY_COMPARE(accepted.size(), 1); // the sign-in dialog closes with it
        QVERIFY(dialog->tokenEdit()->text().isEmpty());
        QVERIFY(m_store.contains(acc.id));
        QCOMPARE(session.client()->bearerToken(), token);
    }

    void projectwPasteFallbackRejectsBadToken()
    {
        const QUrl url = test::emulator(QStringLiteral("projectw"), m_state.path()).url;
        const Account acc = account(PlatformKind::ProjectW, url);
        auth::AccountSession session(acc, &m_store);
        auth::WebSsoProvider provider;
        provider.name = QStringLiteral("TestIdP");
        provider.cookieName = "token";
        provider.canCreateApiToken = false;
        ui::WebSsoDialog dialog(&session, provider);
        dialog.show();
        QVERIFY(dialog.isPasteMode());
        QCOMPARE(dialog.tokenPageUrl().toString(), url.toString() + "/#/account/security");
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("administrators")));
        QSignalSpy signedIn(&session, &auth::AccountSession::signedIn);
        QTest::keyClicks(dialog.tokenEdit(), QString(43, QLatin1Char('x')));
        QTest::keyClick(dialog.tokenEdit(), Qt::Key_Return);
        QVERIFY(signedIn.wait(15000));
        QTRY_VERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("Could not validate token")),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!m_store.contains(acc.id));
        QVERIFY(session.client()->bearerToken().isEmpty());
    }
};

QTEST_MAIN(TestWebSsoDialog)
#include "tst_webssodialog.moc"
