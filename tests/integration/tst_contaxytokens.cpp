// Contaxy tokens against the emulator: the token model (under QAbstractItemModelTester) lists
// the user's and a project's tokens with the secret values in TokenRole only, creates API and
// session tokens (bare-string replies), refuses scopes beyond the user's (403), revokes with
// actionFinished and the cache caveat, and the client-side scope rules.
#include "auth/accountsession.h"
#include "contaxy/contaxytokenmodel.h"
#include "contaxy/tokens.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "sessionhelpers.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace wharf;

namespace {

// Every text a view could show for the row.
QStringList shownTexts(const ContaxyTokenModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(models::IdRole)})
            texts << model.index(row, column).data(role).toString();
    }
    return texts;
}

} // namespace

class TestContaxyTokens : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;

    // Creates a token through the model; "" and *error set when the server refused.
    QString create(ContaxyTokenModel &model,
                   const contaxy::TokenRequest &request,
                   net::ApiError *error = nullptr)
    {
        bool done = false;
        QString value;
        model.create(request, this, [&](const QString &token, const net::ApiError &e) {
            value = token;
            if (error)
                *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return QString();
        return value;
    }

    // The status of GET `path` with `token` as the credential.
    int statusWith(const QString &token, const QString &path)
    {
        auto session = test::tokenSession(PlatformKind::Contaxy, m_server.url, token);
        int status = -1;
        net::send(session->client(),
                  net::ApiRequest::get(path),
                  this,
                  [&](const net::ApiResponse &r) { status = r.status; });
        return QTest::qWaitFor([&] { return status >= 0; }, 10000) ? status : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void scopeRules()
    {
        QCOMPARE(contaxy::scopeFor(QStringLiteral(" /projects/demo/ "), QStringLiteral("read")),
                 QStringLiteral("projects/demo#read"));
        QVERIFY(contaxy::scopeProblem(QStringLiteral("projects/demo"), QStringLiteral("admin"))
                    .isEmpty());
        QVERIFY(contaxy::scopeProblem(QStringLiteral("*"), QStringLiteral("read")).isEmpty());
        QVERIFY(!contaxy::scopeProblem(QString(), QStringLiteral("read")).isEmpty());
        QVERIFY(!contaxy::scopeProblem(QStringLiteral("projects/a b"), QStringLiteral("read"))
                     .isEmpty());
        QVERIFY(!contaxy::scopeProblem(QStringLiteral("projects/a#b"), QStringLiteral("read"))
                     .isEmpty());
        QVERIFY(
            !contaxy::scopeProblem(QStringLiteral("projects/*"), QStringLiteral("read")).isEmpty());
        QVERIFY(!contaxy::scopeProblem(QStringLiteral("projects/a"), QStringLiteral("owner"))
                     .isEmpty());
        QVERIFY(contaxy::scopeTextProblem(QStringLiteral("projects/a#write")).isEmpty());
        QVERIFY(contaxy::scopeTextProblem(QStringLiteral("projects/a"))
                    .contains(QLatin1String("RESOURCE#LEVEL")));
        QVERIFY(!contaxy::tokenDescriptionProblem(QString(241, QLatin1Char('x'))).isEmpty());
        QVERIFY(contaxy::tokenDescriptionProblem(QString(240, QLatin1Char('x'))).isEmpty());
    }

    void listCreateRevokeInPlace()
    {
        ContaxyTokenModel model(m_session.get(), QString(), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        // The sign-in's own login token is listed, marked, and its value is in TokenRole only.
        const int current = model.rowOfToken(m_session->client()->bearerToken());
        QVERIFY(current >= 0);
        QVERIFY(model.index(current, 0).data(ContaxyTokenModel::IsCurrentRole).toBool());
        QCOMPARE(model.token(current).purpose, QStringLiteral("login-token"));
        QVERIFY(!shownTexts(model, current)
                     .join(QLatin1Char('|'))
                     .contains(m_session->client()->bearerToken()));

        const QString description
            = QStringLiteral("C++ notebook #") + QUuid::createUuid().toString(QUuid::Id128);
        contaxy::TokenRequest request;
        request.description = description;
        request.scopes = {QStringLiteral("projects/demo-project#read"),
                          QStringLiteral("projects/speech-lab/files#write")};
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QString value = create(model, request);
        QCOMPARE(value.size(), 40); // an API token: 40 hex characters
        // The row arrives with the list the model reloads: description and scopes as sent.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfToken(value) >= 0, 10000);
        const int row = model.rowOfToken(value);
        QCOMPARE(model.token(row).description, description); // '+' and '#' survived the query
        QCOMPARE(model.index(row, ContaxyTokenModel::ScopesColumn).data().toString(),
                 request.scopes.join(QStringLiteral(", ")));
        QCOMPARE(model.index(row, ContaxyTokenModel::TypeColumn).data().toString(),
                 QStringLiteral("API"));
        QCOMPARE(model.index(row, 0).data(ContaxyTokenModel::TokenRole).toString(), value);
        QVERIFY(!shownTexts(model, row).join(QLatin1Char('|')).contains(value));
        QVERIFY(!contaxy::withoutTokenValues(model.loader()->lastReply()).contains(value.toUtf8()));
        QVERIFY(model.loader()->lastReply().contains(value.toUtf8())); // the server sent it
        QCOMPARE(statusWith(value, QStringLiteral("/projects/demo-project")), 200);
        QCOMPARE(statusWith(value, QStringLiteral("/projects/speech-lab")), 403); // not in scope

        // A session token comes back once and is never listed.
        request.session = true;
        request.description = description + QStringLiteral(" session");
        const QString jwt = create(model, request);
        QCOMPARE(jwt.count(QLatin1Char('.')), 2);
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowOfToken(jwt), -1);

        // More than the user holds: the server's 403 comes back, nothing is added.
        net::ApiError error;
        const int before = model.rowCount();
        request.session = false;
        request.scopes = {QStringLiteral("system#admin")};
        QVERIFY(create(model, request, &error).isEmpty());
        QCOMPARE(error.kind, net::ApiError::Kind::Forbidden);
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowCount(), before);

        // Revoking removes exactly that row when the server confirms, and says the cache rule.
        QSignalSpy finished(&model, &ResourceListModel::actionFinished);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.revoke(value);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(0).at(1).toBool());
        QVERIFY2(finished.at(0).at(0).toString().contains(QLatin1String("up to 5 minute")),
                 qPrintable(finished.at(0).at(0).toString()));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOfToken(value), -1);
        model.reload(); // the server agrees, and the reload changes rows in place
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowOfToken(value), -1);
        QCOMPARE(resets.size(), 0);
        // Used a moment ago, so the server's cached lookup still lets it in (§3.2).
        QCOMPARE(statusWith(value, QStringLiteral("/projects/demo-project")), 200);

        // A session token cannot be revoked: the model says why.
        model.revoke(jwt);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(1).at(1).toBool());
        QVERIFY2(finished.at(1).at(0).toString().contains(QLatin1String("Session tokens")),
                 qPrintable(finished.at(1).at(0).toString()));
    }

    void projectTokens()
    {
        ContaxyTokenModel model(m_session.get(), QStringLiteral("demo-project"), nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::fetchAll(model));
        bool done = false;
        QString value;
        model.createProjectToken(
            QStringLiteral("read"), this, [&](const QString &token, const net::ApiError &e) {
                QVERIFY(!e);
                value = token;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfToken(value) >= 0, 10000);
        const auto &token = model.token(model.rowOfToken(value));
        QCOMPARE(token.subject, QStringLiteral("projects/demo-project"));
        QCOMPARE(token.scopes, QStringList {QStringLiteral("projects/demo-project#read")});
        QCOMPARE(token.purpose, QStringLiteral("project-api-token"));
        // Not among the user's own.
        ContaxyTokenModel mine(m_session.get(), QString(), nullptr);
        QVERIFY(test::fetchAll(mine));
        QCOMPARE(mine.rowOfToken(value), -1);
        // A project the user is not in: the list fails with the server's 403.
        ContaxyTokenModel foreign(m_session.get(), QStringLiteral("not-mine"), nullptr);
        foreign.reload();
        QVERIFY(QTest::qWaitFor([&] { return !foreign.loader()->isLoading(); }, 10000));
        QCOMPARE(foreign.loader()->lastError().kind, net::ApiError::Kind::Forbidden);
    }

    void badRepliesAreErrors()
    {
        net::ApiResponse reply;
        reply.status = 200;
        reply.body = "{\"token\":\"x\"}";
        net::ApiError error;
        QVERIFY(!contaxy::parseTokens(reply, &error));
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        reply.body = "[{\"token_type\":\"api-token\"}]";
        QVERIFY(!contaxy::parseTokens(reply, &error));
        reply.body = "42";
        QVERIFY(!contaxy::parseNewToken(reply, &error));
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        reply.body = "\"abc\"";
        QCOMPARE(contaxy::parseNewToken(reply, &error).value_or(QString()), QStringLiteral("abc"));
        QCOMPARE(contaxy::withoutTokenValues("not json"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestContaxyTokens)
#include "tst_contaxytokens.moc"
