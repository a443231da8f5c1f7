// wharf-cli users ls|create|rm: a Contaxy server's users, for its administrators
// (contaxy.md §4). Everyone may list them; creating (unless the server lets people sign up
// themselves) and deleting need users#admin, and a refusal says so.
#include "cli.h"
#include "contaxy/users.h"
#include "net/then.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace wharf::cli {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("wharf-cli", text);
}

QJsonObject userJson(const contaxy::User &u)
{
    QJsonObject obj {{QStringLiteral("id"), u.id},
                     {QStringLiteral("username"), u.username},
                     {QStringLiteral("email"), u.email},
                     {QStringLiteral("disabled"), u.disabled}};
    if (u.full) { // the admin-only fields, when the server sent them
        obj.insert(QStringLiteral("technical_user"), u.technical);
        obj.insert(QStringLiteral("has_password"), u.hasPassword);
        obj.insert(QStringLiteral("created_at"), u.createdAt.toString(Qt::ISODate));
    }
    return obj;
}

} // namespace

int Cli::usersList(const Invocation &inv)
{
    return withSession(inv, [this](auth::AccountSession *s) {
        call(s, contaxy::listUsersRequest(), [this](const auto &r) {
            net::ApiError error;
            const auto users = contaxy::parseUsers(r, &error);
            if (!users) {
                failApi(error);
                return;
            }
            QJsonArray json;
            for (const contaxy::User &u : contaxy::matchingUsers(*users, QString())) {
                json.append(userJson(u));
                if (!m_json)
                    print(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(u.id,
                                   u.username,
                                   u.email,
                                   contaxy::userFlags(u).join(QLatin1Char(','))));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::usersCreate(const Invocation &inv)
{
    contaxy::NewUser user {inv.args.first().trimmed(), inv.value("--email").trimmed(), {}};
    QString problem = contaxy::usernameProblem(user.username);
    if (problem.isEmpty())
        problem = contaxy::emailProblem(user.email);
    if (!problem.isEmpty())
        return fail(ExitUsage, problem);
    if (inv.has("--password-stdin") && inv.has("--token-stdin"))
        return fail(ExitUsage,
                    say(QT_TRANSLATE_NOOP("wharf-cli",
                                          "--password-stdin and --token-stdin both read standard "
                                          "input; give the token in WHARF_TOKEN instead")));
    // The password never comes from the command line, where other users could see it.
    std::optional<QString> password, again;
    if (inv.has("--password-stdin")) {
        password = readLine(QString());
        again = password;
    } else {
        password = readSecret(
            say(QT_TRANSLATE_NOOP("wharf-cli", "Password for %1: ")).arg(user.username));
        again = readSecret(say(QT_TRANSLATE_NOOP("wharf-cli", "The same password again: ")));
    }
    problem = contaxy::passwordProblem(password.value_or(QString()), again.value_or(QString()));
    if (!problem.isEmpty())
        return fail(ExitUsage, problem);
    user.password = *password;
    return withSession(inv, [this, user](auth::AccountSession *s) {
        contaxy::createUser(
            s->client(),
            contaxy::createUserRequest(user),
            this,
            [this, s, user](const contaxy::User &created, const net::ApiError &error) {
                if (error) {
                    fail(exitCodeFor(error),
                         s->account().displayName + QLatin1String(": ")
                             + say(QT_TRANSLATE_NOOP("wharf-cli", "%1 was not created: %2"))
                                   .arg(user.username, contaxy::userChangeFailure(error)));
                    return;
                }
                if (m_json)
                    printJson(userJson(created));
                else
                    print(say(QT_TRANSLATE_NOOP("wharf-cli", "created %1 (%2)"))
                              .arg(created.username, created.id));
                finish(ExitOk);
            });
    });
}

int Cli::usersRemove(const Invocation &inv)
{
    const QString id = inv.args.first();
    // Deleting is never silent: --yes, or the ID typed again.
    if (!inv.has("--yes")) {
        const QString typed
            = readLine(say(QT_TRANSLATE_NOOP("wharf-cli",
                                             "Deleting %1 removes the user's sign-in, tokens and "
                                             "permissions. Type the user ID to confirm: "))
                           .arg(id))
                  .value_or(QString())
                  .trimmed();
        if (typed != id)
            return fail(ExitUsage,
                        say(QT_TRANSLATE_NOOP("wharf-cli",
                                              "not deleted: the ID did not match (pass --yes to "
                                              "delete without asking)")));
    }
    return withSession(inv, [this, id](auth::AccountSession *s) {
        // The server answers 204 for ids it does not know, so look the user up first.
        call(s, contaxy::listUsersRequest(), [this, s, id](const auto &r) {
            net::ApiError error;
            const auto users = contaxy::parseUsers(r, &error);
            if (!users) {
                failApi(error);
                return;
            }
            const auto found = std::find_if(users->cbegin(),
                                            users->cend(),
                                            [&id](const contaxy::User &u) { return u.id == id; });
            if (found == users->cend()) {
                fail(ExitUsage,
                     say(QT_TRANSLATE_NOOP("wharf-cli",
                                           "no user has the ID %1 (see: wharf-cli users ls)"))
                         .arg(id));
                return;
            }
            const QString name = found->username;
            net::send(
                s->client(),
                contaxy::deleteUserRequest(id),
                this,
                [this, s, id, name](const net::ApiResponse &reply) {
                    if (reply.error) {
                        fail(exitCodeFor(reply.error),
                             s->account().displayName + QLatin1String(": ")
                                 + say(QT_TRANSLATE_NOOP("wharf-cli", "%1 was not deleted: %2"))
                                       .arg(name, contaxy::userChangeFailure(reply.error)));
                        return;
                    }
                    if (m_json)
                        printJson(QJsonObject {{QStringLiteral("deleted"), id}});
                    else
                        print(say(QT_TRANSLATE_NOOP("wharf-cli", "deleted %1 (%2)")).arg(name, id));
                    finish(ExitOk);
                });
        });
    });
}

} // namespace wharf::cli
