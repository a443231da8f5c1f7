#pragma once

#include <QDialog>

namespace wharf::ui {

class JsonView;

// Shows a page's last server reply, highlighted, for copying into bug reports.
class RawReplyDialog : public QDialog
{
    Q_OBJECT
public:
    RawReplyDialog(const QString &title, const QByteArray &reply, QWidget *parent = nullptr);
    JsonView *view() const { return m_view; }

private:
    JsonView *m_view;
};

} // namespace wharf::ui
