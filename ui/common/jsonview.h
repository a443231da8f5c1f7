#pragma once

#include <QJsonValue>
#include <QWidget>

class QAction;
class QPlainTextEdit;
class QTextDocument;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace wharf::ui {

// Read-only view of a JSON document or value: pretty-printed, highlighted by KSyntaxHighlighting
// with a light or dark theme that follows the palette, and easy to copy.
class JsonView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);
    ~JsonView() override;

    // Shows a value; bare scalars ("Success", 42, null) included.
    void setValue(const QJsonValue &value);
    // Shows a body as received, keeping key order and number spelling. Text that is not JSON
    // is shown unchanged and unhighlighted, so nothing the server sent is lost.
    void setRawJson(const QByteArray &bytes);
    void clear();

    QString text() const;
    bool isJson() const { return m_isJson; }
    QString themeName() const { return m_themeName; }
    QTextDocument *document() const;

public slots:
    // Copies the selection, or the whole document when nothing is selected (also Ctrl+C).
    void copy();
    void copyAll();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void display(const QString &text, bool isJson);
    void applyTheme();
    void showContextMenu(const QPoint &pos);

    QPlainTextEdit *m_edit = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QAction *m_copyAllAction = nullptr;
    QString m_themeName;
    bool m_isJson = false;
};

} // namespace wharf::ui
