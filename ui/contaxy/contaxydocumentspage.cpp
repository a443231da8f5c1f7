#include "contaxy/contaxydocumentspage.h"

#include "common/jsonview.h"
#include "common/resourcetable.h"
#include "contaxy/contaxydocumentmodel.h"
#include "contaxy/documenteditdialog.h"
#include "contaxy/recentcollections.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wharf::ui {

namespace {
contaxy::RecentCollections recentOf(const PageContext &context)
{
    return contaxy::RecentCollections(context.id.accountId, context.id.projectId);
}
} // namespace

ContaxyDocumentsPage::ContaxyDocumentsPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyDocumentModel(session(), context.id.projectId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_json(new JsonView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Documents"));
    setUpResourceTable(m_view, ContaxyDocumentModel::PreviewColumn);
    m_view->sortByColumn(ContaxyDocumentModel::KeyColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_json->setAccessibleName(tr("Selected document"));

    m_new
        = addAction(QStringLiteral("document-new"), tr("&New…"), QKeySequence::New, false, [this] {
              editDocument(-1);
          });
    m_edit = addAction(
        QStringLiteral("document-edit"), tr("&Edit…"), QKeySequence(Qt::Key_F2), true, [this] {
            editDocument(currentRow());
        });
    m_copy = addAction(QStringLiteral("edit-copy"),
                       tr("Cop&y JSON"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                       true,
                       [this] { copyJson(); });
    m_delete = addAction(
        QStringLiteral("edit-delete"), tr("&Delete…"), QKeySequence::Delete, true, [this] {
            confirmDelete();
        });
    addAction(QStringLiteral("view-refresh"), tr("&Reload"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    // The server evaluates the path, so it is sent when the user is done typing, not per key.
    m_filter = addFilter(tr("JSON path filter, e.g. $ ? (@.n > 3)"));
    m_filter->setToolTip(tr("A PostgreSQL SQL/JSON path such as $ ? (@.status == \"done\") or "
                            "$.tags[*] ? (@ == \"x\"). A bare comparison such as $.n > 3 "
                            "matches every document. Press Return to apply."));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        setNotice(QString());
        m_model->setFilter(m_filter->text());
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            m_model->setFilter(QString());
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeCollectionBar());
    layout->addWidget(splitter, 1);
    setList(m_model, content, m_view);

    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ContaxyDocumentsPage::showSelected);
    // The selected document changed on the server (an edit) or went away.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContaxyDocumentsPage::showSelected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContaxyDocumentsPage::showSelected);
    connect(m_model->loader(), &ListLoader::pageLoaded, this, [this] {
        m_view->resizeColumnToContents(ContaxyDocumentModel::KeyColumn);
        m_view->resizeColumnToContents(ContaxyDocumentModel::UpdatedColumn);
        m_view->resizeColumnToContents(ContaxyDocumentModel::SizeColumn);
        // A collection opens with its first document shown, not an empty view.
        if (!m_view->selectionModel()->hasSelection() && m_view->model()->rowCount() > 0)
            m_view->selectRow(0);
    });
    const QStringList recent = recentOf(context).collections();
    if (!recent.isEmpty())
        openCollection(recent.first());
    updateActions();
}

QWidget *ContaxyDocumentsPage::makeCollectionBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_collections = new QComboBox(bar);
    m_collections->setEditable(true);
    m_collections->setInsertPolicy(QComboBox::NoInsert); // remembered once it opened
    m_collections->setAccessibleName(tr("Collection"));
    m_collections->lineEdit()->setPlaceholderText(tr("collection name"));
    m_collections->addItems(recentOf(context()).collections());
    m_collections->setCurrentIndex(-1);
    m_collections->setMinimumContentsLength(24);
    auto *label = new QLabel(tr("C&ollection:"), bar);
    label->setBuddy(m_collections);
    auto *open
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("O&pen"), bar);
    open->setToolTip(tr("The server cannot list collections: type a name to open one (a new "
                        "one is made when its first document is saved)."));
    row->addWidget(label);
    row->addWidget(m_collections);
    row->addWidget(open);
    row->addStretch(1);
    auto openTyped = [this] { openCollection(m_collections->currentText().trimmed()); };
    connect(open, &QPushButton::clicked, this, openTyped);
    connect(m_collections->lineEdit(), &QLineEdit::returnPressed, this, openTyped);
    connect(m_collections, &QComboBox::activated, this, openTyped);
    return bar;
}

bool ContaxyDocumentsPage::openCollection(const QString &collection)
{
    if (const QString problem = contaxy::collectionIdProblem(collection); !problem.isEmpty()) {
        setNotice(problem);
        return false;
    }
    setNotice(QString());
    auto recent = recentOf(context());
    recent.remember(collection);
    const QSignalBlocker block(m_collections);
    m_collections->clear();
    m_collections->addItems(recent.collections());
    m_collections->setCurrentIndex(0);
    m_model->setCollection(collection);
    m_json->clear();
    Q_EMIT titleChanged();
    updateActions();
    return true;
}

QString ContaxyDocumentsPage::pageName() const
{
    return m_model->collection().isEmpty() ? tr("Documents")
                                           : tr("Documents: %1").arg(m_model->collection());
}

QString ContaxyDocumentsPage::countText() const
{
    if (m_model->collection().isEmpty())
        return tr("Open a collection by name.");
    return m_model->filter().isEmpty()
        ? tr("%n document(s)", nullptr, m_model->rowCount())
        : tr("%n document(s) match the filter", nullptr, m_model->rowCount());
}

int ContaxyDocumentsPage::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ContaxyDocumentsPage::showSelected()
{
    const int row = currentRow();
    if (row < 0)
        m_json->clear();
    else
        m_json->setRawJson(m_model->document(row).text); // as the server serialized it
    updateActions();
}

void ContaxyDocumentsPage::openRow(const QModelIndex &index)
{
    editDocument(m_proxy->mapToSource(index).row());
}

void ContaxyDocumentsPage::editDocument(int row)
{
    if (m_model->collection().isEmpty() || m_model->isBusy())
        return;
    const QString key = row < 0 ? QString() : m_model->document(row).key;
    auto *dialog = new DocumentEditDialog(
        m_model, key, row < 0 ? QJsonObject() : m_model->document(row).value, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int saved = m_model->rowOf(dialog->savedKey());
        if (saved >= 0)
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(saved, 0)).row());
    });
    dialog->open();
}

