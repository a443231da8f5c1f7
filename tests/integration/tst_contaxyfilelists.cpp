// Contaxy file listings as they come over the wire: 100,000 files (a reply over the 64 MiB a
// buffered reply may hold) streamed into the model, elements parsed off the UI thread with
// the result back on it, and broken lists (cut short, wrong elements, trailing data) as
// clear errors that show nothing half-loaded.
#include "apicalls.h"
#include "auth/accountsession.h"
#include "cannedserver.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/files.h"
#include "emulators.h"
#include "modelhelpers.h"
#include "net/streamedarray.h"
#include "sessionhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace wharf;

namespace {
int rowOfKey(const ContaxyFileModel &model, const QString &key)
{
    return model.rowOf(key);
}
} // namespace

class TestContaxyFileLists : public QObject
{
    Q_OBJECT
    test::ServerInfo m_server;
    std::unique_ptr<auth::AccountSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::emulator(QStringLiteral("contaxy"));
        QVERIFY(m_server.isValid());
        m_session = test::demoSession(PlatformKind::Contaxy, m_server.url);
        QVERIFY(m_session);
    }

    void hundredThousandFilesStreamIn()
    {
        // 100,000 files (~90 MB): more than a buffered reply may hold, so it must stream.
        net::ApiRequest make = net::ApiRequest::postJson(
            QStringLiteral("/__wharf__/bulk-files/bulk-100k"), QJsonObject());
        make.query.addQueryItem(QStringLiteral("count"), QStringLiteral("100000"));
        make.authenticated = false;
        const net::ApiResponse made = test::runCall(*m_session->client(), make, 120000);
        QVERIFY2(made.ok(), qPrintable(made.error.toString()));
        const qint64 bytes
            = QJsonDocument::fromJson(made.body).object().value(QLatin1String("bytes")).toInteger();
        QVERIFY2(bytes > 64 * 1024 * 1024, qPrintable(QString::number(bytes)));

        ContaxyFileModel model(m_session.get(), QStringLiteral("bulk-100k"), nullptr);
        model.reload();
        QVERIFY(test::waitLoaded(model, 120000));
        QCOMPARE(model.totalFiles(), 100000);
        QCOMPARE(model.rowCount(), 1); // dataset/
        QCOMPARE(model.entry(0).files, 100000);
        model.setFolder(QStringLiteral("dataset/"));
        QCOMPARE(model.rowCount(), 100);
        model.setFolder(QStringLiteral("dataset/part-042/"));
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(rowOfKey(model, QStringLiteral("dataset/part-042/shard-0000042.parquet")) >= 0);
        QCOMPARE(model.loader()->lastReply().size(), 1024 * 1024); // its start only, for display
    }

    void listsAreDecodedOffTheUiThread()
    {
        // Elements are cut and parsed on the call's own thread; `done` comes back here.
        QObject context;
        std::atomic<int> elements = 0;
        std::atomic<bool> onUiThread = false;
        QThread *ui = QThread::currentThread();
        bool finished = false;
        QThread *doneOn = nullptr;
        net::sendStreamedArray(
            m_session->client(),
            contaxy::listFilesRequest(QStringLiteral("demo-project")),
            &context,
            [&](QByteArrayView, QString *) {
                ++elements;
                onUiThread = onUiThread || QThread::currentThread() == ui;
                return true;
            },
            [&](const net::ApiResponse &reply, const QByteArray &raw) {
                QVERIFY(reply.ok());
                QVERIFY(raw.startsWith('['));
                doneOn = QThread::currentThread();
                finished = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QVERIFY(elements >= 10);
        QVERIFY(!onUiThread);
        QCOMPARE(doneOn, ui);
    }

    void brokenListsAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");
        QTest::newRow("cut short") << QByteArray(R"([{"key":"a"},{"key":"b")") << "cut short";
        QTest::newRow("element not a file") << QByteArray(R"([{"key":"a"},42])") << "not an object";
        QTest::newRow("no key") << QByteArray(R"([{"file_size":1}])") << "key";
        QTest::newRow("broken element") << QByteArray(R"([{"key":"a",}])") << "readable";
        QTest::newRow("garbage after") << QByteArray(R"([{"key":"a"}] [])") << "more data";
    }

    void brokenListsAreClearErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        test::CannedServer server(200, body, "application/json");
        auto session = test::tokenSession(PlatformKind::Contaxy, server.url());
        ContaxyFileModel model(session.get(), QStringLiteral("demo-project"), nullptr);
        QSignalSpy failed(model.loader(), &ListLoader::errorOccurred);
        model.reload();
        QVERIFY(failed.wait(10000));
        const auto error = failed.at(0).at(0).value<net::ApiError>();
        QCOMPARE(error.kind, net::ApiError::Kind::BadResponse);
        QVERIFY2(error.message.contains(why), qPrintable(error.message));
        QCOMPARE(model.rowCount(), 0); // nothing half-shown
        QCOMPARE(model.loader()->lastReply(), body);
    }
};

QTEST_GUILESS_MAIN(TestContaxyFileLists)
#include "tst_contaxyfilelists.moc"
