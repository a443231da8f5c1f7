#include "common/logview.h"

#include "common/logmodel.h"
#include "common/syntax.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

namespace wharf::ui {

// Highlights one line at a time, each on its own (log lines do not continue each other), so a
// row can be painted without the lines above it.
class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<QTextLayout::FormatRange> formats(const QString &line)
    {
        m_ranges.clear();
        if (definition().isValid())
            highlightLine(line, KSyntaxHighlighting::State());
        return m_ranges;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        m_ranges.append({offset, length, f});
    }

private:
    QList<QTextLayout::FormatRange> m_ranges;
};

class LogLineDelegate : public QStyledItemDelegate
{
public:
    explicit LogLineDelegate(QObject *parent)
        : QStyledItemDelegate(parent)
    {
        m_highlighter.setDefinition(
            syntaxRepository().definitionForName(QStringLiteral("Log File (simplified)")));
    }
    void setTheme(const KSyntaxHighlighting::Theme &theme) { m_highlighter.setTheme(theme); }
    void setWrap(bool wrap) { m_wrap = wrap; }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background
        QTextLayout layout(text, opt.font);
        const bool selected = opt.state & QStyle::State_Selected;
        // Selected rows keep the palette's contrast rather than the theme's colours.
        if (!selected)
            layout.setFormats(const_cast<LineHighlighter &>(m_highlighter).formats(text));
        const QRect area = opt.rect.adjusted(4, 0, -4, 0);
        lay(layout, area.width());
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        layout.draw(painter, area.topLeft());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        if (!m_wrap)
            return QSize(fm.horizontalAdvance(index.data().toString()) + 8, fm.height() + 2);
        const int width = option.widget ? option.widget->width() - 24 : 600;
        QTextLayout layout(index.data().toString(), option.font);
        const int height = lay(layout, width);
        return QSize(width, std::max(height, fm.height()) + 2);
    }

private:
    int lay(QTextLayout &layout, int width) const
    {
        QTextOption textOption;
        textOption.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                      : QTextOption::NoWrap);
        layout.setTextOption(textOption);
        layout.beginLayout();
        qreal y = 1;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_wrap ? width : 1e6);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return int(std::ceil(y));
    }

    LineHighlighter m_highlighter;
    bool m_wrap = false;
};

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_list(new QListView(this))
    , m_delegate(new LogLineDelegate(this))
    , m_find(new QLineEdit(this))
    , m_matches(new QLabel(this))
{
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setUniformItemSizes(true); // a million rows: heights are never measured one by one
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setItemDelegate(m_delegate);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setAccessibleName(tr("Log"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_follow = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                    tr("&Follow"));
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Keep loading new lines as they are logged"));
    m_wrap = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("text-wrap")), tr("&Wrap Lines"));
    m_wrap->setCheckable(true);
    connect(m_wrap, &QAction::toggled, this, &LogView::setWrap);
    QAction *error = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("dialog-error")),
                                          tr("Next &Error"),
                                          this,
                                          &LogView::nextError);
    error->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    error->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                  tr("&Copy Lines"),
                                  this,
                                  &LogView::copySelection);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *save = m_toolBar->addAction(
        QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Save Log…"), this, [this] {
            const QString path
                = QFileDialog::getSaveFileName(this, tr("Save Log"), QStringLiteral("log.txt"));
            if (path.isEmpty())
                return;
            const QString problem = saveTo(path);
            if (!problem.isEmpty())
                QMessageBox::warning(this, tr("Save Log"), problem);
        });
    save->setShortcut(QKeySequence::SaveAs);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_find->setPlaceholderText(tr("Find in log"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in log"));
    auto *previous = new QToolButton(this);
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_find, &QLineEdit::textChanged, this, &LogView::updateMatches);
    auto *findNextAction = new QAction(this);
    findNextAction->setShortcuts({QKeySequence::FindNext});
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextAction, &QAction::triggered, this, [this] { findNext(false); });
    auto *findPreviousAction = new QAction(this);
    findPreviousAction->setShortcuts({QKeySequence::FindPrevious});
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousAction, &QAction::triggered, this, [this] { findNext(true); });
    auto *focusFind = new QAction(this);
    focusFind->setShortcut(QKeySequence::Find);
    focusFind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFind, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addActions({findNextAction, findPreviousAction, focusFind});

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matches);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addLayout(findRow);
    layout->addWidget(m_list, 1);

    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        menu.addAction(m_copy);
        menu.addActions(m_toolBar->actions().mid(1, 2));
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    applyTheme();
}

void LogView::setModel(LogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_list->setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_list->verticalScrollBar();
        m_atEnd = bar->value() >= bar->maximum();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogView::rowsArrived);
    connect(model, &QAbstractItemModel::modelReset, this, &LogView::updateMatches);
    updateMatches();
}

void LogView::rowsArrived()
{
    if (m_atEnd && m_follow->isChecked())
        m_list->scrollToBottom();
    if (!m_find->text().isEmpty())
        updateMatches();
}

void LogView::updateMatches()
{
    const QString needle = m_find->text();
    if (!m_model || needle.isEmpty()) {
        m_matches->clear();
        return;
    }
    const int count = m_model->countRows(needle, Qt::CaseInsensitive);
    m_matches->setText(count ? tr("%n matching line(s)", nullptr, count) : tr("No match"));
}

void LogView::select(int row)
{
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool LogView::findNext(bool backward)
{
    if (!m_model)
        return false;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int from = backward ? current - 1 : current + 1;
    const int row
        = m_model->findRow(from < 0 && backward ? m_model->rowCount() - 1 : std::max(from, 0),
                           m_find->text(),
                           backward,
                           Qt::CaseInsensitive);
    if (row < 0)
        return false;
    select(row);
    return true;
}

bool LogView::nextError()
{
    if (!m_model)
        return false;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int row = m_model->nextErrorRow(current);
    if (row < 0)
        return false;
    select(row);
    return true;
}

void LogView::copySelection()
{
    if (!m_model)
        return;
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end());
    QByteArray text;
    for (const QModelIndex &index : std::as_const(rows))
        text += m_model->text(index.row(), index.row());
    QApplication::clipboard()->setText(QString::fromUtf8(text));
}

QString LogView::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    if (m_model && m_model->rowCount() > 0)
        file.write(m_model->text(0, m_model->rowCount() - 1));
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return QString();
}

void LogView::setWrap(bool wrap)
{
    m_delegate->setWrap(wrap);
    // Wrapped rows have their own heights; unwrapped ones share one, which is what keeps huge
    // logs fast.
    m_list->setUniformItemSizes(!wrap);
    m_list->setWordWrap(wrap);
    m_list->setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_list->doItemsLayout();
}

void LogView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void LogView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = syntaxTheme(palette());
    m_delegate->setTheme(theme);
    m_list->viewport()->update();
}

} // namespace wharf::ui
