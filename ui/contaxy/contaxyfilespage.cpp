#include "contaxy/contaxyfilespage.h"

#include "accounts/accountstore.h"
#include "auth/sessionregistry.h"
#include "common/droppedfiles.h"
#include "common/listloader.h"
#include "common/resourcetable.h"
#include "contaxy/contaxyfilemodel.h"
#include "contaxy/contaxyprojectmodel.h"
#include "contaxy/files.h"
#include "contaxy/newprojectdialog.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "settings/appsettings.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wharf::ui {

namespace {

// More files than this in one drop are refused: walking a huge tree (or a network mount)
// on the UI thread would freeze the window.
constexpr int kMaxFilesPerDrop = 5000;

// Local files behind a drop or a file dialog, each with the key it gets below the project:
// a dropped folder keeps its own name and inner paths. Empty with *tooMany set past the cap.
QList<QPair<QString, QString>> filesWithKeys(const QStringList &paths, bool *tooMany)
{
    QList<QPair<QString, QString>> out;
    *tooMany = false;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            out.append({path, info.fileName()});
            continue;
        }
        if (!info.isDir())
            continue;
        const QDir base = info.dir();
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            out.append({file, base.relativeFilePath(file)});
            if (out.size() > kMaxFilesPerDrop) {
                *tooMany = true;
                return {};
            }
        }
    }
    return out;
}

} // namespace

ContaxyFilesPage::ContaxyFilesPage(const AppContext &context,
                                   const QString &accountId,
                                   transfer::TransferQueue *transfers,
                                   QWidget *parent)
    : Page(QStringLiteral("account/%1/files").arg(accountId), parent)
    , m_context(context)
    , m_accountId(accountId)
    , m_transfers(nullptr)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_projects(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_newProject(new QPushButton(tr("&New project…"), this))
    , m_upload(new QPushButton(tr("&Upload…"), this))
    , m_download(new QPushButton(tr("Do&wnload"), this))
    , m_copy(new QPushButton(tr("Cop&y key"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    net::HttpClient *client = context.sessions->session(accountId)->client();
    m_projectModel = new ContaxyProjectModel(client, this);
    m_model = new ContaxyFileModel(client, this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContaxyFileModel::SortRole);
    m_proxy->setFilterKeyColumn(ContaxyFileModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_projects->setModel(m_projectModel);
    m_projects->setAccessibleName(tr("Project"));
    m_projects->setMinimumContentsLength(20);
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter files"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Files"));
    setUpResourceTable(m_view, ContaxyFileModel::NameColumn);
    m_view->sortByColumn(ContaxyFileModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_status->setAccessibleName(tr("Files status"));
    m_status->setWordWrap(true);
    // Drops anywhere on the page upload into the current project.
    setAcceptDrops(true);

    auto *projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_projects);
    auto *top = new QHBoxLayout;
    top->addWidget(projectLabel);
    top->addWidget(m_projects);
    top->addWidget(m_newProject);
    top->addWidget(m_filter, 1);
    top->addWidget(m_reload);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_upload, m_download, m_copy, m_delete})
        actions->addWidget(button);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // Keyboard: Delete and Copy work on the selected rows while the list has focus.
    auto *deleteAction = new QAction(tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    auto *copyAction = new QAction(tr("Copy key"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
    });
    connect(m_projects, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_projectsResetting)
            return; // the combo box jumps to row 0 on a reset; the project stays
        m_notice.clear();
        m_model->setProject(
            m_projectModel->index(row).data(ContaxyProjectModel::IdRole).toString());
        Q_EMIT titleChanged();
    });
    connect(m_projectModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_projectsResetting = true;
    });
    connect(m_projectModel, &QAbstractItemModel::modelReset, this, [this] {
        m_projectsResetting = false;
        // The project shown before the reload stays chosen while it still exists.
        int row = m_projectModel->rowOf(m_model->project());
        if (row < 0 && m_projectModel->rowCount() > 0)
            row = 0;
        {
            const QSignalBlocker quiet(m_projects);
            m_projects->setCurrentIndex(row);
        }
        m_model->setProject(
            row < 0 ? QString()
                    : m_projectModel->index(row).data(ContaxyProjectModel::IdRole).toString());
        Q_EMIT titleChanged();
        updateStatus();
        if (row >= 0 && !m_waitingFiles.isEmpty())
            uploadPaths(std::exchange(m_waitingFiles, {}));
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_notice.clear();
        m_projectModel->reload();
        m_model->reload();
    });
    connect(m_upload, &QPushButton::clicked, this, &ContaxyFilesPage::chooseUploads);
    connect(m_newProject, &QPushButton::clicked, this, &ContaxyFilesPage::createProject);
    connect(m_download, &QPushButton::clicked, this, &ContaxyFilesPage::downloadSelected);
    connect(m_copy, &QPushButton::clicked, this, &ContaxyFilesPage::copyKeys);
    connect(copyAction, &QAction::triggered, this, &ContaxyFilesPage::copyKeys);
    connect(m_delete, &QPushButton::clicked, this, &ContaxyFilesPage::confirmDelete);
    connect(deleteAction, &QAction::triggered, this, &ContaxyFilesPage::confirmDelete);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ContaxyFilesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnToContents(ContaxyFileModel::SizeColumn);
        m_view->resizeColumnToContents(ContaxyFileModel::ModifiedColumn);
        updateActions();
        updateStatus();
    });
    for (ListLoader *loader : {m_model->loader(), m_projectModel->loader()}) {
        connect(loader, &ListLoader::loadingChanged, this, &ContaxyFilesPage::updateStatus);
        connect(loader, &ListLoader::errorOccurred, this, [this](const net::ApiError &error) {
            if (auto *monitor = m_context.sessions->monitor(m_accountId))
                monitor->report(error);
            updateStatus();
        });
    }
    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(300);
    connect(m_reloadSoon, &QTimer::timeout, m_model, &ContaxyFileModel::reload);
    setTransferQueue(transfers);
    updateActions();
    updateStatus();
}

