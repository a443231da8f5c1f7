#pragma once

#include "common/page.h"
#include "common/pageregistry.h"

class QLabel;
class QPushButton;

namespace wharf {
class ContaxyServerStatus;
}

namespace wharf::ui {

// What a Contaxy server says about itself (contaxy.md §5): version, namespace, whether it
// has been set up, and whether it reports itself healthy (with the server's words when not),
// with a refresh. None of it needs signing in.
class ContaxyServerPage : public Page
{
    Q_OBJECT
public:
    ContaxyServerPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QByteArray rawReply() const override;
    void activate() override;

    QPushButton *refreshButton() const { return m_refresh; }
    ContaxyServerStatus *status() const { return m_status; }

private:
    void update();

    PageContext m_context;
    ContaxyServerStatus *m_status = nullptr; // null while the account has no session yet
    QLabel *m_version;
    QLabel *m_namespace;
    QLabel *m_state;
    QLabel *m_health;
    QLabel *m_metadata;
    QLabel *m_problem;
    QPushButton *m_refresh;
};

} // namespace wharf::ui
