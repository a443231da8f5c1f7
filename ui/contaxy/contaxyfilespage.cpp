#include "contaxy/contaxyfilespage.h"

#include "auth/accountsession.h"
#include "common/breadcrumbbar.h"
#include "common/droppedfiles.h"
#include "common/foldersfirstproxy.h"
#include "common/resourcetable.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/filepropertiesdialog.h"
#include "settings/appsettings.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QAction>
#include <QClipboard>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace wharf::ui {

using contaxy::FileTree;

ContaxyFilesPage::ContaxyFilesPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyFileModel(session(), context.id.projectId, this))
    , m_proxy(new FoldersFirstProxy(ContaxyFileModel::IsFolderRole, this))
    , m_view(new QTableView(this))
    , m_breadcrumb(new BreadcrumbBar(this))
    , m_reloadSoon(new QTimer(this))
    , m_searchSoon(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Files"));
    setUpResourceTable(m_view, ContaxyFileModel::NameColumn);
    m_view->sortByColumn(ContaxyFileModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->installEventFilter(this); // Backspace goes up, as in file managers
    // Drops anywhere on the page upload into the folder shown; onto a folder row, into it.
    acceptFileDrops([this](const QStringList &paths) { uploadPaths(paths); });

    // Back, Forward and Up sit by the breadcrumb, as in file managers; the toolbar keeps the
    // actions on files.
    m_back = addNavigation(QStringLiteral("go-previous"),
                           tr("&Back"),
                           QKeySequence(Qt::ALT | Qt::Key_Left),
                           [this] { goBack(); });
    m_forward = addNavigation(QStringLiteral("go-next"),
                              tr("&Forward"),
                              QKeySequence(Qt::ALT | Qt::Key_Right),
                              [this] { goForward(); });
    m_up = addNavigation(QStringLiteral("go-up"),
                         tr("&Up"),
                         QKeySequence(Qt::ALT | Qt::Key_Up),
                         [this] { openFolder(FileTree::parentFolder(m_model->folder())); });
    m_upload
        = addAction(QStringLiteral("cloud-upload"), tr("&Upload…"), QKeySequence(), false, [this] {
              chooseUploads(false);
          });
    m_uploadFolder = addAction(
        QStringLiteral("folder-cloud"), tr("Upload &Folder…"), QKeySequence(), false, [this] {
            chooseUploads(true);
        });
    m_download = addAction(QStringLiteral("download"),
                           tr("Do&wnload"),
                           QKeySequence(Qt::CTRL | Qt::Key_D),
                           true,
                           [this] { download(selectedKeys()); });
    m_properties = addAction(QStringLiteral("document-properties"),
                             tr("&Properties…"),
                             QKeySequence(Qt::ALT | Qt::Key_Return),
                             true,
                             [this] { showProperties(); });
    m_copy = addRowAction(
        QStringLiteral("edit-copy"), tr("Cop&y Key"), QKeySequence::Copy, [this] { copyKeys(); });
    m_copyUrl = addRowAction(QStringLiteral("edit-copy"),
                             tr("Copy &URL"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                             [this] { copyUrls(); });
    m_delete = addAction(
        QStringLiteral("edit-delete"), tr("&Delete…"), QKeySequence::Delete, true, [this] {
            confirmDelete(false);
        });
    m_deleteOlder = addRowAction(QStringLiteral("edit-clear-history"),
                                 tr("Delete &Older Versions…"),
                                 QKeySequence(),
                                 [this] { confirmDelete(true); });
    addAction(QStringLiteral("view-refresh"), tr("&Reload"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    m_filter = addFilter(tr("Search this folder"));
    // Searching walks the whole tree: wait for a pause in the typing.
    m_searchSoon->setSingleShot(true);
    m_searchSoon->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_searchSoon, qOverload<>(&QTimer::start));
    connect(m_searchSoon, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_filter->text().trimmed());
        updateStatus();
    });

    auto *content = new QWidget(this);
    auto *location = new QHBoxLayout;
    location->setSpacing(0);
    for (QAction *action : {m_back, m_forward, m_up}) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        location->addWidget(button);
    }
    location->addSpacing(6);
    location->addWidget(m_breadcrumb, 1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(location);
    layout->addWidget(m_view, 1);
    setList(m_model, content, m_view);
    connect(m_breadcrumb, &BreadcrumbBar::activated, this, &ContaxyFilesPage::openFolder);
    connect(m_model, &ContaxyFileModel::folderChanged, this, &ContaxyFilesPage::folderShown);
    folderShown(QString());

    connect(m_model->loader(), &ListLoader::pageLoaded, this, [this] {
        m_view->resizeColumnToContents(ContaxyFileModel::SizeColumn);
        m_view->resizeColumnToContents(ContaxyFileModel::ModifiedColumn);
        if (!m_pendingItem.isEmpty())
            openItem(std::exchange(m_pendingItem, QString()));
        updateActions();
    });
    // Several uploads finishing together cause one reload.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(300);
    connect(m_reloadSoon, &QTimer::timeout, m_model, &ContaxyFileModel::reload);
    setTransferOwner(m_model->transferOwner());
    setTransferQueue(context.transfers);
    updateActions();
}

QAction *ContaxyFilesPage::addNavigation(const QString &icon,
                                         const QString &text,
                                         const QKeySequence &shortcut,
                                         std::function<void()> triggered)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // this page only
    action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                     shortcut.toString(QKeySequence::NativeText)));
    QWidget::addAction(action);
    connect(action, &QAction::triggered, this, [triggered] { triggered(); });
    return action;
}

