#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QToolBar;

namespace wharf {
class LogModel;
}

namespace wharf::ui {

class LogLineDelegate;

// A log of any size: a list view over a LogModel (one row per line, uniform heights, so a
// million lines scroll as fast as ten), highlighted line by line with KSyntaxHighlighting's
// log syntax only for the rows being painted. Find with next/previous and a match count,
// jump to the next error, wrap, copy the selected lines, save the whole log. While the view is
// scrolled to the end, new lines keep it there (follow mode's tail).
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(LogModel *model);
    LogModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *findField() const { return m_find; }
    QLabel *matchLabel() const { return m_matches; }
    // Checkable; what following means is up to the owner (it connects to toggled).
    QAction *followAction() const { return m_follow; }
    QAction *wrapAction() const { return m_wrap; }

    // Selects and shows the next (previous) line that contains the find text.
    bool findNext(bool backward = false);
    bool nextError();
    void copySelection();
    // Writes the whole log to `path`; returns an error message or "".
    QString saveTo(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMatches();
    void select(int row);
    void rowsArrived();
    void setWrap(bool wrap);
    void applyTheme();

    LogModel *m_model = nullptr;
    QToolBar *m_toolBar;
    QListView *m_list;
    LogLineDelegate *m_delegate;
    QLineEdit *m_find;
    QLabel *m_matches;
    QAction *m_follow;
    QAction *m_wrap;
    QAction *m_copy;
    bool m_atEnd = true; // the view showed the last line before rows arrived
};

} // namespace wharf::ui
