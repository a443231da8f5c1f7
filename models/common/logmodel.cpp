#include "common/logmodel.h"

#include "text/logtext.h"

#include <array>

namespace wharf {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return QVariant();
    return QString::fromUtf8(m_text->line(index.row()));
}

void LogModel::sync()
{
    // A view can show at most INT_MAX rows; a longer log shows its first INT_MAX lines.
    const int lines = int(std::min<qsizetype>(m_text ? m_text->lineCount() : 0, INT_MAX));
    if (lines < m_rows) { // the text was replaced behind our back
        beginResetModel();
        m_rows = lines;
        endResetModel();
        return;
    }
    // An open last line may have grown: repaint it before the new rows come.
    if (m_rows > 0)
        Q_EMIT dataChanged(index(m_rows - 1), index(m_rows - 1));
    if (lines == m_rows)
        return;
    beginInsertRows(QModelIndex(), m_rows, lines - 1);
    m_rows = lines;
    endInsertRows();
}

void LogModel::clearRows()
{
    if (m_rows == 0)
        return;
    beginResetModel();
    m_rows = 0;
    endResetModel();
}

bool LogModel::lineMatches(int row, const QByteArray &needle, Qt::CaseSensitivity cs) const
{
    const QByteArrayView line = m_text->line(row);
    if (cs == Qt::CaseSensitive)
        return line.indexOf(needle) >= 0;
    // ASCII case folding on the bytes keeps the search free of per-line QString conversions;
    // other scripts match by their exact spelling.
    return QByteArray::fromRawData(line.data(), line.size()).toLower().contains(needle);
}

int LogModel::findRow(int from, const QString &needle, bool backward, Qt::CaseSensitivity cs) const
{
    if (needle.isEmpty() || m_rows == 0)
        return -1;
    const QByteArray utf8 = cs == Qt::CaseSensitive ? needle.toUtf8() : needle.toUtf8().toLower();
    from = std::clamp(from, 0, m_rows - 1);
    for (int step = 0; step < m_rows; ++step) {
        const int row = backward ? (from - step + m_rows) % m_rows : (from + step) % m_rows;
        if (lineMatches(row, utf8, cs))
            return row;
    }
    return -1;
}

int LogModel::countRows(const QString &needle, Qt::CaseSensitivity cs) const
{
    if (needle.isEmpty())
        return 0;
    const QByteArray utf8 = cs == Qt::CaseSensitive ? needle.toUtf8() : needle.toUtf8().toLower();
    int count = 0;
    for (int row = 0; row < m_rows; ++row)
        count += lineMatches(row, utf8, cs) ? 1 : 0;
    return count;
}

int LogModel::nextErrorRow(int from) const
{
    static const std::array<QByteArrayView, 5> words
        = {"error", "fatal", "exception", "traceback", "panic"};
    for (int step = 1; step <= m_rows; ++step) {
        const int row = (from + step + m_rows) % m_rows;
        const QByteArrayView line = m_text->line(row);
        const QByteArray lower = QByteArray::fromRawData(line.data(), line.size()).toLower();
        for (const QByteArrayView &word : words) {
            if (lower.contains(word))
                return row;
        }
    }
    return -1;
}

QByteArray LogModel::text(int first, int last) const
{
    if (!m_text || m_rows == 0)
        return QByteArray();
    first = std::clamp(first, 0, m_rows - 1);
    last = std::clamp(last, first, m_rows - 1);
    return m_text->lines(first, last - first + 1);
}

} // namespace wharf
