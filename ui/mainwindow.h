#pragma once

#include <QMainWindow>

namespace wharf::ui {

// The application's main window: account tree, page stack, transfers dock, status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace wharf::ui