void ContaxyDocumentsPage::copyJson()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(m_json->text());
    setNotice(tr("%1 copied as JSON.").arg(m_model->document(row).key));
}

void ContaxyDocumentsPage::confirmDelete()
{
    QStringList keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        keys << m_model->document(m_proxy->mapToSource(index).row()).key;
    if (keys.isEmpty() || m_model->isBusy())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning,
        tr("Delete Documents"),
        keys.size() == 1
            ? tr("Delete the document \"%1\" from %2?").arg(keys.first(), m_model->collection())
            : tr("Delete %n document(s) from %1?", nullptr, int(keys.size()))
                  .arg(m_model->collection()),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel); // deleting is never the default
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    connect(box, &QMessageBox::finished, this, [this, box, keys] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && m_model->removeDocuments(keys))
            updateActions();
    });
    box->open();
}

void ContaxyDocumentsPage::updateActions()
{
    const bool open = !m_model->collection().isEmpty();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    const bool busy = m_model->isBusy();
    m_new->setEnabled(open && !busy);
    m_edit->setEnabled(selected == 1 && !busy);
    m_copy->setEnabled(selected == 1);
    m_delete->setEnabled(selected > 0 && !busy);
    m_filter->setEnabled(open);
}

} // namespace wharf::ui
