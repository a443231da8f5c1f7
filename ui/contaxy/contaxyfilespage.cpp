#include "contaxy/contaxyfilespage.h"

#include "auth/accountsession.h"
#include "common/resourcetable.h"
#include "contaxy/contaxyfilemodel.h"
#include "settings/appsettings.h"
#include "transfer/transfer.h"
#include "transfer/transferqueue.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace wharf::ui {

ContaxyFilesPage::ContaxyFilesPage(const PageContext &context, QWidget *parent)
    : ResourcePage(context, parent)
    , m_model(new ContaxyFileModel(session(), context.id.projectId, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_reloadSoon(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(ContaxyFileModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Files"));
    setUpResourceTable(m_view, ContaxyFileModel::NameColumn);
    m_view->sortByColumn(ContaxyFileModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Drops anywhere on the page upload into the project.
    acceptFileDrops([this](const QStringList &paths) { uploadPaths(paths); });

    m_upload
        = addAction(QStringLiteral("cloud-upload"), tr("&Upload…"), QKeySequence(), false, [this] {
              chooseUploads();
          });
    m_download = addAction(QStringLiteral("download"),
                           tr("Do&wnload"),
                           QKeySequence(Qt::CTRL | Qt::Key_D),
                           true,
                           [this] { download(selectedFiles()); });
    m_copy
        = addAction(QStringLiteral("edit-copy"), tr("Cop&y Key"), QKeySequence::Copy, true, [this] {
              copyKeys();
          });
    m_delete = addAction(
        QStringLiteral("edit-delete"), tr("&Delete…"), QKeySequence::Delete, true, [this] {
            confirmDelete();
        });
    addAction(QStringLiteral("view-refresh"), tr("&Reload"), QKeySequence::Refresh, false, [this] {
        setNotice(QString());
        m_model->reload();
    });
    QLineEdit *filter = addFilter(tr("Filter by name"));
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    setList(m_model, m_view, m_view);

    connect(m_model->loader(), &ListLoader::pageLoaded, this, [this] {
        m_view->resizeColumnToContents(ContaxyFileModel::SizeColumn);
        m_view->resizeColumnToContents(ContaxyFileModel::ModifiedColumn);
    });
    // Several uploads finishing together cause one reload.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(300);
    connect(m_reloadSoon, &QTimer::timeout, m_model, &ContaxyFileModel::reload);
    setTransferOwner(m_model->transferOwner());
    setTransferQueue(context.transfers);
    updateActions();
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
    return tr("%n file(s)", nullptr, m_model->rowCount());
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
    if (!transfers()) {
        setNotice(tr("Transfers are not ready yet; try again in a moment."));
        return 0;
    }
    const auto plan = contaxy::planUploads(
        context().id.accountId, session()->account().serverUrl, m_model->project(), paths);
    if (plan.tooMany) {
        setNotice(tr("Too many files at once; upload the folder in smaller parts."));
        return 0;
    }
    for (const transfer::TransferSpec &spec : plan.transfers)
        transfers()->enqueue(spec);
    QString notice = tr("%n upload(s) queued.", nullptr, int(plan.transfers.size()));
    if (!plan.refused.isEmpty())
        notice += QLatin1Char(' ')
            + tr("Not uploaded: %1").arg(plan.refused.join(QStringLiteral("; ")));
    setNotice(notice);
    return int(plan.transfers.size());
}

void ContaxyFilesPage::chooseUploads()
{
    auto *dialog = new QFileDialog(this, tr("Upload Files to %1").arg(projectName()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &ContaxyFilesPage::uploadPaths);
    dialog->open();
}

void ContaxyFilesPage::openRow(const QModelIndex &index)
{
    download({m_model->file(m_proxy->mapToSource(index).row())});
}

void ContaxyFilesPage::download(const QList<contaxy::FileItem> &files)
{
    if (!transfers() || files.isEmpty())
        return;
    const AppSettings *settings = context().app.settings;
    const QString folder
        = settings ? settings->downloadFolder() : AppSettings::defaultDownloadFolder();
    for (const contaxy::FileItem &file : files) {
        transfers()->enqueue(contaxy::downloadSpec(context().id.accountId,
                                                   session()->account().serverUrl,
                                                   m_model->project(),
                                                   file,
                                                   folder));
    }
    setNotice(tr("%n download(s) queued into %1.", nullptr, int(files.size())).arg(folder));
}

void ContaxyFilesPage::copyKeys()
{
    QStringList keys;
    for (const contaxy::FileItem &file : selectedFiles())
        keys << file.key;
    if (keys.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(keys.join(QLatin1Char('\n')));
    setNotice(tr("%n key(s) copied.", nullptr, int(keys.size())));
}

void ContaxyFilesPage::confirmDelete()
{
    const auto files = selectedFiles();
    if (files.isEmpty() || m_model->isRemoving())
        return;
    QStringList keys;
    for (const contaxy::FileItem &file : files)
        keys << file.key;
    askToConfirm(
        tr("Delete Files"),
        files.size() == 1
            ? tr("Delete \"%1\" with all its versions from %2?")
                  .arg(files.first().key, projectName())
            : tr("Delete %n file(s) with all their versions from %1?", nullptr, int(files.size()))
                  .arg(projectName()),
        tr("&Delete"),
        [this, keys] {
            if (m_model->removeFiles(keys))
                updateActions();
        });
}

void ContaxyFilesPage::updateActions()
{
    const bool selected = !m_view->selectionModel()->selectedRows().isEmpty();
    m_upload->setEnabled(transfers() != nullptr);
    m_download->setEnabled(selected && transfers());
    m_copy->setEnabled(selected);
    m_delete->setEnabled(selected && !m_model->isRemoving());
}

} // namespace wharf::ui
