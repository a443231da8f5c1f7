#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace wharf::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Wharf"));
    auto *welcome = new QLabel(tr("Add an account to get started."), this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setAccessibleName(tr("Welcome"));
    setCentralWidget(welcome);
    statusBar()->showMessage(tr("Offline"));
    resize(1000, 680);
}

} // namespace wharf::ui
