// wharf-cli extensions ls|install|rm: a Contaxy project's extensions (contaxy.md §10).
#include "cli.h"
#include "contaxy/extensions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace wharf::cli {

namespace {
QJsonObject toJson(const contaxy::Extension &e, const QUrl &ui)
{
    return {{QStringLiteral("id"), e.service.id},
            {QStringLiteral("display_name"), e.service.displayName},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("status"), e.service.status},
            {QStringLiteral("image"), e.service.image},
            {QStringLiteral("capabilities"), QJsonArray::fromStringList(e.capabilities)},
            {QStringLiteral("ui_url"), ui.toString()}};
}
} // namespace

int Cli::extensionsList(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::listExtensionsRequest(project), [=, this](const net::ApiResponse &r) {
            net::ApiError error;
            const auto list = contaxy::parseExtensions(r, &error);
            if (!list) {
                failApi(error);
                return;
            }
            QJsonArray json;
            for (const contaxy::Extension &e : *list) {
                const QUrl ui = contaxy::extensionUiUrl(s->account().serverUrl, project, e);
                json.append(toJson(e, ui));
                if (!m_json)
                    print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(e.service.id,
                                   e.type,
                                   e.service.status,
                                   e.service.image,
                                   ui.toString()));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::extensionsInstall(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    contaxy::ExtensionInput input;
    input.service.image = inv.args.at(1);
    input.service.displayName = inv.value(
        "--name",
        input.service.image.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 0, 0));
    input.service.description = inv.value("--description");
    if (!readServiceOptions(inv, input.service))
        return ExitUsage;
    const QString type = inv.value("--type", QStringLiteral("project"));
    input.type = type + QStringLiteral("-extension");
    input.uiEndpoint = inv.value("--ui");
    input.apiEndpoint = inv.value("--api");
    input.capabilities = inv.values("--capability");
    if (const auto problems = input.validate(); !problems.isEmpty())
        return fail(ExitUsage, problems.first().message);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s,
             contaxy::installExtensionRequest(project, input),
             [=, this](const net::ApiResponse &r) {
                 net::ApiError error;
                 const auto e = contaxy::parseExtension(r, &error);
                 if (!e) {
                     failApi(error);
                     return;
                 }
                 if (m_json)
                     printJson(
                         toJson(*e, contaxy::extensionUiUrl(s->account().serverUrl, project, *e)));
                 else
                     print(QCoreApplication::translate("wharf-cli", "installed %1 (%2)")
                               .arg(e->service.id, e->service.status));
                 finish(ExitOk);
             });
    });
}

int Cli::extensionsRemove(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString id = inv.args.at(1);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::removeExtensionRequest(project, id), [=, this](const net::ApiResponse &) {
            if (m_json)
                printJson(QJsonObject {{QStringLiteral("removed"), id}});
            else
                print(QCoreApplication::translate("wharf-cli", "removed %1").arg(id));
            finish(ExitOk);
        });
    });
}

} // namespace wharf::cli
