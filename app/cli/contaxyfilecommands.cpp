// wharf-cli files ls|upload|download|rm|versions: a Contaxy project's files. Transfers use
// the desktop app's engine; a key ending in '/' names every file below it (a folder).
#include "cli.h"
#include "contaxy/files.h"
#include "net/streamedarray.h"
#include "transfer/transfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <memory>

namespace wharf::cli {

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("wharf-cli", text);
}

QJsonObject fileJson(const contaxy::FileItem &f)
{
    return {{QStringLiteral("key"), f.key},
            {QStringLiteral("size"), double(f.size)},
            {QStringLiteral("version"), f.version},
            {QStringLiteral("latest"), f.latest},
            {QStringLiteral("content_type"), f.contentType},
            {QStringLiteral("md5"), f.md5},
            {QStringLiteral("updated_at"), f.updatedAt.toString(Qt::ISODate)}};
}

QString fileLine(const contaxy::FileItem &f, const QString &name)
{
    return QStringLiteral("%1\t%2\t%3")
        .arg(QLocale().formattedDataSize(f.size),
             f.updatedAt.toLocalTime().toString(Qt::ISODate),
             name);
}
} // namespace

void Cli::listFiles(auth::AccountSession *s,
                    const QString &project,
                    const QString &prefix,
                    bool versions,
                    std::function<void(const QList<contaxy::FileItem> &)> then)
{
    // Streamed like the desktop's list: a project of 100,000s of files is never held whole.
    auto files = std::make_shared<QList<contaxy::FileItem>>();
    net::sendStreamedArray(
        s->client(),
        versions ? contaxy::listVersionsRequest(project, prefix)
                 : contaxy::listFilesRequest(project, prefix),
        this,
        [files](QByteArrayView element, QString *why) {
            auto file = contaxy::parseFileElement(element, why);
            if (file)
                files->append(std::move(*file));
            return file.has_value();
        },
        [this, s, files, then](const net::ApiResponse &reply, const QByteArray &) {
            if (reply.error)
                failCall(s, reply.error);
            else
                then(*files);
        });
}

void Cli::filesNamed(auth::AccountSession *s,
                     const QString &project,
                     const QStringList &keys,
                     std::function<void(const QList<contaxy::FileItem> &)> then)
{
    listFiles(s, project, QString(), false, [this, keys, then](const auto &all) {
        QList<contaxy::FileItem> named;
        for (const QString &key : keys) {
            const qsizetype before = named.size();
            for (const contaxy::FileItem &f : all) {
                if (key.endsWith(QLatin1Char('/')) ? f.key.startsWith(key) : f.key == key)
                    named << f;
            }
            if (named.size() == before) {
                fail(ExitUsage,
                     say(QT_TRANSLATE_NOOP("wharf-cli", "no file is called %1")).arg(key));
                return;
            }
        }
        then(named);
    });
}

void Cli::finishTransfers(const QString &doneKey,
                          const QJsonArray &done,
                          const QStringList &failures)
{
    if (m_json)
        printJson(QJsonObject {{doneKey, done},
                               {QStringLiteral("failed"), QJsonArray::fromStringList(failures)}});
    if (!failures.isEmpty()) {
        fail(ExitNetwork, failures.join(QLatin1Char('\n')));
        return;
    }
    finish(ExitOk);
}

