#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace wharf::ui {

// Asks before something that cannot be undone, window-modal over `parent` and without
// blocking (no nested event loop), with Cancel the default; runs `confirmed` if the user chose
// the button labelled `actionText` ("&Delete").
void askToConfirm(QWidget *parent,
                  const QString &title,
                  const QString &question,
                  const QString &actionText,
                  std::function<void()> confirmed);

} // namespace wharf::ui
