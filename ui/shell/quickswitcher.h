#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace wharf::ui {

// Ctrl+K: type a few letters of an account or page name, press Enter to go there.
class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    QuickSwitcher(QAbstractItemModel *tree, int pageIdRole, QWidget *parent = nullptr);

    // Rebuilds the flat list of destinations from the tree; call before showing.
    void refresh();
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void pageChosen(const QString &pageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);

    QAbstractItemModel *m_tree;
    int m_pageIdRole;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_items;
    QSortFilterProxyModel *m_proxy;
};

} // namespace wharf::ui
