#pragma once

#include <QAbstractListModel>

namespace wharf::text {
class LogText;
}

namespace wharf {

// The rows of a log: one per line of a text::LogText that something else fills (a follower
// appending as replies arrive). The model counts the lines it has announced, so views never see
// a line before its rowsInserted; a QString is made only for the lines a view asks for.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // The next row at or after `from` (before, when `backward`) whose line contains `needle`,
    // wrapping around; -1 when none does.
    int findRow(int from, const QString &needle, bool backward, Qt::CaseSensitivity cs) const;
    // How many lines contain `needle`.
    int countRows(const QString &needle, Qt::CaseSensitivity cs) const;
    // The next line after `from` that reports an error (error, fatal, exception, traceback,
    // panic), wrapping around; -1 when none does.
    int nextErrorRow(int from) const;
    // Lines [first, last] as text, one '\n' after each.
    QByteArray text(int first, int last) const;

protected:
    // The text the rows show; set once by the subclass.
    void setText(const text::LogText *text) { m_text = text; }
    // Announces the lines the text has gained since the last call.
    void sync();
    // The text was cleared: no rows until the next sync.
    void clearRows();

private:
    bool lineMatches(int row, const QByteArray &needle, Qt::CaseSensitivity cs) const;

    const text::LogText *m_text = nullptr;
    int m_rows = 0;
};

} // namespace wharf
