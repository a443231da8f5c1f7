#include "logfile.h"

#include "net/redact.h"

#include <QDateTime>
#include <QDir>
#include <QReadWriteLock>
#include <QStandardPaths>

#include <atomic>

namespace wharf::logging {

namespace {

// s_lock keeps the installed LogFile alive while a handler call uses it; uninstall() takes it
// for writing, so after it returns no thread still writes through the old object.
QReadWriteLock s_lock;
LogFile *s_installed = nullptr; // guarded by s_lock
std::atomic<QtMessageHandler> s_previous {nullptr};
// Set while this thread is inside the handler: anything Qt logs from in there (a file error,
// say) goes straight to the previous handler instead of deadlocking on our own lock.
thread_local bool t_busy = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

} // namespace

LogFile::LogFile()
    : LogFile(Options())
{ }

LogFile::LogFile(Options options)
    : m_options(std::move(options))
{
    if (m_options.directory.isEmpty())
        m_options.directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/logs");
    m_options.maxFiles = qMax(1, m_options.maxFiles);
    m_options.memoryLines = qMax(0, m_options.memoryLines);
    m_path = QDir(m_options.directory).filePath(QStringLiteral("wharf.log"));
}

LogFile::~LogFile()
{
    uninstall();
}

bool LogFile::install()
{
    QWriteLocker lock(&s_lock);
    if (s_installed)
        return s_installed == this;
    s_previous = qInstallMessageHandler(&LogFile::handler);
    s_installed = this;
    return true;
}

void LogFile::uninstall()
{
    QWriteLocker lock(&s_lock);
    if (s_installed != this)
        return;
    s_installed = nullptr;
    const QtMessageHandler current = qInstallMessageHandler(s_previous.load());
    // Someone chained in after us: keep them; our handler now only forwards.
    if (current != &LogFile::handler)
        qInstallMessageHandler(current);
}

bool LogFile::isInstalled() const
{
    QReadLocker lock(&s_lock);
    return s_installed == this;
}

LogFile *LogFile::installed()
{
    QReadLocker lock(&s_lock);
    return s_installed;
}

void LogFile::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = net::redactText(message);
    if (!t_busy) {
        t_busy = true;
        {
            QReadLocker lock(&s_lock);
            if (s_installed)
                s_installed->append(format(type, context, redacted).toUtf8());
        }
        t_busy = false;
    }
    // The console (or whoever was there before) sees the same redacted text.
    if (const QtMessageHandler previous = s_previous.load())
        previous(type, context, redacted);
}

void LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool wasBusy = t_busy;
    t_busy = true;
    append(format(type, context, net::redactText(message)).toUtf8());
    t_busy = wasBusy;
}

QString LogFile::format(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const char *category = context.category ? context.category : "default";
    return QStringLiteral("%1 %2 %3: %4")
        .arg(when, QLatin1String(levelName(type)), QLatin1String(category), text);
}

QStringList LogFile::recentLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_recent;
}

void LogFile::append(const QByteArray &line)
{
    QMutexLocker lock(&m_mutex);
    if (m_options.memoryLines > 0) {
        if (m_recent.size() >= m_options.memoryLines)
            m_recent.removeFirst();
        m_recent.append(QString::fromUtf8(line));
    }
    if (!m_file.isOpen() && !m_openFailed) {
        m_file.setFileName(m_path);
        QDir().mkpath(m_options.directory);
        // Without a writable file the in-memory tail still serves "Copy diagnostics".
        m_openFailed = !m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    if (!m_file.isOpen())
        return;
    const qint64 needed = line.size() + 1;
    if (m_file.size() > 0 && m_file.size() + needed > m_options.maxBytes)
        rotate();
    if (!m_file.isOpen())
        return;
    m_file.write(line);
    m_file.write("\n", 1);
    m_file.flush(); // a crash must not take the last lines with it
}

QString LogFile::rotatedPath(int index) const
{
    return m_path + QLatin1Char('.') + QString::number(index);
}

void LogFile::rotate()
{
    m_file.close();
    // wharf.log -> .1 -> .2 ...; the oldest falls off so at most maxFiles remain.
    const int last = m_options.maxFiles - 1;
    if (last < 1) {
        QFile::remove(m_path);
    } else {
        QFile::remove(rotatedPath(last));
        for (int i = last - 1; i >= 1; --i)
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
        QFile::rename(m_path, rotatedPath(1));
    }
    m_openFailed = !m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

} // namespace wharf::logging
