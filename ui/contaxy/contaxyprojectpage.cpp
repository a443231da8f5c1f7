#include "contaxy/contaxyprojectpage.h"

#include "accounts/accountstore.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/editprojectdialog.h"

#include <QAction>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace wharf::ui {

ContaxyProjectPage::ContaxyProjectPage(const PageContext &context, QWidget *parent)
    : Page(context.id.toString(), parent)
    , m_context(context)
    , m_projects(qobject_cast<ContaxyProjectModel *>(context.projects.data()))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : {m_heading, m_details, m_status}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    m_details->setAccessibleName(tr("Project details"));
    m_status->setAccessibleName(tr("Status"));
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_edit = toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                                tr("&Edit…"),
                                this,
                                &ContaxyProjectPage::edit);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut); // this page only
    addAction(m_edit);
    m_delete = toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                  tr("&Delete Project…"),
                                  this,
                                  &ContaxyProjectPage::confirmDelete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addStretch();
    if (m_projects) {
        connect(m_projects, &QAbstractItemModel::dataChanged, this, &ContaxyProjectPage::refresh);
        connect(m_projects, &ResourceListModel::actionFinished, m_status, &QLabel::setText);
    }
    refresh();
}

QString ContaxyProjectPage::title() const
{
    const auto account = m_context.app.accounts->findById(m_context.id.accountId);
    return tr("%1 — %2").arg(m_heading->text(), account ? account->displayName : QString());
}

void ContaxyProjectPage::refresh()
{
    const int row = m_projects ? m_projects->rowOf(m_context.id.projectId) : -1;
    if (row < 0) {
        m_heading->setText(m_context.id.projectId);
        m_details->setText(tr("This project is no longer listed."));
        m_delete->setEnabled(false);
        m_edit->setEnabled(false);
        return;
    }
    const contaxy::Project &p = m_projects->project(row);
    const bool home = p.id == m_projects->homeId();
    m_heading->setText(p.displayName);
    QString details = tr("ID: %1").arg(p.id);
    if (home)
        details += QLatin1Char('\n') + tr("Your home project: it comes with your user account.");
    if (!p.description.isEmpty())
        details += QStringLiteral("\n\n") + p.description;
    m_details->setText(details);
    m_delete->setEnabled(!home); // the server keeps home projects for their users
    m_edit->setEnabled(true);
    Q_EMIT titleChanged();
}

void ContaxyProjectPage::edit()
{
    if (!m_projects || m_projects->rowOf(m_context.id.projectId) < 0)
        return;
    auto *dialog = new EditProjectDialog(m_projects, m_context.id.projectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // not exec(): the page may go (signed out) while the dialog is open
}

void ContaxyProjectPage::confirmDelete()
{
    if (!m_projects)
        return;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Delete Project"));
    ask->setLabelText(tr("Deleting %1 removes it for every member; its files stay on the server "
                         "but can no longer be reached. Type the project ID to confirm:")
                          .arg(m_heading->text()));
    ask->setOkButtonText(tr("&Delete"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        if (typed.trimmed() != m_context.id.projectId) {
            m_status->setText(tr("The ID did not match; nothing was deleted."));
            return;
        }
        if (!m_projects)
            return;
        m_status->setText(tr("Deleting…"));
        m_projects->remove(m_context.id.projectId);
    });
    ask->open(); // not exec(): the page may go (signed out) while the question is open
}

} // namespace wharf::ui
