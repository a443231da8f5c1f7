#include "ivcap/authinfo.h"
#include "net/boundedyaml.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace wharf;

namespace {
const QByteArray kValid = R"(version: 1
auth:
  default-provider-id: auth0
  providers:
    auth0:
      id: urn:ivcap:provider:1
      login-url: https://id.example.test/authorize
      token-url: https://id.example.test/oauth/token
      code-url: https://id.example.test/oauth/device/code
      jwks-url: https://id.example.test/.well-known/jwks.json
      client-id: abc123
      audience: https://api.ivcap.example.test
)";
} // namespace

class TestAuthInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidDocument()
    {
        QString error;
        const auto info = ivcap::parseAuthInfo(kValid, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->version, 1);
        QCOMPARE(info->providers.size(), 1);
        const ivcap::AuthProvider *provider = info->defaultProvider();
        QVERIFY(provider);
        QCOMPARE(provider->clientId, QStringLiteral("abc123"));
        QCOMPARE(provider->codeUrl,
                 QUrl(QStringLiteral("https://id.example.test/oauth/device/code")));
        QCOMPARE(provider->audience, QStringLiteral("https://api.ivcap.example.test"));
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QByteArray wrongVersion = kValid;
        wrongVersion.replace("version: 1", "version: 2");
        QTest::newRow("version") << wrongVersion << QStringLiteral("unsupported version");
        QByteArray noAudience = kValid;
        noAudience.replace("      audience: https://api.ivcap.example.test\n", "");
        QTest::newRow("audience") << noAudience << QStringLiteral("audience");
        QByteArray badUrl = kValid;
        badUrl.replace("https://id.example.test/oauth/token", "javascript:alert(1)");
        QTest::newRow("url") << badUrl << QStringLiteral("token-url");
        QTest::newRow("html") << QByteArray("<html><body>Not here</body></html>")
                              << QStringLiteral("not a mapping");
        QTest::newRow("syntax") << QByteArray("version: [1, 2\nauth: {")
                                << QStringLiteral("Invalid YAML");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
        QTest::newRow("two docs") << QByteArray("a: 1\n---\nb: 2\n") << QStringLiteral("several");
    }
    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ivcap::parseAuthInfo(yaml, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Hostile input: each must be refused quickly without exhausting memory or stack.
    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QByteArray bomb
            = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            const char prev = char(c - 1);
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + prev + ",*" + prev + ",*"
                + prev + ",*" + prev + ",*" + prev + ",*" + prev + "]\n";
        }
        QTest::newRow("billion laughs") << bomb << QStringLiteral("not allowed");
        QTest::newRow("alias only") << QByteArray("a: *x\n") << QStringLiteral("YAML");
        QTest::newRow("huge scalar") << ("version: \"" + QByteArray(200 * 1024, 'x') + "\"\n")
                                     << QStringLiteral("longer than");
        QTest::newRow("huge document")
            << QByteArray(2 * 1024 * 1024, '#') << QStringLiteral("larger than");
        QTest::newRow("deep flow")
            << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QStringLiteral("YAML");
        QByteArray deepBlock;
        for (int i = 0; i < 100; ++i)
            deepBlock += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
        QTest::newRow("deep block") << deepBlock << QStringLiteral("nested deeper");
        QByteArray many = "[";
        for (int i = 0; i < 30000; ++i)
            many += "1,";
        many += "1]";
        QTest::newRow("many nodes") << many << QStringLiteral("more than");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01version", 11)
                                << QStringLiteral("YAML");
    }
    void hostileInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!ivcap::parseAuthInfo(yaml, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(timer.elapsed() < 2000, "hostile input must be refused quickly");
    }
};

QTEST_GUILESS_MAIN(TestAuthInfo)
#include "tst_authinfo.moc"
