#pragma once

#include <QElapsedTimer>
#include <QString>

namespace wharf::cli {

// One line on a terminal's stderr that redraws itself: "[3/10] name ####---- 45% 1.2/2.6 MB".
// Silent when stderr is not a terminal (pipes, CI logs) or when output is JSON.
class ProgressBar
{
public:
    explicit ProgressBar(bool enabled);
    ~ProgressBar();

    static bool stderrIsTerminal();
    void setItem(int index, int count, const QString &name);
    void update(qint64 done, qint64 total);
    // Ends the line, so that messages after it start on their own.
    void done();

private:
    void draw(qint64 done, qint64 total);

    bool m_enabled;
    bool m_drawn = false;
    int m_index = 0;
    int m_count = 0;
    QString m_name;
    QElapsedTimer m_sinceDraw;
};

} // namespace wharf::cli
