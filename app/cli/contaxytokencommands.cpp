// wharf-cli tokens ls|create|revoke on Contaxy accounts: the user's or a project's API tokens.
#include "cli.h"
#include "contaxy/tokens.h"
#include "net/then.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace wharf::cli {

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("wharf-cli", text);
}
} // namespace

int Cli::tokensList(const Invocation &inv)
{
    const QString project = inv.value("--project");
    const bool values = inv.has("--show-values");
    const QString subject = project.isEmpty() ? QString() : contaxy::projectSubject(project);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::listTokensRequest(subject), [this, values](const auto &r) {
            net::ApiError error;
            const auto list = contaxy::parseTokens(r, &error);
            if (!list) {
                failApi(error);
                return;
            }
            QJsonArray json;
            for (const contaxy::ApiToken &t : *list) {
                QJsonObject obj {{QStringLiteral("description"), t.description},
                                 {QStringLiteral("type"), t.type},
                                 {QStringLiteral("purpose"), t.purpose},
                                 {QStringLiteral("subject"), t.subject},
                                 {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)},
                                 {QStringLiteral("created_at"), t.createdAt.toString(Qt::ISODate)}};
                if (values)
                    obj.insert(QStringLiteral("token"), t.token);
                json.append(obj);
                if (!m_json)
                    print(QStringLiteral("%1\t%2\t%3\t%4%5")
                              .arg(t.createdAt.toLocalTime().toString(Qt::ISODate),
                                   t.purpose,
                                   t.scopes.join(QLatin1Char(',')),
                                   t.description,
                                   values ? QLatin1Char('\t') + t.token : QString()));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::tokensCreate(const Invocation &inv)
{
    const QString project = inv.value("--project");
    const QString type = inv.value("--type", QStringLiteral("api"));
    const QString level = inv.value("--level", QStringLiteral("write"));
    contaxy::TokenRequest request;
    request.session = type == QLatin1String("session");
    request.description = inv.value("--description");
    request.scopes = inv.values("--scope");
    // Checked before anything is sent, with the same rules as the desktop app's dialog.
    QString problem;
    if (type != QLatin1String("api") && type != QLatin1String("session"))
        problem = say(QT_TRANSLATE_NOOP("wharf-cli", "--type is api or session"));
    else if (!project.isEmpty()
             && (inv.has("--scope") || inv.has("--type") || inv.has("--description")))
        problem = say(QT_TRANSLATE_NOOP(
            "wharf-cli",
            "--project gets the project's own token: use --level, not --scope, --type or "
            "--description"));
    else if (!project.isEmpty() && !contaxy::accessLevels().contains(level))
        problem = say(QT_TRANSLATE_NOOP("wharf-cli", "--level is read, write or admin"));
    else if (project.isEmpty() && inv.has("--level"))
        problem = say(QT_TRANSLATE_NOOP("wharf-cli", "--level goes with --project"));
    else if (project.isEmpty() && request.scopes.isEmpty())
        problem = say(QT_TRANSLATE_NOOP(
            "wharf-cli", "name the token's rights with --scope RESOURCE#LEVEL (repeatable)"));
    else
        problem = contaxy::tokenDescriptionProblem(request.description);
    for (const QString &scope : std::as_const(request.scopes)) {
        if (problem.isEmpty() && !contaxy::scopeTextProblem(scope).isEmpty())
            problem = scope + QLatin1String(": ") + contaxy::scopeTextProblem(scope);
    }
    if (!problem.isEmpty())
        return fail(ExitUsage, problem);
    const net::ApiRequest apiRequest = project.isEmpty()
        ? contaxy::createTokenRequest(request)
        : contaxy::projectTokenRequest(project, level);
    const QString kind = project.isEmpty() ? type : QStringLiteral("project");
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, apiRequest, [this, kind](const auto &r) {
            net::ApiError error;
            const auto token = contaxy::parseNewToken(r, &error);
            if (!token) {
                failApi(error);
                return;
            }
            if (m_json)
                printJson(QJsonObject {{QStringLiteral("token"), *token},
                                       {QStringLiteral("type"), kind}});
            else
                print(*token);
            finish(ExitOk);
        });
    });
}

int Cli::tokensRevoke(const Invocation &inv)
{
    const QString token = inv.args.first().trimmed();
    return withSession(inv, [=, this](auth::AccountSession *s) {
        net::send(s->client(), contaxy::revokeTokenRequest(token), this, [this](const auto &r) {
            if (r.error) {
                fail(exitCodeFor(r.error), contaxy::revokeFailure(r.error));
                return;
            }
            const QString note
                = say(QT_TRANSLATE_NOOP("wharf-cli",
                                        "revoked; the server caches tokens, so it may keep "
                                        "working for up to 5 minutes"));
            if (m_json)
                printJson(QJsonObject {{QStringLiteral("revoked"), true},
                                       {QStringLiteral("note"), note}});
            else
                print(note);
            finish(ExitOk);
        });
    });
}

} // namespace wharf::cli
