#include "contaxy/addmemberdialog.h"

#include "contaxy/contaxymembermodel.h"
#include "contaxy/tokens.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace wharf::ui {

AddMemberDialog::AddMemberDialog(ContaxyMemberModel *members, QWidget *parent)
    : QDialog(parent)
    , m_members(members)
    , m_search(new QLineEdit(this))
    , m_users(new QListWidget(this))
    , m_level(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Member"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_search->setAccessibleName(tr("Search users"));
    m_search->setPlaceholderText(tr("Name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_users->setAccessibleName(tr("Users"));
    m_level->setAccessibleName(tr("Access level"));
    for (const QString &level : contaxy::accessLevels())
        m_level->addItem(ContaxyMemberModel::levelName(level), level);
    m_level->setCurrentIndex(m_level->findData(QStringLiteral("write"))); // the server's default
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setText(tr("Loading the users…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Search:"), m_search);
    form->addRow(tr("&User:"), m_users);
    form->addRow(tr("Access &level:"), m_level);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &AddMemberDialog::showMatches);
    connect(m_users, &QListWidget::currentRowChanged, this, &AddMemberDialog::validate);
    connect(m_users, &QListWidget::itemActivated, this, &AddMemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddMemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Signed out while the dialog is open: there is no project to add to.
    connect(members, &QObject::destroyed, this, &QDialog::reject);
    members->fetchUsers(this, [this](const QList<contaxy::User> &users, const net::ApiError &e) {
        if (e) {
            m_error->setText(tr("The users could not be listed: %1").arg(e.toString()));
            return;
        }
        m_loaded = true;
        for (const contaxy::User &user : users) {
            if (m_members && m_members->rowOfUser(user.id) < 0)
                m_all << user;
        }
        showMatches();
    });
    validate();
}

void AddMemberDialog::showMatches()
{
    if (!m_loaded)
        return;
    m_shown = contaxy::matchingUsers(m_all, m_search->text());
    m_users->clear();
    for (const contaxy::User &user : std::as_const(m_shown)) {
        m_users->addItem(user.email.isEmpty() ? user.username
                                              : tr("%1 <%2>").arg(user.username, user.email));
    }
    // One match is the user meant: Return adds it straight away.
    if (m_shown.size() == 1)
        m_users->setCurrentRow(0);
    if (m_all.isEmpty())
        m_error->setText(tr("Every user is a member already."));
    else if (m_shown.isEmpty())
        m_error->setText(tr("No user matches \"%1\".").arg(m_search->text().trimmed()));
    else
        m_error->clear();
    validate();
}

void AddMemberDialog::validate()
{
    const int row = m_users->currentRow();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0 && row < m_shown.size());
}

void AddMemberDialog::accept()
{
    const int row = m_users->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_members)
        return;
    m_members->add(m_shown.at(row), m_level->currentData().toString());
    QDialog::accept();
}

} // namespace wharf::ui
