#include "contaxy/filepropertiesdialog.h"

#include "common/confirm.h"
#include "common/resourcetable.h"
#include "contaxy/contaxyfiledetails.h"
#include "contaxy/contaxyfileversionmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wharf::ui {

FilePropertiesDialog::FilePropertiesDialog(auth::AccountSession *session,
                                           const QString &projectId,
                                           const contaxy::FileItem &file,
                                           QWidget *parent)
    : QDialog(parent)
    , m_details(new ContaxyFileDetails(session, projectId, file, this))
    , m_versionModel(new ContaxyFileVersionModel(session, projectId, file.key, this))
    , m_tabs(new QTabWidget(this))
    , m_facts(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_metadata(new QTableWidget(0, 2, this))
    , m_versions(new QTableView(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Properties of %1").arg(file.fileName()));
    setMinimumSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 28);
    m_tabs->addTab(generalTab(), tr("&General"));
    m_tabs->addTab(versionsTab(), tr("&Versions"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->setVisible(false);
    m_buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FilePropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_details, &ContaxyFileDetails::loaded, this, &FilePropertiesDialog::showFile);
    connect(m_details, &ContaxyFileDetails::failed, this, [this](const net::ApiError &error) {
        say(tr("The metadata could not be read: %1").arg(error.toString()), true);
    });
    connect(m_details, &ContaxyFileDetails::saved, this, [this](bool ok, const QString &message) {
        m_busy = false;
        validate();
        say(message, !ok);
        if (ok) {
            showFile();
            Q_EMIT changed();
        }
    });
    connect(m_versionModel,
            &ResourceListModel::actionFinished,
            this,
            [this](const QString &outcome, bool ok) {
                say(outcome, !ok);
                if (ok)
                    Q_EMIT changed();
            });
    connect(
        m_versionModel->loader(), &ListLoader::errorOccurred, this, [this](const net::ApiError &e) {
            say(tr("The versions could not be listed: %1").arg(e.toString()), true);
        });
    showFile();
    m_details->load();
    m_versionModel->reload();
}

QWidget *FilePropertiesDialog::generalTab()
{
    auto *tab = new QWidget(this);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts->setWordWrap(true);
    m_facts->setAccessibleName(tr("File facts"));
    m_displayName->setMaxLength(128);
    m_displayName->setAccessibleName(tr("Display name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().height() * 4);
    m_metadata->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->setAccessibleName(tr("Custom metadata"));
    m_metadata->setTabKeyNavigation(false);
    auto *add
        = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Entry"), tab);
    auto *remove = new QPushButton(
        QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Entry"), tab);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setItem(row, 0, new QTableWidgetItem);
        m_metadata->setItem(row, 1, new QTableWidgetItem);
        m_metadata->setCurrentCell(row, 0);
        m_metadata->editItem(m_metadata->item(row, 0));
    });
    // Saved entries come first and stay (see ContaxyFileDetails); new ones can go again.
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_metadata->currentRow() >= int(m_details->file().metadata.size()))
            m_metadata->removeRow(m_metadata->currentRow());
        validate();
    });
    connect(m_metadata, &QTableWidget::currentCellChanged, remove, [this, remove](int row) {
        remove->setEnabled(row >= int(m_details->file().metadata.size()));
    });
    remove->setEnabled(false);
    connect(m_metadata, &QTableWidget::itemChanged, this, &FilePropertiesDialog::validate);
    connect(m_displayName, &QLineEdit::textChanged, this, &FilePropertiesDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &FilePropertiesDialog::validate);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("D&escription:"), m_description);
    auto *metadataLabel = new QLabel(tr("Custom &metadata:"), tab);
    metadataLabel->setBuddy(m_metadata);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_facts);
    layout->addLayout(form);
    layout->addWidget(metadataLabel);
    layout->addWidget(m_metadata, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *FilePropertiesDialog::versionsTab()
{
    auto *tab = new QWidget(this);
    m_versions->setModel(m_versionModel);
    m_versions->setAccessibleName(tr("Versions"));
    setUpResourceTable(m_versions, ContaxyFileVersionModel::Md5Column);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_downloadVersion
        = new QPushButton(QIcon::fromTheme(QStringLiteral("download")), tr("Do&wnload"), tab);
    m_deleteVersion = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Version…"), tab);
    m_deleteOlder = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-clear-history")), tr("Delete &Older Versions…"), tab);
    connect(m_downloadVersion, &QPushButton::clicked, this, [this] {
        if (const int row = selectedVersionRow(); row >= 0)
            Q_EMIT downloadVersion(m_versionModel->version(row));
    });
    connect(m_deleteVersion, &QPushButton::clicked, this, [this] {
        const int row = selectedVersionRow();
        if (row < 0)
            return;
        const QString version = m_versionModel->version(row).version;
        askToConfirm(this,
                     tr("Delete Version"),
                     tr("Delete version %1 of %2?").arg(version, m_details->file().key),
                     tr("&Delete"),
                     [this, version] { m_versionModel->removeVersion(version); });
    });
    connect(m_deleteOlder, &QPushButton::clicked, this, [this] {
        askToConfirm(this,
                     tr("Delete Older Versions"),
                     tr("Delete every version of %1 but the latest?").arg(m_details->file().key),
                     tr("&Delete"),
                     [this] { m_versionModel->removeOlderVersions(); });
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_downloadVersion);
    buttons->addWidget(m_deleteVersion);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteOlder);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_versions, 1);
    layout->addLayout(buttons);
    return tab;
}

