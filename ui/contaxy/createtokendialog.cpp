#include "contaxy/createtokendialog.h"

#include "contaxy/contaxytokenmodel.h"
#include "contaxy/tokens.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wharf::ui {

namespace {
// The level combo box: shown translated, the server's word as item data.
QComboBox *levelCombo(QWidget *parent, const QString &current)
{
    auto *box = new QComboBox(parent);
    box->addItem(CreateTokenDialog::tr("read"), QStringLiteral("read"));
    box->addItem(CreateTokenDialog::tr("write"), QStringLiteral("write"));
    box->addItem(CreateTokenDialog::tr("admin"), QStringLiteral("admin"));
    box->setCurrentIndex(qMax(0, box->findData(current)));
    box->setAccessibleName(CreateTokenDialog::tr("Access level"));
    return box;
}
} // namespace

CreateTokenDialog::CreateTokenDialog(ContaxyTokenModel *tokens, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_project(tokens->project())
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    if (forProject()) {
        setWindowTitle(tr("New project token"));
        auto *about = new QLabel(tr("A project token is an API token for everything in the "
                                    "project at the chosen level. The server makes one per level "
                                    "and hands out the same one when asked again."),
                                 this);
        about->setWordWrap(true);
        layout->addWidget(about);
        m_projectLevel = levelCombo(this, QStringLiteral("write"));
        form->addRow(tr("&Level:"), m_projectLevel);
    } else {
        setWindowTitle(tr("New token"));
        m_type = new QComboBox(this);
        m_type->addItem(tr("API token (kept until revoked)"), false);
        m_type->addItem(tr("Session token (expires after 15 minutes)"), true);
        m_type->setAccessibleName(tr("Token type"));
        m_description = new QLineEdit(this);
        m_description->setAccessibleName(tr("Description"));
        m_description->setMaxLength(240);
        m_description->setPlaceholderText(tr("what the token is for"));
        auto *scopeBox = new QWidget(this);
        m_scopeRows = new QVBoxLayout(scopeBox);
        m_scopeRows->setContentsMargins(0, 0, 0, 0);
        m_addScope
            = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Scope"), this);
        m_addScope->setAutoDefault(false);
        form->addRow(tr("&Type:"), m_type);
        form->addRow(tr("&Description:"), m_description);
        form->addRow(tr("Scopes:"), scopeBox);
        form->addRow(QString(), m_addScope);
        connect(m_addScope, &QPushButton::clicked, this, [this] {
            addScopeRow();
            m_scopes.last().resource->setFocus();
        });
        connect(m_description, &QLineEdit::textChanged, this, &CreateTokenDialog::validate);
        addScopeRow();
    }
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setVisible(false);
    createButton()->setText(tr("&Create"));
    // Return always means Create, even while focus passes over other buttons.
    createButton()->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateTokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Signed out while the dialog is open: there is nothing to create the token with.
    connect(tokens, &QObject::destroyed, this, &QDialog::reject);
    validate();
}

QPushButton *CreateTokenDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CreateTokenDialog::addScopeRow(const QString &resource, const QString &level)
{
    if (!m_scopeRows)
        return;
    auto *row = new QWidget(this);
    auto *resourceEdit = new QLineEdit(resource, row);
    resourceEdit->setAccessibleName(tr("Resource"));
    resourceEdit->setPlaceholderText(tr("projects/my-project, or * for everything"));
    QComboBox *levelBox = levelCombo(row, level);
    auto *remove = new QToolButton(row);
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this scope"));
    remove->setAccessibleName(tr("Remove scope"));
    auto *line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(resourceEdit, 1);
    line->addWidget(levelBox);
    line->addWidget(remove);
    m_scopeRows->addWidget(row);
    m_scopes.append({row, resourceEdit, levelBox});
    connect(resourceEdit, &QLineEdit::textChanged, this, &CreateTokenDialog::validate);
    connect(levelBox, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::validate);
    connect(remove, &QToolButton::clicked, this, [this, row] { removeScopeRow(row); });
    validate();
}

void CreateTokenDialog::removeScopeRow(QWidget *row)
{
    for (qsizetype i = 0; i < m_scopes.size(); ++i) {
        if (m_scopes.at(i).row != row)
            continue;
        m_scopes.removeAt(i);
        row->deleteLater();
        break;
    }
    m_addScope->setFocus(); // the removed row had it
    validate();
}

QStringList CreateTokenDialog::scopes() const
{
    QStringList list;
    for (const ScopeRow &s : m_scopes)
        list << contaxy::scopeFor(s.resource->text(), s.level->currentData().toString());
    return list;
}

QString CreateTokenDialog::problem() const
{
    if (forProject())
        return QString();
    QString found = contaxy::tokenDescriptionProblem(m_description->text());
    // Without scopes the server copies the sign-in's own, usually more than the user holds.
    if (found.isEmpty() && m_scopes.isEmpty())
        found = tr("Add at least one scope.");
    for (qsizetype i = 0; found.isEmpty() && i < m_scopes.size(); ++i) {
        const ScopeRow &s = m_scopes.at(i);
        const QString why
            = contaxy::scopeProblem(s.resource->text(), s.level->currentData().toString());
        if (!why.isEmpty())
            found = tr("Scope %1: %2").arg(i + 1).arg(why);
    }
    return found;
}

void CreateTokenDialog::validate()
{
    const QString found = problem();
    // An untouched first row is not an error worth showing yet.
    const bool pristine = m_scopes.size() == 1 && m_scopes.first().resource->text().isEmpty();
    const bool show = !found.isEmpty() && !pristine;
    m_error->setText(show ? found : QString());
    m_error->setVisible(show);
    createButton()->setEnabled(found.isEmpty() && !m_busy);
}

void CreateTokenDialog::failed(const QString &message)
{
    m_busy = false;
    validate();
    m_error->setText(message);
    m_error->setVisible(true);
    createButton()->setDefault(true);
}

void CreateTokenDialog::accept()
{
    if (!m_tokens || m_busy || !problem().isEmpty())
        return;
    m_busy = true;
    validate();
    auto done = [this](const QString &token, const net::ApiError &error) {
        if (error) {
            failed(error.kind == net::ApiError::Kind::Forbidden
                       ? tr("The server refused: %1 A token can have at most the rights you "
                            "have yourself.")
                             .arg(error.message)
                       : error.toString());
            return;
        }
        m_busy = false;
        m_created = token;
        QDialog::accept();
    };
    if (forProject()) {
        m_tokens->createProjectToken(m_projectLevel->currentData().toString(), this, done);
        return;
    }
    contaxy::TokenRequest request;
    request.session = m_type->currentData().toBool();
    request.description = m_description->text().trimmed();
    request.scopes = scopes();
    m_createdSession = request.session;
    m_tokens->create(request, this, done);
}

} // namespace wharf::ui
