#include "accounts/serverurl.h"

#include <QTest>

using wharf::normaliseServerUrl;

// What users type into the "server" field, and what an account ends up storing.
class TestServerUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void errorIsClearedOnSuccess();
};

void TestServerUrl::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << "example.org"
                               << "https://example.org";
    QTest::newRow("trimmed") << "  \texample.org \n"
                             << "https://example.org";
    QTest::newRow("host and port") << "example.org:8443"
                                   << "https://example.org:8443";
    QTest::newRow("localhost port") << "localhost:8080"
                                    << "https://localhost:8080";
    QTest::newRow("http kept") << "http://127.0.0.1:5000"
                               << "http://127.0.0.1:5000";
    QTest::newRow("scheme case") << "HTTPS://Example.ORG"
                                 << "https://example.org";
    QTest::newRow("host lower-cased") << "https://Wharf.Example.ORG/Api"
                                      << "https://wharf.example.org/Api";
    QTest::newRow("trailing slash") << "https://example.org/"
                                    << "https://example.org";
    QTest::newRow("trailing slashes") << "https://example.org/api///"
                                      << "https://example.org/api";
    QTest::newRow("path prefix") << "https://example.org/api/v1"
                                 << "https://example.org/api/v1";
    QTest::newRow("query dropped") << "https://example.org/api/?x=1&y=2"
                                   << "https://example.org/api";
    QTest::newRow("default https port") << "https://example.org:443/x"
                                        << "https://example.org/x";
    QTest::newRow("default http port") << "http://example.org:80"
                                       << "http://example.org";
    QTest::newRow("other port kept") << "http://example.org:443"
                                     << "http://example.org:443";
    QTest::newRow("ipv6") << "http://[::1]:8080/p/"
                          << "http://[::1]:8080/p";
    QTest::newRow("dot segments") << "https://example.org/a/../b/./c"
                                  << "https://example.org/b/c";
    QTest::newRow("encoded path") << "https://example.org/my%20api"
                                  << "https://example.org/my%20api";
    QTest::newRow("max port") << "example.org:65535"
                              << "https://example.org:65535";
}

void TestServerUrl::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error = QStringLiteral("stale");
    const QUrl url = normaliseServerUrl(input, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    QVERIFY(error.isEmpty());
    // Normalising a normal form changes nothing, so stored URLs validate as they are.
    QCOMPARE(normaliseServerUrl(url.toString(QUrl::FullyEncoded)), url);
}

void TestServerUrl::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorPart"); // a word the message must contain
    QTest::newRow("empty") << ""
                           << "address";
    QTest::newRow("blank") << "   "
                           << "address";
    QTest::newRow("ftp") << "ftp://example.org"
                         << "ftp://";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "file://";
    QTest::newRow("javascript") << "javascript://alert(1)"
                                << "javascript://";
    QTest::newRow("broken scheme") << "1http://example.org"
                                   << "scheme";
    QTest::newRow("no host") << "https://"
                             << "server name";
    QTest::newRow("no host with path") << "https:///path"
                                       << "server name";
    QTest::newRow("only port") << "https://:8080"
                               << "server name";
    QTest::newRow("user info") << "https://alice@example.org"
                               << "user name";
    QTest::newRow("user and password") << "https://alice:secret@example.org"
                                       << "password";
    QTest::newRow("user info bare") << "bob:pw@example.org"
                                    << "user name";
    QTest::newRow("fragment") << "https://example.org/#x"
                              << "fragment";
    QTest::newRow("space in host") << "https://exa mple.org"
                                   << "spaces";
    QTest::newRow("space in path") << "https://example.org/my api"
                                   << "spaces";
    QTest::newRow("tab inside") << "example.org\t/x"
                                << "spaces";
    QTest::newRow("control char") << QStringLiteral("example.org") + QChar(0x7) << "control";
    QTest::newRow("angle bracket") << "https://example.org/<x>"
                                   << "<";
    QTest::newRow("backslash") << "https://example.org\\evil.com"
                               << "\\";
    QTest::newRow("port zero") << "example.org:0"
                               << "port";
    QTest::newRow("port too big") << "example.org:65536"
                                  << "port";
    QTest::newRow("port huge") << "example.org:99999999999"
                               << "port";
    QTest::newRow("port negative") << "example.org:-1"
                                   << "port";
    QTest::newRow("port not numeric") << "example.org:http"
                                      << "port";
    QTest::newRow("port empty") << "https://example.org:/x"
                                << "port";
    QTest::newRow("bad ipv6") << "http://[::zz]/"
                              << "not valid";
}

void TestServerUrl::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, errorPart);
    QString error;
    const QUrl url = normaliseServerUrl(input, &error);
    QVERIFY2(!url.isValid(), qPrintable(url.toString()));
    QVERIFY2(error.contains(errorPart, Qt::CaseInsensitive), qPrintable(error));
}

void TestServerUrl::errorIsClearedOnSuccess()
{
    QString error;
    QVERIFY(!normaliseServerUrl(QStringLiteral("gopher://x"), &error).isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(normaliseServerUrl(QStringLiteral("x.example"), &error).isValid());
    QVERIFY(error.isEmpty());
    // No out-parameter is fine too.
    QVERIFY(!normaliseServerUrl(QStringLiteral("https://")).isValid());
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
