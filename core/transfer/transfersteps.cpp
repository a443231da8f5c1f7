// The protocol side of Transfer: which request each step sends and what its reply means.
#include "bodydecode.h"
#include "filenames.h"
#include "transfer.h"
#include "transfererrors.h"

#include <QDir>
#include <QFileInfo>

namespace wharf::transfer {

namespace {

const QByteArray kTusVersion = "1.0.0";

// "bytes 100-199/1000" -> (100, 1000); total -1 for "*".
std::optional<QPair<qint64, qint64>> parseContentRange(const QByteArray &value)
{
    if (!value.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash < dash)
        return std::nullopt;
    bool ok = false;
    const qint64 start = spec.left(dash).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QByteArray total = spec.mid(slash + 1);
    return QPair<qint64, qint64>(start, total == "*" ? -1 : total.toLongLong());
}

} // namespace

Transfer::Step Transfer::firstStep() const
{
    switch (m_spec.kind) {
    case TransferSpec::Kind::Download:
        return Step::Get;
    case TransferSpec::Kind::Upload:
    case TransferSpec::Kind::MultipartUpload:
        return Step::Send;
    case TransferSpec::Kind::TusUpload:
        return m_spec.uploadUrl.isEmpty() ? Step::Create : Step::Head;
    }
    return Step::None;
}

Transfer::Step Transfer::resumeStep() const
{
    // Downloads continue from the part file; tus asks the server how far it got.
    return firstStep();
}

bool Transfer::buildStep(CurlRequest &request, Step step)
{
    switch (step) {
    case Step::Get:
        if (!openPart())
            return false;
        m_base = m_part.size();
        m_headerError = net::ApiError();
        request.setMethod("GET");
        request.setUrl(m_spec.url);
        if (m_base > 0) {
            request.addHeader("Range", "bytes=" + QByteArray::number(m_base) + '-');
            if (!m_spec.validator.isEmpty())
                request.addHeader("If-Range", m_spec.validator);
        }
        request.setDownloadFile(&m_part, [this](int status, const HeaderList &headers) {
            return onDownloadHeaders(status, headers);
        });
        return true;
    case Step::Send:
        request.setMethod(m_spec.effectiveMethod());
        request.setUrl(m_spec.url);
        if (m_spec.kind == TransferSpec::Kind::MultipartUpload) {
            for (const auto &[name, value] : std::as_const(m_spec.formFields))
                request.addFormField(name, value);
            request.setFormFile(
                m_spec.fileField, m_spec.localPath, m_spec.displayName(), m_spec.contentType);
        } else {
            request.addHeader("Content-Type",
                              m_spec.contentType.isEmpty() ? QByteArray("application/octet-stream")
                                                           : m_spec.contentType);
            request.setUploadFile(m_spec.localPath, 0, m_fileSize);
        }
        return true;
    case Step::Create:
        request.setMethod("POST");
        request.setUrl(m_spec.url);
        request.addHeader("Tus-Resumable", kTusVersion);
        request.addHeader("Upload-Length", QByteArray::number(m_fileSize));
        return true;
    case Step::Head:
        request.setMethod("HEAD");
        request.setUrl(m_spec.uploadUrl);
        request.addHeader("Tus-Resumable", kTusVersion);
        return true;
    case Step::Patch: {
        const qint64 length = qMin(m_spec.chunkSize, m_fileSize - m_base);
        request.setMethod("PATCH");
        request.setUrl(m_spec.uploadUrl);
        request.addHeader("Tus-Resumable", kTusVersion);
        request.addHeader("Upload-Offset", QByteArray::number(m_base));
        request.addHeader("Content-Type", "application/offset+octet-stream");
        request.setUploadFile(m_spec.localPath, m_base, length);
        return true;
    }
    case Step::None:
        break;
    }
    return false;
}

bool Transfer::openPart()
{
    if (m_part.isOpen())
        return true;
    const QFileInfo dir(m_spec.localPath);
    if (!dir.isDir() && !(m_spec.createFolder && QDir().mkpath(m_spec.localPath))) {
        finish(State::Failed, targetNotWritableError(m_spec.localPath, tr("no such folder")));
        return false;
    }
    m_part.setFileName(m_spec.partPath());
    // Unbuffered: a failed write (disk full) must surface in the write callback, not later.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        finish(State::Failed, targetNotWritableError(m_spec.localPath, m_part.errorString()));
        return false;
    }
    return true;
}