// A finished upload into this project shows up once the list is read again.
void ContaxyFilesPage::ownTransferFinished(transfer::Transfer *transfer)
{
    if (transfer->spec().isUpload())
        m_reloadSoon->start();
}

QString ContaxyFilesPage::pageName() const
{
    return tr("Files");
}

QString ContaxyFilesPage::countText() const
{
    if (!m_model->search().isEmpty())
        return tr("%n match(es)", nullptr, m_model->rowCount());
    return tr("%n item(s) here, %1 in the project", nullptr, m_model->rowCount())
        .arg(tr("%n file(s)", nullptr, m_model->totalFiles()));
}

void ContaxyFilesPage::openFolder(const QString &folder)
{
    const QString from = m_model->folder();
    if (folder == from || (!folder.isEmpty() && !m_model->tree().hasFolder(folder)))
        return;
    m_backStack << from;
    m_forwardStack.clear();
    m_model->setFolder(folder);
}

void ContaxyFilesPage::openItem(const QString &key)
{
    if (!m_model->loader()->hasLoaded()) {
        m_pendingItem = key;
        return;
    }
    const bool folder = key.endsWith(QLatin1Char('/'));
    openFolder(folder ? key : FileTree::folderOf(key));
    if (const int row = m_model->rowOf(key); !folder && row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void ContaxyFilesPage::goBack()
{
    while (!m_backStack.isEmpty()) {
        const QString folder = m_backStack.takeLast();
        if (!folder.isEmpty() && !m_model->tree().hasFolder(folder))
            continue; // emptied meanwhile
        m_forwardStack << m_model->folder();
        m_model->setFolder(folder);
        return;
    }
}

void ContaxyFilesPage::goForward()
{
    while (!m_forwardStack.isEmpty()) {
        const QString folder = m_forwardStack.takeLast();
        if (!folder.isEmpty() && !m_model->tree().hasFolder(folder))
            continue;
        m_backStack << m_model->folder();
        m_model->setFolder(folder);
        return;
    }
}

void ContaxyFilesPage::folderShown(const QString &folder)
{
    QStringList names;
    const QStringList keys = FileTree::ancestry(folder);
    for (const QString &key : keys)
        names << (key.isEmpty() ? projectName() : FileTree::folderName(key));
    if (names.first().isEmpty())
        names.first() = tr("Project");
    m_breadcrumb->setPath(keys, names);
    if (m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
    updateActions();
    updateStatus();
}

QStringList ContaxyFilesPage::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        keys << m_model->entry(m_proxy->mapToSource(index).row()).key;
    return keys;
}

QString ContaxyFilesPage::folderAt(const QPoint &pagePos) const
{
    const QPoint at = m_view->viewport()->mapFrom(this, pagePos);
    if (!m_view->viewport()->rect().contains(at))
        return QString();
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return QString();
    const auto &entry = m_model->entry(m_proxy->mapToSource(index).row());
    return entry.folder ? entry.key : QString();
}

void ContaxyFilesPage::dropEvent(QDropEvent *event)
{
    const QString folder = folderAt(event->position().toPoint());
    const QStringList paths = localPaths(event->mimeData());
    if (folder.isEmpty() || paths.isEmpty()) {
        ResourcePage::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    uploadPathsInto(paths, folder);
}

bool ContaxyFilesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Backspace
        && !m_model->folder().isEmpty()) {
        openFolder(FileTree::parentFolder(m_model->folder()));
        return true;
    }
    return ResourcePage::eventFilter(watched, event);
}

int ContaxyFilesPage::uploadPaths(const QStringList &paths)
{
    return uploadPathsInto(paths, m_model->folder());
}

int ContaxyFilesPage::uploadPathsInto(const QStringList &paths, const QString &folder)
{
    if (!transfers()) {
        setNotice(tr("Transfers are not ready yet; try again in a moment."));
        return 0;
    }
    const auto plan = contaxy::planUploads(
        context().id.accountId, session()->account().serverUrl, m_model->project(), paths, folder);
    if (plan.tooMany) {
        setNotice(tr("Too many files at once; upload the folder in smaller parts."));
        return 0;
    }
    for (const transfer::TransferSpec &spec : plan.transfers)
        transfers()->enqueue(spec);
    QString notice = folder.isEmpty()
        ? tr("%n upload(s) queued.", nullptr, int(plan.transfers.size()))
        : tr("%n upload(s) queued into %1.", nullptr, int(plan.transfers.size())).arg(folder);
    if (!plan.refused.isEmpty())
        notice += QLatin1Char(' ')
            + tr("Not uploaded: %1").arg(plan.refused.join(QStringLiteral("; ")));
    setNotice(notice);
    return int(plan.transfers.size());
}

void ContaxyFilesPage::chooseUploads(bool folders)
{
    const QString into = m_model->folder().isEmpty() ? projectName() : m_model->folder();
    auto *dialog = new QFileDialog(
        this, folders ? tr("Upload a Folder to %1").arg(into) : tr("Upload Files to %1").arg(into));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(folders ? QFileDialog::Directory : QFileDialog::ExistingFiles);
    if (folders)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::filesSelected, this, &ContaxyFilesPage::uploadPaths);
    dialog->open();
}

