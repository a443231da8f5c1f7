#include "net/apierror.h"

#include <QtTest>

using namespace wharf::net;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void platformBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        // Contaxy ProblemDetails (contaxy.md §2.1)
        QTest::newRow("contaxy-401")
            << 401
            << QByteArray(R"({"code":401,"message":"No API token was provided.",)"
                          R"("explanation":"Please log in."})")
            << int(Kind::Unauthorized)
            << QStringLiteral("No API token was provided. Please log in.") << QString();
        QTest::newRow("contaxy-404")
            << 404 << QByteArray(R"({"code":404,"message":"Not Found"})") << int(Kind::NotFound)
            << QStringLiteral("Not Found") << QString();
        // OAuth (Contaxy token endpoint)
        QTest::newRow("oauth") << 400 << QByteArray(R"({"error":"unauthorized_client"})")
                               << int(Kind::Validation) << QStringLiteral("unauthorized_client")
                               << QStringLiteral("unauthorized_client");
        QTest::newRow("oauth-description")
            << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"Code expired"})")
            << int(Kind::Validation) << QStringLiteral("Code expired")
            << QStringLiteral("invalid_grant");
        // Project-W {detail: string} and {detail: [validation]}
        QTest::newRow("projectw-401")
            << 401 << QByteArray(R"({"detail":"Could not validate token"})")
            << int(Kind::Unauthorized) << QStringLiteral("Could not validate token") << QString();
        QTest::newRow("projectw-422")
            << 422
            << QByteArray(R"({"detail":[{"loc":["body","grant_type"],"msg":"string does not )"
                          R"(match regex","type":"value_error"}]})")
            << int(Kind::Validation)
            << QStringLiteral("body.grant_type: string does not match regex") << QString();
        // IVCAP {message, id} and goa's generic error
        QTest::newRow("ivcap-403")
            << 403 << QByteArray(R"({"message":"missing scope consumer:write","id":"x"})")
            << int(Kind::Forbidden) << QStringLiteral("missing scope consumer:write") << QString();
        QTest::newRow("goa")
            << 500
            << QByteArray(R"({"name":"fault","id":"a1","message":"boom","temporary":false,)"
                          R"("timeout":false,"fault":true})")
            << int(Kind::Server) << QStringLiteral("boom") << QStringLiteral("fault");
        QTest::newRow("ivcap-invalid-parameter")
            << 422 << QByteArray(R"({"name":"limit","message":"must be <= 50","value":"99"})")
            << int(Kind::Validation) << QStringLiteral("limit: must be <= 50") << QString();
        // Empty bodies (IVCAP 401/503) get our own message
        QTest::newRow("empty-401")
            << 401 << QByteArray() << int(Kind::Unauthorized)
            << QStringLiteral("Not signed in, or the session has expired.") << QString();
        QTest::newRow("empty-503")
            << 503 << QByteArray() << int(Kind::Server)
            << QStringLiteral("The service is temporarily unavailable.") << QString();
        QTest::newRow("html-502") << 502 << QByteArray("<html><h1>Bad Gateway</h1></html>")
                                  << int(Kind::Server)
                                  << QStringLiteral(
                                         "The server's gateway could not reach the service.")
                                  << QString();
        QTest::newRow("plain-text") << 409 << QByteArray("already exists") << int(Kind::Conflict)
                                    << QStringLiteral("already exists") << QString();
    }
    void platformBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(QString, code);
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.message, message);
        QCOMPARE(error.code, code);
        QVERIFY(error.isError());
        QVERIFY(error.toString().contains(QString::number(status)));
    }
    void successIsNoError()
    {
        QVERIFY(!ApiError::fromHttp(200, "{}").isError());
        QVERIFY(!ApiError::fromHttp(303, QByteArray()).isError());
        QVERIFY(!ApiError().isError());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