int Cli::filesList(const Invocation &inv)
{
    const QString project = inv.args.first();
    const QString prefix = inv.value("--prefix");
    return withSession(inv, [=, this](auth::AccountSession *s) {
        listFiles(s, project, prefix, false, [this](const QList<contaxy::FileItem> &files) {
            QJsonArray json;
            for (const contaxy::FileItem &f : files) {
                json.append(fileJson(f));
                if (!m_json)
                    print(fileLine(f, f.key));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::filesVersions(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString key = inv.args.at(1);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        listFiles(s, project, key, true, [this, key](const QList<contaxy::FileItem> &files) {
            const QList<contaxy::FileItem> versions = contaxy::versionsOf(files, key);
            if (versions.isEmpty()) {
                fail(ExitUsage,
                     say(QT_TRANSLATE_NOOP("wharf-cli", "no file is called %1")).arg(key));
                return;
            }
            QJsonArray json;
            for (const contaxy::FileItem &f : versions) {
                json.append(fileJson(f));
                if (!m_json)
                    print(fileLine(
                        f,
                        f.latest ? say(QT_TRANSLATE_NOOP("wharf-cli", "%1 (latest)")).arg(f.version)
                                 : f.version));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::filesUpload(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QStringList paths = inv.args.mid(1);
    QString into = inv.value("--into");
    if (!into.isEmpty() && !into.endsWith(QLatin1Char('/')))
        into += QLatin1Char('/');
    return withSession(inv, [=, this](auth::AccountSession *s) {
        for (const QString &path : paths) {
            if (!QFileInfo::exists(path)) {
                fail(ExitUsage, say(QT_TRANSLATE_NOOP("wharf-cli", "no such file: %1")).arg(path));
                return;
            }
        }
        QList<transfer::TransferSpec> specs;
        QStringList refused;
        if (inv.has("--key")) { // one file under a name of its own
            const QString key = into + inv.value("--key");
            if (paths.size() != 1 || !QFileInfo(paths.first()).isFile()) {
                fail(ExitUsage,
                     say(QT_TRANSLATE_NOOP("wharf-cli", "--key takes one FILE, not a folder")));
                return;
            }
            if (const QString problem = contaxy::fileKeyProblem(key); !problem.isEmpty())
                refused << QStringLiteral("%1: %2").arg(key, problem);
            else
                specs << contaxy::uploadSpec(
                    s->account().id, s->account().serverUrl, project, key, paths.first());
        } else {
            const auto plan = contaxy::planUploads(
                s->account().id, s->account().serverUrl, project, paths, into, 100000);
            if (plan.tooMany) {
                fail(
                    ExitUsage,
                    say(QT_TRANSLATE_NOOP("wharf-cli", "more than 100000 files: upload in parts")));
                return;
            }
            specs = plan.transfers;
            refused = plan.refused;
        }
        if (!refused.isEmpty()) { // nothing goes before the names are right
            fail(ExitUsage, refused.join(QLatin1Char('\n')));
            return;
        }
        runTransfers(s, specs, [this, project](const auto &done, const QStringList &failures) {
            QJsonArray keys;
            for (const transfer::TransferSpec &spec : done) {
                const QString key
                    = QUrl::fromPercentEncoding(spec.url.path(QUrl::FullyEncoded)
                                                    .section(QStringLiteral("/files/"), 1)
                                                    .toLatin1());
                keys.append(key);
                if (!m_json)
                    print(say(QT_TRANSLATE_NOOP("wharf-cli", "uploaded %1")).arg(key));
            }
            finishTransfers(QStringLiteral("uploaded"), keys, failures);
        });
    });
}

int Cli::filesDownload(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QStringList keys = inv.args.mid(1);
    const QString target = QDir(inv.value("--to", QDir::currentPath())).absolutePath();
    const bool force = inv.has("--force");
    const QString version = inv.value("--version");
    return withSession(inv, [=, this](auth::AccountSession *s) {
        if (!QFileInfo(target).isDir()) {
            fail(ExitUsage, say(QT_TRANSLATE_NOOP("wharf-cli", "no such folder: %1")).arg(target));
            return;
        }
        if (!version.isEmpty() && (keys.size() != 1 || keys.first().endsWith(QLatin1Char('/')))) {
            fail(ExitUsage,
                 say(QT_TRANSLATE_NOOP("wharf-cli", "--version takes one KEY of a file")));
            return;
        }
        filesNamed(s, project, keys, [=, this](QList<contaxy::FileItem> files) {
            QList<transfer::TransferSpec> specs;
            for (const QString &key : keys) {
                const bool folder = key.endsWith(QLatin1Char('/'));
                QList<contaxy::FileItem> below;
                for (contaxy::FileItem f : files) {
                    if (folder ? f.key.startsWith(key) : f.key == key) {
                        if (!version.isEmpty()) {
                            f.version = version;
                            f.latest = false;
                        }
                        below << f;
                    }
                }
                specs << contaxy::downloadSpecsFor(
                    s->account().id, s->account().serverUrl, project, key, below, target, force);
            }
            QStringList existing;
            for (const transfer::TransferSpec &spec : specs) {
                const QString local = QDir(spec.localPath).filePath(spec.fileName);
                if (QFileInfo::exists(local))
                    existing << local;
            }
            if (!existing.isEmpty() && !force) { // never overwrite unless told
                fail(ExitUsage,
                     say(QT_TRANSLATE_NOOP("wharf-cli",
                                           "%1 exist(s) already (pass --force to replace): %2"))
                         .arg(existing.size())
                         .arg(existing.join(QStringLiteral(", "))));
                return;
            }
            runTransfers(s, specs, [this](const auto &done, const QStringList &failures) {
                QJsonArray paths;
                for (const transfer::TransferSpec &spec : done) {
                    paths.append(spec.finalPath);
                    if (!m_json)
                        print(say(QT_TRANSLATE_NOOP("wharf-cli", "saved %1")).arg(spec.finalPath));
                }
                finishTransfers(QStringLiteral("saved"), paths, failures);
            });
        });
    });
}

int Cli::filesRemove(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QStringList keys = inv.args.mid(1);
    const QString version = inv.value("--version");
    const bool keepLatest = inv.has("--keep-latest");
    return withSession(inv, [=, this](auth::AccountSession *s) {
        if (!version.isEmpty()
            && (keepLatest || keys.size() != 1 || keys.first().endsWith(QLatin1Char('/')))) {
            fail(ExitUsage,
                 say(QT_TRANSLATE_NOOP("wharf-cli",
                                       "--version takes one KEY of a file and no --keep-latest")));
            return;
        }
        for (const QString &key : keys) {
            if (key.endsWith(QLatin1Char('/')) && !inv.has("--recursive")) {
                fail(ExitUsage,
                     say(QT_TRANSLATE_NOOP(
                             "wharf-cli",
                             "%1 is a folder: pass --recursive to delete every file below it"))
                         .arg(key));
                return;
            }
        }
        filesNamed(s, project, keys, [=, this](const QList<contaxy::FileItem> &files) {
            auto left = std::make_shared<int>(int(files.size()));
            auto removed = std::make_shared<QJsonArray>();
            for (const contaxy::FileItem &f : files) {
                call(s,
                     contaxy::deleteFileRequest(project, f.key, version, keepLatest),
                     [this, f, left, removed, version, keepLatest](const net::ApiResponse &) {
                         removed->append(f.key);
                         if (!m_json)
                             print(version.isEmpty()
                                       ? (keepLatest
                                              ? say(QT_TRANSLATE_NOOP(
                                                  "wharf-cli", "deleted the older versions of %1"))
                                              : say(QT_TRANSLATE_NOOP("wharf-cli", "deleted %1")))
                                             .arg(f.key)
                                       : say(QT_TRANSLATE_NOOP("wharf-cli",
                                                               "deleted version %1 of %2"))
                                             .arg(version, f.key));
                         if (--*left > 0)
                             return;
                         if (m_json)
                             printJson(QJsonObject {{QStringLiteral("deleted"), *removed}});
                         finish(ExitOk);
                     });
            }
        });
    });
}

} // namespace wharf::cli
