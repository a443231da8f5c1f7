#include "net/redact.h"

#include <QtTest>

using namespace wharf::net;

class TestRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls()
    {
        const QString out = redactUrl(
            QUrl(QStringLiteral("https://u:pw@h/x?ct_token=SECRET1&a=1&token=SECRET2&code=S3")));
        QVERIFY(!out.contains(QStringLiteral("SECRET")));
        QVERIFY(!out.contains(QStringLiteral("S3")));
        QVERIFY(!out.contains(QStringLiteral("pw")));
        QVERIFY(out.contains(QStringLiteral("a=1")));
        QVERIFY(out.contains(QStringLiteral("ct_token=REDACTED")));
    }
    void text()
    {
        const QString in = QStringLiteral(
            "Authorization: Bearer abc.def-ghi GET /x?token=t0k&y=2 {\"access_token\": \"AT\", "
            "\"refresh_token\":\"RT\"} password=hunter2 Cookie: ct_token=ck");
        const QString out = redactText(in);
        for (const char *secret : {"abc.def-ghi", "t0k", "\"AT\"", "\"RT\"", "hunter2", "=ck"})
            QVERIFY2(!out.contains(QLatin1String(secret)), secret);
        QVERIFY(out.contains(QStringLiteral("y=2")));
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
