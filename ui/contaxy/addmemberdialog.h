#pragma once

#include "contaxy/members.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace wharf {
class ContaxyMemberModel;
}

namespace wharf::ui {

// Adds a member to a Contaxy project: the server's users are fetched once (GET /users has
// no search, contaxy.md §4), the typed text narrows them by name or e-mail, the user picks
// one and a level. Users who are members already are left out. The model does the adding
// and reports on the page.
class AddMemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddMemberDialog(ContaxyMemberModel *members, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *userList() const { return m_users; }
    QComboBox *levelBox() const { return m_level; }
    QLabel *errorLabel() const { return m_error; }
    bool usersLoaded() const { return m_loaded; }
    void accept() override;

private:
    void showMatches();
    void validate();

    QPointer<ContaxyMemberModel> m_members; // gone if the account signs out meanwhile
    QLineEdit *m_search;
    QListWidget *m_users;
    QComboBox *m_level;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<contaxy::User> m_all;
    QList<contaxy::User> m_shown; // m_users' rows
    bool m_loaded = false;
};

} // namespace wharf::ui
