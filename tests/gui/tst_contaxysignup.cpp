// Signing in to Contaxy before having an account (contaxy.md §4, §11): on a fresh server
// (a private emulator, --uninitialized --no-self-registration) the sign-in dialog offers to
// set it up, asks first, fills in the new administrator and signs in with it, and then the
// server's refusal to let people sign up shows in the account dialog; on the shared,
// running emulator "Create Account" makes the account and signs in with it at once.
#include "auth/accountsession.h"
#include "auth/memorycredentialstore.h"
#include "contaxy/contaxysignuppanel.h"
#include "contaxy/contaxyusermodel.h"
#include "contaxy/createuserdialog.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "shell/signindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace wharf;

class TestContaxySignUp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_state;
    QUrl m_fresh;
    auth::MemoryCredentialStore m_store;

    static Account account(const QUrl &url)
    {
        Account a;
        a.id = Account::newId();
        a.displayName = QStringLiteral("Sign-up test");
        a.kind = PlatformKind::Contaxy;
        a.serverUrl = url;
        return a;
    }

    template<typename T> static T *waitForVisible(QWidget *parent)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (T *w : parent->findChildren<T *>()) {
                    if (w->isVisible())
                        found = w;
                }
                return found != nullptr;
            },
            10000);
        return shown ? found : nullptr;
    }

    static ui::CreateUserDialog *
    fillAccountDialog(ui::SignInDialog &signIn, const QString &name, const QString &password)
    {
        QTest::mouseClick(signIn.signUpPanel()->createAccountButton(), Qt::LeftButton);
        auto *dialog = waitForVisible<ui::CreateUserDialog>(&signIn);
        if (!dialog)
            return nullptr;
        QTest::keyClicks(dialog->usernameEdit(), name);
        QTest::keyClicks(dialog->emailEdit(), name + QStringLiteral("@lab.test"));
        QTest::keyClicks(dialog->passwordEdit(), password);
        QTest::keyClicks(dialog->confirmEdit(), password);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList args {QStringLiteral("start"),
                                QStringLiteral("--state-dir"),
                                m_state.path(),
                                QStringLiteral("--emulator-arg=--uninitialized"),
                                QStringLiteral("--emulator-arg=--no-self-registration"),
                                QStringLiteral("contaxy")};
        m_fresh = test::launch(m_state.path(), args, QStringLiteral("contaxy")).url;
        QVERIFY(m_fresh.isValid());
    }

    void cleanupTestCase() { test::stopAll(m_state.path()); }

    void freshServerIsSetUpThenSignedInto()
    {
        auth::AccountSession session(account(m_fresh), &m_store);
        ui::SignInDialog signIn(&session);
        signIn.show();
        ui::ContaxySignUpPanel *panel = signIn.signUpPanel();
        QVERIFY(panel);
        QSignalSpy checked(panel, &ui::ContaxySignUpPanel::checked);
        QVERIFY(checked.wait(10000));
        QVERIFY(panel->setUpButton()->isVisible());
        QVERIFY(!panel->createAccountButton()->isVisible());
        QVERIFY(panel->messageLabel()->text().contains(QLatin1String("not been set up")));
        // A second dialog that saw the same fresh server, to be set up by the first meanwhile.
        auth::AccountSession otherSession(account(m_fresh), &m_store);
        ui::SignInDialog other(&otherSession);
        other.show();
        QSignalSpy otherChecked(other.signUpPanel(), &ui::ContaxySignUpPanel::checked);
        QVERIFY(otherChecked.wait(10000));
        QVERIFY(other.signUpPanel()->setUpButton()->isVisible());

        QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);
        auto *box = waitForVisible<QMessageBox>(&signIn);
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("\"admin\"")));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Return); // Cancel: nothing happens
        QTRY_VERIFY(!signIn.findChild<QMessageBox *>());
        QVERIFY(panel->setUpButton()->isVisible());

        QTest::mouseClick(panel->setUpButton(), Qt::LeftButton);
        QVERIFY((box = waitForVisible<QMessageBox>(&signIn)));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageLabel()->text().contains(QLatin1String("is set up")),
                                 10000);
        QCOMPARE(signIn.userEdit()->text(), QStringLiteral("admin"));
        QCOMPARE(signIn.passwordEdit()->text(), QStringLiteral("admin"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->createAccountButton()->isVisible(), 10000); // running
        QVERIFY(!panel->setUpButton()->isVisible());

        // Too late in the other dialog: the server answers 409, and the dialog says so.
        QTest::mouseClick(other.signUpPanel()->setUpButton(), Qt::LeftButton);
        QVERIFY((box = waitForVisible<QMessageBox>(&other)));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            other.signUpPanel()->messageLabel()->text().contains(QLatin1String("already")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(other.signUpPanel()->createAccountButton()->isVisible(), 10000);
        QVERIFY(other.signUpPanel()->messageLabel()->text().contains(QLatin1String("already")));
        other.reject();

        QSignalSpy signedIn(&session, &auth::AccountSession::signedIn);
        QTest::keyClick(signIn.passwordEdit(), Qt::Key_Return); // Sign In stays the default
        QVERIFY(signedIn.wait(10000));
        QVERIFY(!signedIn.at(0).at(0).value<net::ApiError>());
        QTRY_VERIFY(!signIn.isVisible());
        QCOMPARE(signIn.result(), int(QDialog::Accepted));
    }

    void signUpRefusedWhereSelfRegistrationIsOff()
    {
        auth::AccountSession session(account(m_fresh), &m_store); // set up by the test before
        ui::SignInDialog signIn(&session);
        signIn.show();
        QSignalSpy checked(signIn.signUpPanel(), &ui::ContaxySignUpPanel::checked);
        QVERIFY(checked.wait(10000));
        QVERIFY(signIn.signUpPanel()->createAccountButton()->isVisible());
        auto *dialog = fillAccountDialog(signIn, QStringLiteral("bob"), QStringLiteral("pw"));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Create Account"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 10000);
        QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("administrator")),
                 qPrintable(dialog->errorLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(signIn.isVisible());
        dialog->reject();
    }

    void createAccountSignsIn()
    {
        const QUrl shared = test::emulator(QStringLiteral("contaxy")).url;
        auth::AccountSession session(account(shared), &m_store);
        ui::SignInDialog signIn(&session);
        signIn.show();
        QSignalSpy checked(signIn.signUpPanel(), &ui::ContaxySignUpPanel::checked);
        QVERIFY(checked.wait(10000));
        QVERIFY(!signIn.signUpPanel()->setUpButton()->isVisible());
        const QString name = QStringLiteral("signup%1").arg(QCoreApplication::applicationPid());
        auto *dialog = fillAccountDialog(signIn, name, QStringLiteral("signup-pw"));
        QVERIFY(dialog);
        QSignalSpy signedIn(&session, &auth::AccountSession::signedIn);
        QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(!signedIn.at(0).at(0).value<net::ApiError>());
        QTRY_VERIFY(!signIn.isVisible());
        QCOMPARE(signIn.result(), int(QDialog::Accepted));
        QCOMPARE(signIn.userEdit()->text(), name);

        // Clean up: the emulator is shared.
        auth::AccountSession admin(account(shared), nullptr);
        QSignalSpy adminIn(&admin, &auth::AccountSession::signedIn);
        admin.signInWithPassword(QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(adminIn.wait(10000));
        ContaxyUserModel users(&admin, nullptr);
        QVERIFY(test::fetchAll(users));
        int row = -1;
        for (int r = 0; r < users.rowCount(); ++r) {
            if (users.user(r).username == name)
                row = r;
        }
        QVERIFY(row >= 0);
        QSignalSpy finished(&users, &ResourceListModel::actionFinished);
        users.remove(users.user(row).id);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(1).toBool());
    }
};

QTEST_MAIN(TestContaxySignUp)
#include "tst_contaxysignup.moc"
