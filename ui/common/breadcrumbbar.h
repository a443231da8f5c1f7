#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace wharf::ui {

// Where a folder listing is, as a row of buttons from the root ("Project › data › raw"):
// clicking one (or Space/Return on it) asks to go there. The last one is the current folder.
class BreadcrumbBar : public QWidget
{
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    // `keys` from the root to the current folder, `names` what the buttons say.
    void setPath(const QStringList &keys, const QStringList &names);
    QStringList keys() const { return m_keys; }

Q_SIGNALS:
    void activated(const QString &key);

private:
    QHBoxLayout *m_layout;
    QStringList m_keys;
};

} // namespace wharf::ui
