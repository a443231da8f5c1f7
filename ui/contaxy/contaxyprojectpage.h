#pragma once

#include "common/page.h"
#include "common/pageregistry.h"

#include <QPointer>

class QLabel;

namespace wharf {
class ContaxyProjectModel;
}

namespace wharf::ui {

// A Contaxy project's own page (its node in the tree): name, id, description, and the
// project-wide actions — a new project, editing its name and description, deleting this one
// after typing its id.
class ContaxyProjectPage : public Page
{
    Q_OBJECT
public:
    ContaxyProjectPage(const PageContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void activate() override { refresh(); }

    // Asks for the project's id to be typed, then deletes it (its files stay on the server).
    void confirmDelete();
    // Opens the dialog that changes the name and description.
    void edit();
    QAction *editAction() const { return m_edit; }

private:
    void refresh();

    PageContext m_context;
    QPointer<ContaxyProjectModel> m_projects; // gone when the account signs out
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_status;
    QAction *m_delete;
    QAction *m_edit;
};

} // namespace wharf::ui
