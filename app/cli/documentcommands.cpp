// wharf-cli docs ls|get|put|patch|rm: a Contaxy project's JSON documents (contaxy.md §9).
#include "cli.h"
#include "contaxy/documents.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wharf::cli {

namespace {

QJsonObject documentJson(const contaxy::JsonDocument &doc)
{
    return QJsonObject {{QStringLiteral("key"), doc.key},
                        {QStringLiteral("value"), doc.value},
                        {QStringLiteral("created_at"), doc.createdAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("updated_at"), doc.updatedAt.toString(Qt::ISODateWithMs)}};
}

// The names typed are checked before anything is sent: a slash in a key would address
// another route, and the server turns collections into table names.
QString namesProblem(const Invocation &inv)
{
    QString problem = contaxy::collectionIdProblem(inv.args.at(1));
    if (problem.isEmpty() && inv.args.size() > 2)
        problem = contaxy::documentKeyProblem(inv.args.at(2));
    return problem;
}

} // namespace

std::optional<QJsonObject> Cli::readDocumentArg(const Invocation &inv, const QString &source)
{
    QString text;
    if (source == QLatin1String("-")) {
        if (inv.has("--token-stdin")) {
            fail(ExitUsage,
                 QCoreApplication::translate(
                     "wharf-cli", "standard input cannot carry both the token and the document"));
            return std::nullopt;
        }
        text = readAllStdin();
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ExitUsage,
                 QCoreApplication::translate("wharf-cli", "cannot read %1: %2")
                     .arg(source, file.errorString()));
            return std::nullopt;
        }
        text = QString::fromUtf8(file.readAll());
    }
    QString problem;
    auto value = contaxy::parseDocumentText(text, &problem);
    if (!value)
        fail(ExitUsage, QStringLiteral("%1: %2").arg(source, problem));
    return value;
}

void Cli::printDocument(const net::ApiResponse &reply)
{
    net::ApiError error;
    const auto doc = contaxy::parseDocument(reply, &error);
    if (!doc) {
        failApi(error);
        return;
    }
    if (m_json)
        printJson(documentJson(*doc));
    else
        print(QString::fromUtf8(QJsonDocument(doc->value).toJson()).trimmed());
    finish(ExitOk);
}

int Cli::docsList(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString collection = inv.args.at(1);
    const QString filter = inv.value("--filter");
    if (const QString problem = namesProblem(inv); !problem.isEmpty())
        return fail(ExitUsage, problem);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::listDocumentsRequest(project, collection, filter), [this](const auto &r) {
            net::ApiError error;
            const auto docs = contaxy::parseDocuments(r, &error);
            if (!docs) {
                failApi(error);
                return;
            }
            QJsonArray json;
            for (const contaxy::JsonDocument &doc : *docs) {
                json.append(documentJson(doc));
                if (!m_json)
                    print(QStringLiteral("%1\t%2\t%3")
                              .arg(doc.key,
                                   doc.updatedAt.toLocalTime().toString(Qt::ISODate),
                                   QString::fromUtf8(
                                       QJsonDocument(doc.value).toJson(QJsonDocument::Compact))));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::docsGet(const Invocation &inv)
{
    if (const QString problem = namesProblem(inv); !problem.isEmpty())
        return fail(ExitUsage, problem);
    const QStringList a = inv.args;
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::getDocumentRequest(a.at(0), a.at(1), a.at(2)), [this](const auto &r) {
            printDocument(r);
        });
    });
}

int Cli::docsPut(const Invocation &inv)
{
    if (const QString problem = namesProblem(inv); !problem.isEmpty())
        return fail(ExitUsage, problem);
    const auto value = readDocumentArg(inv, inv.args.at(3));
    if (!value)
        return ExitUsage;
    const QStringList a = inv.args;
    const bool upsert = !inv.has("--no-upsert");
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s,
             contaxy::putDocumentRequest(a.at(0), a.at(1), a.at(2), *value, upsert),
             [this](const auto &r) { printDocument(r); });
    });
}

int Cli::docsPatch(const Invocation &inv)
{
    if (const QString problem = namesProblem(inv); !problem.isEmpty())
        return fail(ExitUsage, problem);
    const auto patch = readDocumentArg(inv, inv.args.at(3));
    if (!patch)
        return ExitUsage;
    const QStringList a = inv.args;
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s,
             contaxy::patchDocumentRequest(a.at(0), a.at(1), a.at(2), *patch),
             [this](const auto &r) { printDocument(r); });
    });
}

int Cli::docsRemove(const Invocation &inv)
{
    if (const QString problem = namesProblem(inv); !problem.isEmpty())
        return fail(ExitUsage, problem);
    const QStringList a = inv.args;
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::deleteDocumentRequest(a.at(0), a.at(1), a.at(2)), [=, this](const auto &) {
            if (m_json)
                printJson(QJsonObject {{QStringLiteral("deleted"), a.at(2)}});
            else
                print(QCoreApplication::translate("wharf-cli", "deleted %1").arg(a.at(2)));
            finish(ExitOk);
        });
    });
}

} // namespace wharf::cli
