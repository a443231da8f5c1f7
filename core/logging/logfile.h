#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace wharf::logging {

// The application log: every Qt message, redacted by net::redactText, appended to a rotating
// file (wharf.log, wharf.log.1, ...) and kept in a short in-memory tail for "Copy diagnostics".
// Installed with qInstallMessageHandler; the previous handler still gets every message (also
// redacted), so the console keeps working. Safe to log from any thread.
class LogFile
{
public:
    struct Options
    {
        QString directory; // "" = QStandardPaths::AppDataLocation + "/logs"
        qint64 maxBytes = 1024 * 1024; // rotate before the file would grow past this
        int maxFiles = 5; // files kept, the current one included
        int memoryLines = 500;
    };

    LogFile();
    explicit LogFile(Options options);
    ~LogFile(); // uninstalls if installed
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Makes this the process's message handler (one LogFile at a time; false if another one
    // is installed). uninstall() restores the handler that was there before.
    bool install();
    void uninstall();
    bool isInstalled() const;
    static LogFile *installed();

    QString filePath() const { return m_path; }
    // The most recent lines (oldest first), already redacted.
    QStringList recentLines() const;

    // Redacts, formats and stores one message; what the handler calls.
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static QString format(QtMsgType type, const QMessageLogContext &context, const QString &text);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void append(const QByteArray &line);
    void rotate();
    QString rotatedPath(int index) const;

    Options m_options;
    QString m_path;
    mutable QMutex m_mutex;
    QFile m_file;
    bool m_openFailed = false;
    QStringList m_recent;
    QtMessageHandler m_previous = nullptr;
};

} // namespace wharf::logging
