#pragma once

#include <QWidget>

class QAction;
class QTableView;
class QToolBar;

namespace wharf {
class TransferModel;
namespace transfer {
class TransferQueue;
}
} // namespace wharf

namespace wharf::ui {

// The transfers dock's contents: every upload and download with its progress, and the
// actions on them (pause, resume, retry, cancel, clear finished, pause all).
class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    TransfersPanel(transfer::TransferQueue *queue, TransferModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAction *pauseAllAction() const { return m_pauseAll; }

private:
    QString currentId() const;
    void updateActions();

    transfer::TransferQueue *m_queue;
    TransferModel *m_model;
    QTableView *m_view;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_retry;
    QAction *m_cancel;
    QAction *m_clear;
    QAction *m_pauseAll;
};

} // namespace wharf::ui
