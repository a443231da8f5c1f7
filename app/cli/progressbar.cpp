#include "progressbar.h"

#include <QLocale>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace wharf::cli {

ProgressBar::ProgressBar(bool enabled)
    : m_enabled(enabled && stderrIsTerminal())
{ }

ProgressBar::~ProgressBar()
{
    done();
}

bool ProgressBar::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

void ProgressBar::setItem(int index, int count, const QString &name)
{
    m_index = index;
    m_count = count;
    m_name = name;
    draw(0, -1);
}

void ProgressBar::update(qint64 done, qint64 total)
{
    // Ten redraws a second are plenty, and keep a fast loopback transfer from flooding.
    if (m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100 && done != total)
        return;
    draw(done, total);
}

void ProgressBar::draw(qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    m_sinceDraw.start();
    constexpr int kWidth = 24;
    const QLocale locale;
    QString line
        = m_count > 1 ? QStringLiteral("[%1/%2] ").arg(m_index + 1).arg(m_count) : QString();
    QString name = m_name;
    if (name.size() > 40)
        name = QStringLiteral("…") + name.right(39);
    line += name.leftJustified(40);
    if (total > 0) {
        const int filled = int(kWidth * std::min(done, total) / total);
        line += QStringLiteral(" %1%2 %3% %4/%5")
                    .arg(QString(filled, QLatin1Char('#')),
                         QString(kWidth - filled, QLatin1Char('-')))
                    .arg(int(100 * std::min(done, total) / total), 3)
                    .arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    } else if (done > 0) {
        line += QLatin1Char(' ') + locale.formattedDataSize(done);
    }
    std::fprintf(stderr, "\r%s\033[K", line.toLocal8Bit().constData());
    std::fflush(stderr);
    m_drawn = true;
}

void ProgressBar::done()
{
    if (m_drawn) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
    }
    m_drawn = false;
}

} // namespace wharf::cli