int FilePropertiesDialog::selectedVersionRow() const
{
    const QModelIndexList rows = m_versions->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FilePropertiesDialog::showFile()
{
    const contaxy::FileItem &f = m_details->file();
    const QLocale locale;
    m_facts->setText(tr("<b>%1</b><br>%2, %3<br>Modified %4 by %5<br>Created %6 by %7<br>MD5 %8")
                         .arg(f.key.toHtmlEscaped(),
                              locale.formattedDataSize(f.size),
                              f.contentType.toHtmlEscaped(),
                              locale.toString(f.updatedAt.toLocalTime(), QLocale::ShortFormat),
                              f.updatedBy.toHtmlEscaped(),
                              locale.toString(f.createdAt.toLocalTime(), QLocale::ShortFormat),
                              f.createdBy.toHtmlEscaped(),
                              f.md5.toHtmlEscaped()));
    m_displayName->setText(f.displayName);
    m_description->setPlainText(f.description);
    const QSignalBlocker block(m_metadata);
    m_metadata->setRowCount(0);
    for (auto it = f.metadata.begin(); it != f.metadata.end(); ++it) {
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        auto *name = new QTableWidgetItem(it.key());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable); // saved names stay (see above)
        m_metadata->setItem(row, 0, name);
        m_metadata->setItem(row, 1, new QTableWidgetItem(it.value().toVariant().toString()));
    }
    validate();
}

QJsonObject FilePropertiesDialog::metadata() const
{
    QJsonObject out;
    for (int row = 0; row < m_metadata->rowCount(); ++row) {
        const QTableWidgetItem *name = m_metadata->item(row, 0);
        const QTableWidgetItem *value = m_metadata->item(row, 1);
        const QString key = name ? name->text().trimmed() : QString();
        if (key.isEmpty() && (!value || value->text().isEmpty()))
            continue; // a blank row added and left
        out.insert(key, value ? value->text() : QString());
    }
    return out;
}

void FilePropertiesDialog::validate()
{
    const QString problem = ContaxyFileDetails::problem(
        m_displayName->text().trimmed(), m_description->toPlainText(), metadata());
    if (!problem.isEmpty())
        say(problem, true);
    else if (m_message->property("problem").toBool())
        say(QString(), false);
    const bool changed
        = !m_details
               ->patchFor(m_displayName->text().trimmed(), m_description->toPlainText(), metadata())
               .isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && changed && !m_busy);
}

void FilePropertiesDialog::say(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setProperty("problem", problem && !message.isEmpty());
    m_message->setVisible(!message.isEmpty());
}

void FilePropertiesDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    m_busy = true;
    validate();
    m_details->save(m_displayName->text().trimmed(), m_description->toPlainText(), metadata());
}

} // namespace wharf::ui