void ContaxyFilesPage::setTransferQueue(transfer::TransferQueue *queue)
{
    if (!queue || queue == m_transfers)
        return;
    m_transfers = queue;
    // A finished upload into this project shows up once the list is read again; several
    // finishing together cause one reload.
    connect(queue, &transfer::TransferQueue::transferFinished, this, [this](transfer::Transfer *t) {
        const auto &spec = t->spec();
        const QString marker = QStringLiteral("/projects/%1/files/").arg(m_model->project());
        if (spec.accountId == m_accountId && spec.isUpload() && spec.url.path().contains(marker))
            m_reloadSoon->start();
    });
    updateActions();
}

bool ContaxyFilesPage::takeFiles(const QStringList &paths)
{
    if (!m_transfers)
        return false;
    if (m_model->project().isEmpty())
        m_waitingFiles += paths; // uploaded once the project list has loaded
    else
        uploadPaths(paths);
    return true;
}

QString ContaxyFilesPage::title() const
{
    const auto account = m_context.accounts->findById(m_accountId);
    const QString name = account ? account->displayName : QString();
    return m_projects->currentText().isEmpty()
        ? tr("Files — %1").arg(name)
        : tr("Files of %1 — %2").arg(m_projects->currentText(), name);
}

QByteArray ContaxyFilesPage::rawReply() const
{
    return m_model->loader()->lastReply();
}

void ContaxyFilesPage::activate()
{
    if (m_projectModel->rowCount() == 0 && !m_projectModel->loader()->isLoading())
        m_projectModel->reload();
}

QList<contaxy::FileItem> ContaxyFilesPage::selectedFiles() const
{
    QList<contaxy::FileItem> files;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        files << m_model->file(m_proxy->mapToSource(index).row());
    return files;
}

int ContaxyFilesPage::uploadPaths(const QStringList &paths)
{
    const QString project = m_model->project();
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (project.isEmpty() || !m_transfers || !session) {
        m_notice = project.isEmpty() ? tr("Choose a project first.")
                                     : tr("Transfers are not ready yet; try again in a moment.");
        updateStatus();
        return 0;
    }
    bool tooMany = false;
    const auto files = filesWithKeys(paths, &tooMany);
    if (tooMany) {
        m_notice = tr("More than %1 files at once; upload the folder in smaller parts.")
                       .arg(kMaxFilesPerDrop);
        updateStatus();
        return 0;
    }
    int queued = 0;
    QStringList refused;
    for (const auto &[path, key] : files) {
        const QString problem = contaxy::fileKeyProblem(key);
        if (!problem.isEmpty()) {
            refused << tr("%1: %2").arg(key, problem);
            continue;
        }
        m_transfers->enqueue(
            contaxy::uploadSpec(m_accountId, session->account().serverUrl, project, key, path));
        ++queued;
    }
    m_notice = tr("%n upload(s) queued.", nullptr, queued);
    if (!refused.isEmpty())
        m_notice
            += QLatin1Char(' ') + tr("Not uploaded: %1").arg(refused.join(QStringLiteral("; ")));
    updateStatus();
    return queued;
}

void ContaxyFilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && !m_model->project().isEmpty())
        event->acceptProposedAction();
}

void ContaxyFilesPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    uploadPaths(paths);
}

void ContaxyFilesPage::chooseUploads()
{
    auto *dialog = new QFileDialog(this, tr("Upload files to %1").arg(m_projects->currentText()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &ContaxyFilesPage::uploadPaths);
    dialog->open();
}

void ContaxyFilesPage::createProject()
{
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (!session)
        return;
    auto *dialog = new NewProjectDialog(session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Shown as soon as the project list has been read again (see the reset handler).
        m_model->setProject(dialog->createdProjectId());
        m_notice = tr("Project %1 created.").arg(dialog->createdProjectId());
        m_projectModel->reload();
    });
    dialog->open();
}

void ContaxyFilesPage::downloadSelected()
{
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (!m_transfers || !session)
        return;
    const QString folder = m_context.settings ? m_context.settings->downloadFolder()
                                              : AppSettings::defaultDownloadFolder();
    const auto files = selectedFiles();
    for (const contaxy::FileItem &file : files) {
        m_transfers->enqueue(contaxy::downloadSpec(
            m_accountId, session->account().serverUrl, m_model->project(), file, folder));
    }
    m_notice = tr("%n download(s) queued into %1.", nullptr, int(files.size())).arg(folder);
    updateStatus();
}

void ContaxyFilesPage::copyKeys()
{
    QStringList keys;
    for (const contaxy::FileItem &file : selectedFiles())
        keys << file.key;
    if (keys.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
    m_notice = tr("%n key(s) copied.", nullptr, int(keys.size()));
    updateStatus();
}

void ContaxyFilesPage::confirmDelete()
{
    const auto files = selectedFiles();
    if (files.isEmpty() || m_pendingDeletes > 0)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning,
        tr("Delete files"),
        files.size() == 1
            ? tr("Delete \"%1\" with all its versions from %2?")
                  .arg(files.first().key, m_projects->currentText())
            : tr("Delete %n file(s) with all their versions from %1?", nullptr, int(files.size()))
                  .arg(m_projects->currentText()),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel); // deleting is never the default
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    connect(box, &QMessageBox::finished, this, [this, box, files] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            deleteFiles(files);
    });
    box->open();
}

void ContaxyFilesPage::deleteFiles(const QList<contaxy::FileItem> &files)
{
    auth::AccountSession *session = m_context.sessions->session(m_accountId);
    if (!session)
        return;
    m_pendingDeletes = int(files.size());
    auto failures = std::make_shared<QStringList>();
    for (const contaxy::FileItem &file : files) {
        net::send(session->client(),
                  contaxy::deleteFileRequest(m_model->project(), file.key),
                  this,
                  [this, failures, key = file.key](const net::ApiResponse &response) {
                      if (response.error)
                          *failures << tr("%1: %2").arg(key, response.error.message);
                      if (--m_pendingDeletes > 0)
                          return;
                      m_notice = failures->isEmpty()
                          ? tr("Deleted.")
                          : tr("Not deleted: %1").arg(failures->join(QStringLiteral("; ")));
                      m_model->reload();
                      updateActions();
                  });
    }
    updateActions();
}

void ContaxyFilesPage::updateActions()
{
    const bool project = !m_model->project().isEmpty();
    const bool selected = !m_view->selectionModel()->selectedRows().isEmpty();
    m_upload->setEnabled(project && m_transfers);
    m_download->setEnabled(selected && m_transfers);
    m_copy->setEnabled(selected);
    m_delete->setEnabled(selected && m_pendingDeletes == 0);
}

void ContaxyFilesPage::updateStatus()
{
    QString text;
    const ListLoader *projects = m_projectModel->loader();
    const ListLoader *files = m_model->loader();
    if (projects->isLoading() || files->isLoading())
        text = tr("Loading…");
    else if (projects->lastError())
        text = tr("Could not load projects: %1").arg(projects->lastError().toString());
    else if (files->lastError())
        text = tr("Could not load files: %1").arg(files->lastError().toString());
    else if (m_projectModel->rowCount() == 0)
        text = tr("No projects yet.");
    else
        text = tr("%n file(s)", nullptr, m_model->rowCount());
    if (!m_notice.isEmpty())
        text += QStringLiteral(" — ") + m_notice;
    m_status->setText(text);
}

} // namespace wharf::ui