void ContaxyFilesPage::openRow(const QModelIndex &index)
{
    const auto &entry = m_model->entry(m_proxy->mapToSource(index).row());
    if (entry.folder)
        openFolder(entry.key);
    else
        download({entry.key});
}

int ContaxyFilesPage::downloadKeysTo(const QStringList &keys, const QString &target, bool replace)
{
    int queued = 0;
    for (const QString &key : keys) {
        const auto specs = contaxy::downloadSpecsFor(context().id.accountId,
                                                     session()->account().serverUrl,
                                                     m_model->project(),
                                                     key,
                                                     m_model->tree().filesUnder(key),
                                                     target,
                                                     replace);
        for (const transfer::TransferSpec &spec : specs)
            transfers()->enqueue(spec);
        queued += int(specs.size());
    }
    return queued;
}

void ContaxyFilesPage::download(const QStringList &keys)
{
    if (!transfers() || keys.isEmpty())
        return;
    const AppSettings *settings = context().app.settings;
    const QString target
        = settings ? settings->downloadFolder() : AppSettings::defaultDownloadFolder();
    // Files that are there already: ask whether to replace them or keep both.
    int existing = 0;
    for (const QString &key : keys) {
        const bool folder = key.endsWith(QLatin1Char('/'));
        for (const contaxy::FileItem &file : m_model->tree().filesUnder(key)) {
            const QString local = contaxy::localPathForKey(
                folder ? file.key : file.fileName(), folder ? key : QString(), target);
            existing += QFileInfo::exists(local) ? 1 : 0;
        }
    }
    auto start = [this, keys, target](bool replace) {
        const int queued = downloadKeysTo(keys, target, replace);
        setNotice(tr("%n download(s) queued into %1.", nullptr, queued).arg(target));
    };
    if (existing == 0) {
        start(false);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question,
        tr("Files Exist"),
        tr("%n of the files exist already in %1. Replace them?", nullptr, existing).arg(target),
        QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [box, replace, keep, start] {
        if (box->clickedButton() == replace)
            start(true);
        else if (box->clickedButton() == keep)
            start(false);
    });
    box->open();
}

