// The small pure parts of core/transfer: retry decisions, Retry-After, speed/ETA, the spec's
// JSON form and the queue file's refusal to store secrets.
#include "net/retrypolicy.h"
#include "transfer/queuefile.h"
#include "transfer/ratemeter.h"
#include "transfer/transfererrors.h"
#include "transfer/transferspec.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wharf::transfer;
using wharf::net::ApiError;
using wharf::net::parseRetryAfter;
using wharf::net::RetryPolicy;

class TestTransferParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryOnlyIdempotentTransientFailures()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 1000;
        const ApiError network = ApiError::make(ApiError::Kind::Network, QStringLiteral("cut"));
        const ApiError unavailable = ApiError::fromHttp(503, QByteArray());
        const ApiError notFound = ApiError::fromHttp(404, QByteArray());
        QVERIFY(policy.delayMs(1, network, true).has_value());
        QVERIFY(policy.delayMs(1, unavailable, true).has_value());
        QVERIFY(policy.delayMs(1, ApiError::fromHttp(502, {}), true).has_value());
        QVERIFY(policy.delayMs(1, ApiError::fromHttp(504, {}), true).has_value());
        QVERIFY(!policy.delayMs(1, ApiError::fromHttp(500, {}), true).has_value());
        QVERIFY(!policy.delayMs(1, notFound, true).has_value());
        QVERIFY(!policy.delayMs(1, network, false).has_value()); // a POST: never blindly
        QVERIFY(!policy.delayMs(1, unavailable, false).has_value());
        QVERIFY(!policy.delayMs(1, fileVanishedError(QStringLiteral("/x")), true).has_value());
        QVERIFY(!policy.delayMs(policy.maxAttempts + 1, network, true).has_value());
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 1000;
        policy.maxDelayMs = 5000;
        const ApiError network = ApiError::make(ApiError::Kind::Network, QString());
        for (int i = 0; i < 20; ++i) {
            const int first = *policy.delayMs(1, network, true);
            QVERIFY2(first >= 800 && first <= 1200, qPrintable(QString::number(first)));
            const int third = *policy.delayMs(3, network, true);
            QVERIFY(third >= 3200 && third <= 4800);
            QCOMPARE(*policy.delayMs(6, network, true), 5000);
        }
    }

    void retryAfterWins()
    {
        RetryPolicy policy;
        const ApiError unavailable = ApiError::fromHttp(503, QByteArray());
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(*policy.delayMs(1, unavailable, true, "7", now), 7000);
        QCOMPARE(*policy.delayMs(1, unavailable, true, "Wed, 21 Oct 2015 07:28:30 GMT", now),
                 30000);
        QVERIFY(!policy.delayMs(1, unavailable, true, "86400", now).has_value()); // too long
        const int fallback = *policy.delayMs(1, unavailable, true, "soon", now);
        QVERIFY(fallback > 0 && fallback <= policy.baseDelayMs * 2);
    }

    void parseRetryAfterForms()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(*parseRetryAfter(" 120 ", now), 120000);
        QCOMPARE(*parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now), 0); // in the past
        QVERIFY(!parseRetryAfter("-5", now));
        QVERIFY(!parseRetryAfter("", now));
        QVERIFY(!parseRetryAfter("Wednesday", now));
    }

    void rateMeterSpeedAndEta()
    {
        RateMeter meter;
        meter.sampleAt(0, 0);
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QCOMPARE(meter.secondsLeft(0, 1000), -1);
        meter.sampleAt(1000, 1000);
        meter.sampleAt(2000, 2000);
        QCOMPARE(meter.bytesPerSecond(), 1000.0);
        QCOMPARE(meter.secondsLeft(2000, 10000), 8);
        QCOMPARE(meter.secondsLeft(2000, -1), -1);
        // Old samples drop out of the window: the speed follows the recent rate.
        for (qint64 t = 3000; t <= 12000; t += 1000)
            meter.sampleAt(t, 2000 + (t - 2000) * 10);
        QVERIFY(qAbs(meter.bytesPerSecond() - 10000.0) < 1);
        meter.sampleAt(13000, 10); // restarted from the beginning
        QCOMPARE(meter.bytesPerSecond(), 0.0);
    }

    void specRoundTripWithoutCredentials()
    {
        TransferSpec spec;
        spec.id = QStringLiteral("t1");
        spec.kind = TransferSpec::Kind::MultipartUpload;
        spec.accountId = QStringLiteral("acc");
        spec.url = QUrl(QStringLiteral("https://example.test/api/jobs/submit?x=1"));
        spec.localPath = QStringLiteral("/tmp/a.wav");
        spec.headers = {
            {"X-Extra", "yes"}, {"Authorization", "Bearer secret-1"}, {"Cookie", "token=secret-2"}};
        spec.formFields = {{QStringLiteral("model"), QStringLiteral("large")}};
        spec.chunkSize = 1 << 20;
        const QByteArray json = QJsonDocument(spec.toJson()).toJson();
        QVERIFY(!json.contains("secret"));
        const auto back = TransferSpec::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back.has_value());
        QCOMPARE(back->kind, TransferSpec::Kind::MultipartUpload);
        QCOMPARE(back->url, spec.url);
        QCOMPARE(back->headers.size(), 1);
        QCOMPARE(back->headers.first().first, QByteArray("X-Extra"));
        QCOMPARE(back->formFields, spec.formFields);
        QCOMPARE(back->chunkSize, spec.chunkSize);
        QCOMPARE(back->effectiveMethod(), QByteArray("POST"));
        QVERIFY(!TransferSpec::fromJson(QJsonObject {{"kind", "teleport"}}).has_value());
    }

    void queueEntryWithholdsUrlSecrets()
    {
        TransferSpec spec;
        spec.id = QStringLiteral("t2");
        spec.url = QUrl(QStringLiteral("https://user:pw@example.test/f?ct_token=abc123&v=2"));
        spec.localPath = QStringLiteral("/tmp");
        Transfer transfer(nullptr, spec);
        const QJsonObject json = queueEntryToJson(transfer);
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY2(!text.contains("abc123") && !text.contains("pw@"), text.constData());
        const auto entry = queueEntryFromJson(json);
        QVERIFY(entry.has_value());
        QVERIFY(entry->urlWithheld);
        QCOMPARE(entry->state, Transfer::State::Queued);
        QCOMPARE(stateName(Transfer::State::Interrupted), QStringLiteral("interrupted"));
    }

    void localErrorsAreMarked()
    {
        QVERIFY(isLocalFileError(writeFailedError(QStringLiteral("/x"), QStringLiteral("full"))));
        QVERIFY(!isLocalFileError(ApiError::fromHttp(400, QByteArray())));
        QVERIFY(fileVanishedError(QStringLiteral("/data/a.bin")).message.contains("/data/a.bin"));
    }
};

QTEST_GUILESS_MAIN(TestTransferParts)
#include "tst_transferparts.moc"
