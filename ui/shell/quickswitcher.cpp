#include "shell/quickswitcher.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace wharf::ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
}

QuickSwitcher::QuickSwitcher(QAbstractItemModel *tree, int pageIdRole, QWidget *parent)
    : QDialog(parent)
    , m_tree(tree)
    , m_pageIdRole(pageIdRole)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_items(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Go to"));
    m_filter->setPlaceholderText(tr("Type an account or page name"));
    m_filter->setAccessibleName(tr("Filter destinations"));
    m_filter->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Destinations"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proxy->setSourceModel(m_items);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(420, 320);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { choose(m_list->currentIndex()); });
    connect(m_list, &QListView::activated, this, &QuickSwitcher::choose);
    // Up/Down in the filter move through the list, so the keyboard never leaves the field.
    m_filter->installEventFilter(this);
}

void QuickSwitcher::refresh()
{
    m_items->clear();
    std::function<void(const QModelIndex &, const QString &)> walk;
    walk = [&](const QModelIndex &parent, const QString &prefix) {
        for (int row = 0; row < m_tree->rowCount(parent); ++row) {
            const QModelIndex index = m_tree->index(row, 0, parent);
            const QString name = index.data(Qt::DisplayRole).toString();
            const QString label = prefix.isEmpty() ? name : prefix + QStringLiteral(" › ") + name;
            auto *item = new QStandardItem(label);
            item->setData(index.data(m_pageIdRole), kPageIdRole);
            m_items->appendRow(item);
            walk(index, label);
        }
    };
    walk(QModelIndex(), QString());
    m_filter->clear();
    m_list->setCurrentIndex(m_proxy->index(0, 0));
    m_filter->setFocus();
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_proxy->rowCount())
                m_list->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT pageChosen(index.data(kPageIdRole).toString());
    accept();
}

} // namespace wharf::ui
