#include "common/jsonview.h"

#include "common/syntax.h"
#include "net/json.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <memory>

namespace wharf::ui {

namespace {

// Re-indents JSON that is known to be valid, copying every token verbatim. Unlike a round trip
// through QJsonDocument this keeps the server's key order and number spelling (1.0, 2^64).
QByteArray reindent(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out += '\n';
        out += QByteArray(depth * 2, ' ');
    };
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        switch (c) {
        case '"': {
            qsizetype end = i + 1;
            while (end < size && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            out += json.mid(i, end - i + 1);
            i = end;
            break;
        }
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < size && isSpace(json.at(next)))
                ++next;
            if (next < size && (json.at(next) == '}' || json.at(next) == ']')) {
                out += c;
                out += json.at(next);
                i = next;
            } else {
                out += c;
                ++depth;
                newline();
            }
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isSpace(c))
                out += c;
        }
    }
    return out;
}

} // namespace

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_copyAllAction(new QAction(tr("Copy All"), this))
{
    m_edit->setReadOnly(true);
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setUndoRedoEnabled(false);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setAccessibleName(tr("JSON document"));
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    m_edit->installEventFilter(this);
    connect(m_edit, &QWidget::customContextMenuRequested, this, &JsonView::showContextMenu);

    m_copyAllAction->setObjectName(QStringLiteral("copyAll"));
    connect(m_copyAllAction, &QAction::triggered, this, &JsonView::copyAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
    applyTheme();
}

JsonView::~JsonView() = default;

void JsonView::setValue(const QJsonValue &value)
{
    if (value.isUndefined()) {
        clear();
        return;
    }
    // Qt 6.4 serialises only objects and arrays: wrap scalars in an array and strip it again.
    const QByteArray compact = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    display(QString::fromUtf8(reindent(compact.mid(1, compact.size() - 2))), true);
}

void JsonView::setRawJson(const QByteArray &bytes)
{
    if (net::json::parse(bytes))
        display(QString::fromUtf8(reindent(bytes)), true);
    else
        display(QString::fromUtf8(bytes), false);
}

void JsonView::clear()
{
    display(QString(), false);
}

QString JsonView::text() const
{
    return m_edit->toPlainText();
}

QTextDocument *JsonView::document() const
{
    return m_edit->document();
}

void JsonView::copy()
{
    if (m_edit->textCursor().hasSelection())
        m_edit->copy();
    else
        copyAll();
}

void JsonView::copyAll()
{
    QGuiApplication::clipboard()->setText(text());
}

void JsonView::changeEvent(QEvent *event)
{
    // An application palette change arrives here as PaletteChange once it has propagated
    // (ApplicationPaletteChange alone does not mean this widget's palette changed).
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

bool JsonView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+C without a selection copies everything instead of nothing; claim it ahead of any
    // window-wide Copy shortcut, which a read-only text edit would otherwise let through.
    if (watched == m_edit
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            copy();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void JsonView::display(const QString &text, bool isJson)
{
    m_isJson = isJson;
    // Empty the document first, so that switching definitions never re-highlights old text.
    m_edit->clear();
    if (isJson) {
        m_highlighter->setDocument(m_edit->document());
        m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("JSON")));
    } else {
        // Detached, the highlighter leaves no formats at all: the text shows exactly as sent.
        m_highlighter->setDocument(nullptr);
    }
    m_edit->setPlainText(text);
}

void JsonView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = syntaxTheme(palette());
    if (theme.name() == m_themeName)
        return;
    m_themeName = theme.name();

    // A fresh palette overrides only these roles; the rest keeps following the application.
    QPalette colours;
    colours.setColor(
        QPalette::Base,
        QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    colours.setColor(QPalette::Text,
                     QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_edit->setPalette(colours);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void JsonView::showContextMenu(const QPoint &pos)
{
    const std::unique_ptr<QMenu> menu(m_edit->createStandardContextMenu());
    menu->addSeparator();
    menu->addAction(m_copyAllAction);
    m_copyAllAction->setEnabled(!m_edit->document()->isEmpty());
    menu->exec(m_edit->viewport()->mapToGlobal(pos));
}

} // namespace wharf::ui