void ContaxyFilesPage::copyKeys()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
    setNotice(tr("%n key(s) copied.", nullptr, int(keys.size())));
}

void ContaxyFilesPage::copyUrls()
{
    QStringList urls;
    for (const QString &key : selectedKeys()) {
        if (!key.endsWith(QLatin1Char('/')))
            urls << contaxy::fileDownloadUrl(
                        session()->account().serverUrl, m_model->project(), key)
                        .toString(QUrl::FullyEncoded);
    }
    if (urls.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
    setNotice(
        tr("%n address(es) copied; opening one needs your sign-in.", nullptr, int(urls.size())));
}

void ContaxyFilesPage::confirmDelete(bool olderVersionsOnly)
{
    const QStringList selected = selectedKeys();
    if (selected.isEmpty() || m_model->isRemoving())
        return;
    QStringList keys;
    for (const QString &key : selected) {
        for (const contaxy::FileItem &file : m_model->tree().filesUnder(key)) {
            if (!olderVersionsOnly || file.versions.size() > 1)
                keys << file.key;
        }
    }
    keys.removeDuplicates();
    if (keys.isEmpty()) {
        setNotice(tr("The selected files have no older versions."));
        return;
    }
    const QString where = projectName();
    QString question;
    if (olderVersionsOnly)
        question = tr("Delete the older versions of %n file(s) in %1? The latest stay.",
                      nullptr,
                      int(keys.size()))
                       .arg(where);
    else if (selected.size() == 1 && keys.size() == 1 && keys.first() == selected.first())
        question = tr("Delete \"%1\" with all its versions from %2?").arg(keys.first(), where);
    else
        question
            = tr("Delete %n file(s) with all their versions from %1?", nullptr, int(keys.size()))
                  .arg(where);
    askToConfirm(olderVersionsOnly ? tr("Delete Older Versions") : tr("Delete Files"),
                 question,
                 tr("&Delete"),
                 [this, keys, olderVersionsOnly] {
                     if (m_model->removeFiles(keys, olderVersionsOnly))
                         updateActions();
                 });
}

void ContaxyFilesPage::showProperties()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const auto &entry = m_model->entry(m_proxy->mapToSource(current).row());
    if (entry.folder) {
        openFolder(entry.key);
        return;
    }
    auto *dialog = new FilePropertiesDialog(session(), m_model->project(), entry.file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FilePropertiesDialog::changed, m_model, &ContaxyFileModel::reload);
    connect(
        dialog, &FilePropertiesDialog::downloadVersion, this, [this](const contaxy::FileItem &f) {
            if (!transfers())
                return;
            const AppSettings *settings = context().app.settings;
            const QString target
                = settings ? settings->downloadFolder() : AppSettings::defaultDownloadFolder();
            transfers()->enqueue(contaxy::downloadSpec(context().id.accountId,
                                                       session()->account().serverUrl,
                                                       m_model->project(),
                                                       f,
                                                       target));
            setNotice(tr("%n download(s) queued into %1.", nullptr, 1).arg(target));
        });
    dialog->open();
}

void ContaxyFilesPage::updateActions()
{
    const QStringList keys = selectedKeys();
    bool files = false;
    for (const QString &key : keys)
        files = files || !key.endsWith(QLatin1Char('/'));
    const bool selected = !keys.isEmpty();
    m_back->setEnabled(!m_backStack.isEmpty());
    m_forward->setEnabled(!m_forwardStack.isEmpty());
    m_up->setEnabled(!m_model->folder().isEmpty());
    m_upload->setEnabled(transfers() != nullptr);
    m_uploadFolder->setEnabled(transfers() != nullptr);
    m_download->setEnabled(selected && transfers());
    m_properties->setEnabled(m_view->currentIndex().isValid());
    m_copy->setEnabled(selected);
    m_copyUrl->setEnabled(files);
    m_delete->setEnabled(selected && !m_model->isRemoving());
    m_deleteOlder->setEnabled(selected && !m_model->isRemoving());
}

} // namespace wharf::ui
