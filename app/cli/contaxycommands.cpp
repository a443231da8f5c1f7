// wharf-cli files ls|upload: a Contaxy project's files. Uploads use the desktop app's
// transfer engine.
#include "cli.h"
#include "contaxy/files.h"
#include "transfer/transfer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace wharf::cli {

int Cli::filesList(const Invocation &inv)
{
    const QString project = inv.args.first();
    const QString prefix = inv.value("--prefix");
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::listFilesRequest(project, prefix), [this](const auto &r) {
            net::ApiError error;
            const auto list = contaxy::parseFiles(r, &error);
            if (!list) {
                failApi(error);
                return;
            }
            QJsonArray json;
            for (const contaxy::FileItem &f : *list) {
                json.append(QJsonObject {
                    {QStringLiteral("key"), f.key},
                    {QStringLiteral("size"), double(f.size)},
                    {QStringLiteral("version"), f.version},
                    {QStringLiteral("content_type"), f.contentType},
                    {QStringLiteral("updated_at"), f.updatedAt.toString(Qt::ISODate)}});
                if (!m_json)
                    print(QStringLiteral("%1\t%2\t%3")
                              .arg(QLocale().formattedDataSize(f.size),
                                   f.updatedAt.toLocalTime().toString(Qt::ISODate),
                                   f.key));
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
    const QString path = inv.args.at(1);
    const QString target = inv.value("--key", QFileInfo(path).fileName());
    return withSession(inv, [=, this](auth::AccountSession *s) {
        const QString problem = contaxy::fileKeyProblem(target);
        if (!QFileInfo(path).isFile() || !problem.isEmpty()) {
            fail(ExitUsage,
                 problem.isEmpty()
                     ? QCoreApplication::translate("wharf-cli", "no such file: %1").arg(path)
                     : problem);
            return;
        }
        runTransfer(
            s,
            contaxy::uploadSpec(s->account().id, s->account().serverUrl, project, target, path),
            [this, target](const QByteArray &) {
                if (m_json)
                    printJson(QJsonObject {{QStringLiteral("key"), target}});
                else
                    print(QCoreApplication::translate("wharf-cli", "uploaded %1").arg(target));
                finish(ExitOk);
            });
    });
}

} // namespace wharf::cli
