// Opening a big Contaxy project: a listing of 100,000 files (about 90 MB of JSON, as the
// server sends it) decoded element by element in 64 KiB pieces, as the network delivers it,
// then the folder tree built and folders, search and sorting used as the files page does.
// Against the floor a client without streaming pays: the whole reply parsed at once
// (QJsonDocument), which also holds the reply and the document together. Prints seconds,
// the longest time one piece kept the UI thread, and the peak RSS.
//   filelist_bench [FILES]      (QT_QPA_PLATFORM=offscreen when there is no display)
#include "common/foldersfirstproxy.h"
#include "contaxy/files.h"
#include "contaxy/filetree.h"
#include "peakrss.h"
#include "text/jsonarraysplitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTextStream>

using namespace wharf;
using bench::peakMiB;

namespace {

// One element as the server writes it (contaxy.md §7 `File`), keys as the emulator's bulk
// project has them: 100 folders of 1,000 files.
QByteArray element(int i)
{
    const QByteArray key = "dataset/part-" + QByteArray::number(i % 100).rightJustified(3, '0')
        + "/shard-" + QByteArray::number(i).rightJustified(7, '0') + ".parquet";
    const QByteArray md5 = QByteArray::number(qHash(key), 16).rightJustified(32, '0');
    return R"({"id": ")" + md5 + R"(a1b2c3d4", "key": ")" + key + R"(", "display_name": "shard-)"
        + QByteArray::number(i) + R"(.parquet", "description": "", "icon": null, "metadata": )"
        + R"({"rows": ")" + QByteArray::number(1000 + i % 977) + R"("}, "disabled": false, )"
        + R"("created_at": "2026-12-03T17:00:00.123456+00:00", "created_by": "users/bulk", )"
        + R"("updated_at": "2026-12-03T17:00:00.123456+00:00", "updated_by": "users/bulk", )"
        + R"("content_type": "application/vnd.apache.parquet", "external_id": ")" + key
        + R"(", "file_extension": "parquet", "file_size": )" + QByteArray::number(4096 + i % 65536)
        + R"(, "version": "v1", "available_versions": ["v1"], "latest_version": true, )"
        + R"("md5_hash": ")" + md5 + R"(", "etag": "\")" + md5 + R"(\"", "extension_id": null})";
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    out << Qt::fixed;
    out.setRealNumberPrecision(3);

    QByteArray reply = "[";
    for (int i = 0; i < count; ++i)
        reply += (i ? ", " : "") + element(i);
    reply += "]";
    const double baseMiB = peakMiB();

    // Wharf: pieces as they arrive, each element decoded on its own.
    QElapsedTimer timer, piece;
    timer.start();
    text::JsonArraySplitter splitter;
    QList<contaxy::FileItem> files;
    double longestPiece = 0;
    bool ok = true;
    for (qsizetype at = 0; at < reply.size(); at += 65536) {
        piece.start();
        ok = splitter.feed(
                 QByteArrayView(reply).sliced(at, std::min<qsizetype>(65536, reply.size() - at)),
                 [&files](QByteArrayView text) {
                     QString why;
                     auto f = contaxy::parseFileElement(text, &why);
                     if (f)
                         files.append(std::move(*f));
                     return f.has_value();
                 })
            && ok;
        longestPiece = std::max(longestPiece, seconds(piece));
    }
    ok = splitter.finish() && ok && files.size() == count;
    const double decodeS = seconds(timer);

    timer.restart();
    const contaxy::FileTree tree(files);
    const double treeS = seconds(timer);
    const double wharfPeak = peakMiB();

    timer.restart();
    const auto folders = tree.entries(QStringLiteral("dataset/"));
    const auto shards = tree.entries(QStringLiteral("dataset/part-042/"));
    const double openS = seconds(timer);
    timer.restart();
    const auto found = tree.search(QString(), QStringLiteral("shard-00420"));
    const double searchS = seconds(timer);

    // Sorting the biggest folder by size in the page's proxy (folders first).
    QStandardItemModel rows(int(shards.size()), 1);
    for (int r = 0; r < shards.size(); ++r)
        rows.setData(rows.index(r, 0), shards.at(r).size, Qt::UserRole + 1);
    FoldersFirstProxy proxy(Qt::UserRole + 2, nullptr);
    proxy.setSourceModel(&rows);
    proxy.setSortRole(Qt::UserRole + 1);
    timer.restart();
    proxy.sort(0, Qt::DescendingOrder);
    const double sortS = seconds(timer);

    // The floor: the whole reply at once, as a client without streaming must.
    timer.restart();
    net::ApiResponse whole;
    whole.status = 200;
    whole.body = reply;
    net::ApiError error;
    const auto parsed = contaxy::parseFiles(whole, &error);
    const double floorS = seconds(timer);
    const double floorPeak = peakMiB();

    out << "file list: " << count << " files, reply " << reply.size() / (1024 * 1024)
        << " MiB; RSS with the reply made: " << int(baseMiB) << " MiB\n";
    out << "floor (whole reply parsed at once) " << floorS << " s, peak RSS " << int(floorPeak)
        << " MiB" << (parsed && parsed->size() == count ? "" : "  WRONG COUNT") << "\n";
    out << "streamed decode in 64 KiB pieces   " << decodeS << " s  (" << decodeS / floorS
        << "x the floor)" << (ok ? "" : "  WRONG COUNT") << "\n";
    out << "longest piece on the UI thread     " << longestPiece * 1000 << " ms\n";
    out << "folder tree of the keys            " << treeS << " s\n";
    out << "open two folders (" << folders.size() << " and " << shards.size() << " rows)  "
        << openS * 1000 << " ms\n";
    out << "search the project (" << found.size() << " matches)       " << searchS * 1000
        << " ms\n";
    out << "sort " << shards.size() << " rows by size              " << sortS * 1000 << " ms\n";
    out << "peak RSS, streamed (before floor)  " << int(wharfPeak) << " MiB\n";
    return ok ? 0 : 1;
}
