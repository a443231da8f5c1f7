// How an account is signed in, as the account page says it: API token, session token with
// its expiry (renewed on Project-W), nothing without a token.
#include "auth/signininfo.h"
#include "sessionhelpers.h"

#include <QtTest>

using namespace wharf;

namespace {
QString jwtWithExpiry(qint64 exp)
{
    auto part = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + QLatin1Char('.')
        + part(QByteArray("{\"sub\":\"1\",\"exp\":") + QByteArray::number(exp) + "}")
        + QStringLiteral(".c2ln");
}
} // namespace

class TestSignInInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noToken()
    {
        auto session = test::tokenSession(PlatformKind::Contaxy, QUrl("http://h"), QString());
        const auto info = auth::signInInfo(*session);
        QCOMPARE(info.method, auth::SignInInfo::Method::None);
        QVERIFY(!info.expires.isValid());
    }

    void apiToken()
    {
        auto session = test::tokenSession(
            PlatformKind::Contaxy, QUrl("http://h"), QStringLiteral("0123456789abcdef0123"));
        const auto info = auth::signInInfo(*session);
        QCOMPARE(info.method, auth::SignInInfo::Method::ApiToken);
        QVERIFY(!info.expires.isValid());
        QCOMPARE(info.methodText(), QStringLiteral("API token"));
    }

    void sessionTokenWithExpiry()
    {
        const QDateTime exp = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);
        auto projectw = test::tokenSession(
            PlatformKind::ProjectW, QUrl("http://h"), jwtWithExpiry(exp.toSecsSinceEpoch()));
        auto info = auth::signInInfo(*projectw);
        QCOMPARE(info.method, auth::SignInInfo::Method::SessionToken);
        QCOMPARE(info.expires, exp);
        QVERIFY(info.renewsItself); // Project-W's rolling session
        QVERIFY(info.methodText().contains(QLatin1String("renewed")));
        auto contaxy = test::tokenSession(
            PlatformKind::Contaxy, QUrl("http://h"), jwtWithExpiry(exp.toSecsSinceEpoch()));
        info = auth::signInInfo(*contaxy);
        QCOMPARE(info.method, auth::SignInInfo::Method::SessionToken);
        QVERIFY(!info.renewsItself);
    }
};

QTEST_GUILESS_MAIN(TestSignInInfo)
#include "tst_signininfo.moc"
