// Bulk transfer CPU cost: the libcurl engine (core/transfer) against QNetworkAccessManager,
// uploading to and downloading from an emulator over loopback. Prints CPU seconds per GiB
// and the ratio; it measures, it does not assert. Not a ctest.
//
//   transfer_bench [--size MiB] [--runs N]
#include "transfer/curlengine.h"
#include "transfer/transfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace wharf::transfer;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage); // all threads: QNAM's HTTP thread counts too
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Sample
{
    double cpu = 0;
    double wall = 0;
    bool ok = false;
};

template<typename Run> Sample measure(Run run)
{
    QElapsedTimer wall;
    const double cpu0 = cpuSeconds();
    wall.start();
    Sample sample;
    sample.ok = run();
    sample.wall = double(wall.nsecsElapsed()) / 1e9;
    sample.cpu = cpuSeconds() - cpu0;
    return sample;
}

bool runTransfer(CurlEngine &engine, TransferSpec spec)
{
    Transfer transfer(&engine, std::move(spec));
    transfer.setConnectionProvider([] {
        ConnectionSettings settings;
        settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return settings;
    });
    QEventLoop loop;
    QObject::connect(&transfer, &Transfer::finished, &loop, &QEventLoop::quit);
    transfer.start();
    if (!transfer.isFinished())
        loop.exec();
    if (transfer.state() != Transfer::State::Completed)
        std::fprintf(stderr, "curl: %s\n", qPrintable(transfer.error().toString()));
    return transfer.state() == Transfer::State::Completed;
}

bool qnamUpload(QNetworkAccessManager &nam, const QUrl &url, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
    QNetworkReply *reply = nam.put(request, &file);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

bool qnamDownload(QNetworkAccessManager &nam, const QUrl &url, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QObject::connect(
        reply, &QNetworkReply::readyRead, reply, [&] { file.write(reply->readAll()); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    file.write(reply->readAll());
    const bool ok = reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

QUrl startEmulator(const QString &stateDir)
{
    const QString source
        = qEnvironmentVariable("WHARF_SOURCE_DIR", QStringLiteral(WHARF_SOURCE_DIR));
    const int rc = QProcess::execute(QStringLiteral(WHARF_PYTHON),
                                     {source + QStringLiteral("/tests/servers/launch.py"),
                                      QStringLiteral("start"),
                                      QStringLiteral("--state-dir"),
                                      stateDir,
                                      QStringLiteral("contaxy")});
    QFile state(QDir(stateDir).filePath(QStringLiteral("contaxy.json")));
    if (rc != 0 || !state.open(QIODevice::ReadOnly))
        return QUrl();
    return QUrl(QJsonDocument::fromJson(state.readAll()).object().value("url").toString());
}

void stopEmulator(const QString &stateDir)
{
    const QString source
        = qEnvironmentVariable("WHARF_SOURCE_DIR", QStringLiteral(WHARF_SOURCE_DIR));
    QProcess::execute(QStringLiteral(WHARF_PYTHON),
                      {source + QStringLiteral("/tests/servers/launch.py"),
                       QStringLiteral("stop"),
                       QStringLiteral("--state-dir"),
                       stateDir});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size"),
                      QStringLiteral("MiB per transfer (256)"),
                      QStringLiteral("MiB"),
                      QStringLiteral("256")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("runs per case, best CPU kept (2)"),
                      QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.process(app);
    const qint64 size = parser.value(QStringLiteral("size")).toLongLong() << 20;
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir work;
    const QString stateDir = work.filePath(QStringLiteral("emulators"));
    const QUrl base = startEmulator(stateDir);
    if (!base.isValid()) {
        std::fprintf(stderr, "could not start the emulator\n");
        return 1;
    }
    const QString source = work.filePath(QStringLiteral("source.bin"));
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(i * 7919 % 256);
        for (qint64 left = size; left > 0; left -= block.size())
            file.write(block.constData(), qMin<qint64>(left, block.size()));
    }
    const QUrl sink(base.toString() + QStringLiteral("/__wharf__/sink"));
    const QUrl bytes(base.toString() + QStringLiteral("/__wharf__/bytes?n=%1").arg(size));

    CurlEngine engine;
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    struct Case
    {
        const char *name;
        std::function<bool()> run;
    };
    int counter = 0;
    auto target = [&] { return work.filePath(QStringLiteral("out-%1.bin").arg(++counter)); };
    const QList<Case> cases = {
        {"upload   curl",
         [&] {
             TransferSpec spec;
             spec.id = QString::number(++counter);
             spec.kind = TransferSpec::Kind::Upload;
             spec.url = sink;
             spec.localPath = source;
             return runTransfer(engine, spec);
         }},
        {"upload   qnam", [&] { return qnamUpload(nam, sink, source); }},
        {"download curl",
         [&] {
             TransferSpec spec;
             spec.id = QString::number(++counter);
             spec.url = bytes;
             spec.localPath = work.path();
             spec.fileName = QStringLiteral("curl-%1.bin").arg(counter);
             const bool ok = runTransfer(engine, spec);
             QFile::remove(work.filePath(spec.fileName));
             return ok;
         }},
        {"download qnam",
         [&] {
             const QString out = target();
             const bool ok = qnamDownload(nam, bytes, out);
             QFile::remove(out);
             return ok;
         }},
    };

    const double gib = double(size) / double(1 << 30);
    std::printf("%lld MiB per transfer over loopback, best of %d runs\n", size >> 20, runs);
    std::printf("%-14s %8s %8s %12s %9s\n", "case", "wall s", "CPU s", "CPU s/GiB", "MiB/s");
    QList<double> best;
    for (const Case &c : cases) {
        Sample chosen;
        for (int i = 0; i < runs; ++i) {
            const Sample s = measure(c.run);
            if (!s.ok) {
                std::fprintf(stderr, "%s failed\n", c.name);
                stopEmulator(stateDir);
                return 1;
            }
            if (!chosen.ok || s.cpu < chosen.cpu)
                chosen = s;
        }
        best.append(chosen.cpu / gib);
        std::printf("%-14s %8.2f %8.2f %12.2f %9.0f\n",
                    c.name,
                    chosen.wall,
                    chosen.cpu,
                    chosen.cpu / gib,
                    double(size >> 20) / chosen.wall);
        std::fflush(stdout);
    }
    std::printf("CPU ratio qnam/curl: upload %.1fx, download %.1fx\n",
                best[1] / best[0],
                best[3] / best[2]);
    stopEmulator(stateDir);
    return 0;
}
