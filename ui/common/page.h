#pragma once

#include <QWidget>

namespace wharf::transfer {
class TransferQueue;
}

namespace wharf::ui {

// A page of the main window's page stack. Every page can show the server's raw reply behind
// what it displays ("Show raw reply"), and is told when it becomes visible so it can refresh.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QString pageId, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_pageId(std::move(pageId))
    { }

    QString pageId() const { return m_pageId; }
    virtual QString title() const = 0;
    // The last reply this page shows, as received (empty when there is none yet).
    virtual QByteArray rawReply() const { return QByteArray(); }
    virtual void activate() { }
    // The application's transfer queue, for pages that upload or download. Pages restored at
    // start-up exist before the queue does, so it can arrive after construction.
    virtual void setTransferQueue(transfer::TransferQueue *) { }
    // Files handed to the application ("open with", a second launch): true if this page takes
    // them (uploads or submits them, possibly once it has finished loading).
    virtual bool takeFiles(const QStringList &) { return false; }
    // Shows the item called `name` (by id or by its shown name), once the page has it: for
    // `--page PAGE#ITEM` and links into a page. Pages without items ignore it.
    virtual void openItem(const QString &) { }

Q_SIGNALS:
    void titleChanged();

private:
    QString m_pageId;
};

} // namespace wharf::ui
