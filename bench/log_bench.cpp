// Opening a big log: a 1,000,000-line (about 110 MB) Contaxy log reply — one JSON string —
// decoded in 64 KiB pieces (as the network delivers it) into the line index, then shown in
// the log view, against the floor: indexing already-decoded text (memchr over the buffer).
// Prints seconds, the ratio to the floor and the process's peak RSS for each step.
//   log_bench [LINES]      (QT_QPA_PLATFORM=offscreen when there is no display)
#include "common/logmodel.h"
#include "common/logview.h"
#include "peakrss.h"
#include "text/jsonstringdecoder.h"
#include "text/logtext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTextStream>

#include <cstring>

using namespace wharf;
using bench::peakMiB;

namespace {

// Line `i` of the log as Docker prints it: timestamp, level, quoting and a tab.
QByteArray logLine(int i)
{
    return "2026-12-03T17:" + QByteArray::number(10 + i % 50) + ":00.123Z "
        + ((i % 97 == 0) ? "ERROR" : "INFO ") + " worker[" + QByteArray::number(i % 8) + "] step "
        + QByteArray::number(i)
        + ": loss=0.0123 \"batch\" done\tin 12 ms \u2014 ok, moving on to the next one\n";
}

// The reply as the server sends it (one JSON string), made in pieces of about 64 KiB so that
// the benchmark, like the network, never holds all of it.
template<typename Piece> qsizetype forEachReplyPiece(int lines, Piece piece)
{
    QByteArray buffer = "\"";
    qsizetype total = 0;
    for (int i = 0; i < lines; ++i) {
        for (char c : logLine(i)) {
            switch (c) {
            case '\n':
                buffer += "\\n";
                break;
            case '\t':
                buffer += "\\t";
                break;
            case '"':
                buffer += "\\\"";
                break;
            default:
                buffer += c;
            }
        }
        if (buffer.size() >= 65536) {
            total += buffer.size();
            piece(buffer);
            buffer.clear();
        }
    }
    buffer += '"';
    total += buffer.size();
    piece(buffer);
    return total;
}

class BenchLogModel : public LogModel
{
public:
    explicit BenchLogModel(const text::LogText *t) { setText(t); }
    using LogModel::sync;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTextStream out(stdout);
    const double baseMiB = peakMiB();

    // Wharf: each piece is decoded straight into the line index as it arrives.
    QElapsedTimer timer;
    timer.start();
    text::LogText log;
    text::JsonStringDecoder decoder;
    QByteArray decoded;
    bool ok = true;
    const qsizetype replySize = forEachReplyPiece(lines, [&](const QByteArray &piece) {
        decoded.resize(0);
        ok = decoder.feed(piece, decoded) && ok;
        log.append(decoded);
    });
    ok = decoder.finish() && ok;
    log.closeLine();
    const double decodeS = double(timer.nsecsElapsed()) / 1e9; // includes making the reply

    // First paint of the view over the whole log, scrolled to its end.
    timer.restart();
    BenchLogModel model(&log);
    ui::LogView view;
    view.setModel(&model);
    model.sync();
    view.resize(1000, 700);
    view.show();
    view.list()->scrollToBottom();
    const QImage painted = view.grab().toImage();
    const double paintS = double(timer.nsecsElapsed()) / 1e9;
    const double wharfPeak = peakMiB();

    // Making the reply alone, to take it out of the figure above.
    timer.restart();
    forEachReplyPiece(lines, [](const QByteArray &) {});
    const double makeS = double(timer.nsecsElapsed()) / 1e9;

    // The floor: the decoded text exists; only the line starts are found.
    const QByteArray plain = log.lines(0, log.lineCount());
    timer.restart();
    QList<qsizetype> starts;
    starts.reserve(lines + 1);
    for (const char *p = plain.constData(), *end = p + plain.size(); p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        starts.append(p - plain.constData());
    }
    const double floorS = double(timer.nsecsElapsed()) / 1e9;
    const double netDecodeS = decodeS - makeS;

    out << "log: " << lines << " lines, reply " << replySize / (1024 * 1024) << " MiB, text "
        << log.byteSize() / (1024 * 1024) << " MiB; RSS before: " << int(baseMiB) << " MiB\n";
    out << Qt::fixed;
    out.setRealNumberPrecision(3);
    out << "floor (index decoded text)      " << floorS << " s\n";
    out << "decode+index in 64 KiB pieces   " << netDecodeS << " s  (" << netDecodeS / floorS
        << "x the floor)" << (ok && log.lineCount() == lines ? "" : "  WRONG LINE COUNT") << "\n";
    out << "model + view first paint        " << paintS << " s  (" << log.lineCount() << " rows, "
        << painted.width() << "x" << painted.height() << ")\n";
    out << "decode to first paint           " << netDecodeS + paintS << " s\n";
    out << "peak RSS until first paint      " << int(wharfPeak) << " MiB  ("
        << wharfPeak / (double(log.byteSize()) / (1024 * 1024)) << "x the text)\n";
    return ok ? 0 : 1;
}