bool Transfer::onDownloadHeaders(int status, const HeaderList &headers)
{
    // Runs inside libcurl's header callback: decide where the body goes, emit nothing.
    if (status < 200 || status >= 300)
        return true; // the error body is kept in memory for ApiError::fromHttp
    auto header = [&headers](const QByteArray &name) {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    };
    if (status == 206) {
        const auto range = parseContentRange(header("Content-Range"));
        if (!range || range->first != m_base) {
            m_headerError = net::ApiError::make(net::ApiError::Kind::BadResponse,
                                                tr("The server resumed the download at the "
                                                   "wrong place."),
                                                status);
            return false;
        }
        m_total = range->second;
        m_part.seek(m_base);
    } else { // the whole file after all: the server ignored Range or the file changed
        m_base = 0;
        m_part.resize(0);
        m_part.seek(0);
        bool ok = false;
        const qint64 length = header("Content-Length").toLongLong(&ok);
        m_total = ok ? length : -1;
    }
    const QByteArray etag = header("ETag");
    const QByteArray validator
        = etag.isEmpty() || etag.startsWith("W/") ? header("Last-Modified") : etag;
    if (validator != m_spec.validator) {
        m_spec.validator = validator;
        m_specDirty = true;
    }
    const QByteArray disposition = header("Content-Disposition");
    if (!disposition.isEmpty())
        m_serverFileName = fileNameFromContentDisposition(disposition);
    return true;
}

void Transfer::stepSucceeded(const CurlResult &result)
{
    switch (m_step) {
    case Step::Get:
        completeDownload(result);
        return;
    case Step::Send:
        m_responseBody = result.body;
        finish(State::Completed);
        return;
    case Step::Create: {
        const QByteArray location = result.header("Location");
        if (location.isEmpty()) {
            finish(State::Failed,
                   net::ApiError::make(net::ApiError::Kind::BadResponse,
                                       tr("The server did not say where to upload (no Location)."),
                                       result.httpStatus));
            return;
        }
        m_spec.uploadUrl = result.url.resolved(QUrl::fromEncoded(location));
        Q_EMIT specChanged();
        m_base = 0;
        advanceTus(result);
        return;
    }
    case Step::Head:
    case Step::Patch:
        advanceTus(result);
        return;
    case Step::None:
        return;
    }
}

void Transfer::advanceTus(const CurlResult &result)
{
    if (m_step != Step::Create) {
        bool ok = false;
        const qint64 offset = result.header("Upload-Offset").toLongLong(&ok);
        const QByteArray length = result.header("Upload-Length");
        if (!ok || offset < 0 || offset > m_fileSize
            || (!length.isEmpty() && length.toLongLong() != m_fileSize)) {
            finish(State::Failed,
                   ok && offset <= m_fileSize
                       ? fileChangedError(m_spec.localPath)
                       : net::ApiError::make(net::ApiError::Kind::BadResponse,
                                             tr("The server reported an "
                                                "invalid upload offset."),
                                             result.httpStatus));
            return;
        }
        if (m_step == Step::Patch && offset > m_base)
            m_attempt = 0; // progress: a later failure starts a fresh streak
        m_base = offset;
    }
    if (m_done != m_base) {
        m_done = m_base;
        Q_EMIT progressChanged(m_done, m_total);
    }
    if (m_base >= m_fileSize)
        finish(State::Completed);
    else
        runStep(Step::Patch);
}

void Transfer::completeDownload(const CurlResult &result)
{
    const qint64 size = m_part.size();
    if (m_total >= 0 && size != m_total) {
        stepFailed(net::ApiError::make(
                       net::ApiError::Kind::Network,
                       tr("The download ended early (%1 of %2 bytes).").arg(size).arg(m_total)),
                   result);
        return;
    }
    m_part.close();
    if (m_spec.decodeJsonString) {
        if (const net::ApiError error = decodeJsonStringFile(m_spec.partPath())) {
            QFile::remove(m_spec.partPath()); // a resumed download must not append to it
            finish(State::Failed, error);
            return;
        }
    }
    QString name = m_spec.fileName;
    if (name.isEmpty())
        name = m_serverFileName;
    if (name.isEmpty())
        name = result.url.fileName();
    name = sanitiseFileName(name);
    auto completeAt = [this, size](const QString &target) {
        m_spec.finalPath = target;
        m_total = size;
        Q_EMIT specChanged();
        finish(State::Completed);
    };
    if (m_spec.replaceExisting) {
        const QString target = QDir(m_spec.localPath).filePath(name);
        // Removed first: rename() refuses an existing target on every system.
        if ((!QFileInfo::exists(target) || QFile::remove(target))
            && QFile::rename(m_spec.partPath(), target)) {
            completeAt(target);
            return;
        }
        finish(State::Failed, writeFailedError(target, m_part.errorString()));
        return;
    }
    // Otherwise never overwrite: another file of that name gets a " (2)" sibling. rename()
    // refuses an existing target, so a file that appears meanwhile only moves us on.
    for (int tries = 0; tries < 100; ++tries) {
        const QString target = uniqueFilePath(m_spec.localPath, name);
        if (QFile::rename(m_spec.partPath(), target)) {
            completeAt(target);
            return;
        }
        if (!QFileInfo::exists(target))
            break;
    }
    finish(State::Failed,
           writeFailedError(QDir(m_spec.localPath).filePath(name), m_part.errorString()));
}

} // namespace wharf::transfer
