// wharf-cli projects ls|create|edit|rm and members ls|add|rm: Contaxy projects and who may use
// them (contaxy.md §4, §6).
#include "cli.h"
#include "contaxy/members.h"
#include "contaxy/projectlisting.h"
#include "contaxy/projects.h"
#include "contaxy/tokens.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace wharf::cli {

namespace {

QJsonObject projectJson(const contaxy::Project &p, bool home)
{
    return QJsonObject {{QStringLiteral("id"), p.id},
                        {QStringLiteral("display_name"), p.displayName},
                        {QStringLiteral("description"), p.description},
                        {QStringLiteral("home"), home},
                        {QStringLiteral("created_at"), p.createdAt.toString(Qt::ISODate)}};
}

QJsonObject memberJson(const contaxy::Member &m)
{
    return QJsonObject {{QStringLiteral("id"), m.user.id},
                        {QStringLiteral("username"), m.user.username},
                        {QStringLiteral("email"), m.user.email},
                        {QStringLiteral("access_level"), m.level}};
}

// The user a typed USER means: an id, a user name or an e-mail address, exactly.
std::optional<contaxy::User> findUser(const QList<contaxy::User> &users, const QString &typed)
{
    for (const contaxy::User &u : users) {
        if (u.id == typed || u.username.compare(typed, Qt::CaseInsensitive) == 0
            || (!u.email.isEmpty() && u.email.compare(typed, Qt::CaseInsensitive) == 0))
            return u;
    }
    return std::nullopt;
}

} // namespace

int Cli::projectsList(const Invocation &inv)
{
    return withSession(inv, [this](auth::AccountSession *s) {
        contaxy::fetchProjects(
            s->client(),
            QString(),
            this,
            [this, s](const contaxy::ProjectList &list, const net::ApiError &error) {
                if (error) {
                    failCall(s, error);
                    return;
                }
                QJsonArray json;
                for (const contaxy::Project &p : list.projects) {
                    const bool home = p.id == list.homeId;
                    json.append(projectJson(p, home));
                    if (!m_json)
                        print(QStringLiteral("%1\t%2%3")
                                  .arg(p.id,
                                       p.displayName,
                                       home ? QCoreApplication::translate("wharf-cli", " (home)")
                                            : QString()));
                }
                if (m_json)
                    printJson(json);
                finish(ExitOk);
            });
    });
}

int Cli::projectsCreate(const Invocation &inv)
{
    const QString name = inv.args.first().trimmed();
    const QString id = inv.value("--id");
    const QString description = inv.value("--description");
    QString problem = contaxy::displayNameProblem(name);
    if (problem.isEmpty() && inv.has("--id"))
        problem = contaxy::projectIdProblem(id);
    if (!problem.isEmpty())
        return fail(ExitUsage, problem);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        const auto create = [=, this](const QString &chosen) {
            contaxy::Project project;
            project.id = chosen;
            project.displayName = name;
            project.description = description;
            call(s, contaxy::createProjectRequest(project), [this](const auto &r) {
                net::ApiError error;
                const auto created = contaxy::parseProject(r, &error);
                if (!created) {
                    failApi(error);
                    return;
                }
                if (m_json)
                    printJson(projectJson(*created, false));
                else
                    print(QCoreApplication::translate("wharf-cli", "created %1").arg(created->id));
                finish(ExitOk);
            });
        };
        if (!id.isEmpty()) {
            create(id);
            return;
        }
        // No ID given: the one the server suggests for the name (§6), as the desktop app does.
        call(s, contaxy::suggestProjectIdRequest(name), [this, create](const auto &r) {
            net::ApiError error;
            const auto value = r.json(&error);
            if (!value || !value->isString()) {
                failApi(value ? r.unexpected(QCoreApplication::translate(
                            "wharf-cli", "expected the suggested ID as a string"))
                              : error);
                return;
            }
            create(value->toString());
        });
    });
}

int Cli::projectsEdit(const Invocation &inv)
{
    const QString project = inv.args.first();
    if (!inv.has("--name") && !inv.has("--description"))
        return fail(ExitUsage,
                    QCoreApplication::translate("wharf-cli", "give --name, --description or both"));
    const QString name = inv.value("--name").trimmed();
    const QString problem = inv.has("--name") ? contaxy::displayNameProblem(name) : QString();
    if (!problem.isEmpty())
        return fail(ExitUsage, problem);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        // The request sets both fields: the unchanged one is taken from the project.
        call(s, contaxy::getProjectRequest(project), [=, this](const auto &r) {
            net::ApiError error;
            const auto current = contaxy::parseProject(r, &error);
            if (!current) {
                failApi(error);
                return;
            }
            const auto request = contaxy::updateProjectRequest(
                project,
                inv.has("--name") ? name : current->displayName,
                inv.has("--description") ? inv.value("--description") : current->description);
            call(s, request, [this](const auto &reply) {
                net::ApiError parseError;
                const auto updated = contaxy::parseProject(reply, &parseError);
                if (!updated) {
                    failApi(parseError);
                    return;
                }
                if (m_json)
                    printJson(projectJson(*updated, updated->technical));
                else
                    print(QCoreApplication::translate("wharf-cli", "saved %1").arg(updated->id));
                finish(ExitOk);
            });
        });
    });
}

int Cli::projectsRemove(const Invocation &inv)
{
    const QString project = inv.args.first();
    // Deleting is never silent: --yes, or the ID typed again.
    if (!inv.has("--yes")) {
        const QString typed
            = readLine(
                  QCoreApplication::translate(
                      "wharf-cli",
                      "Deleting %1 removes it for every member. Type the project ID to confirm: ")
                      .arg(project))
                  .value_or(QString())
                  .trimmed();
        if (typed != project)
            return fail(ExitUsage,
                        QCoreApplication::translate(
                            "wharf-cli",
                            "not deleted: the ID did not match (pass --yes to delete without "
                            "asking)"));
    }
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::deleteProjectRequest(project), [=, this](const auto &) {
            if (m_json)
                printJson(QJsonObject {{QStringLiteral("deleted"), project}});
            else
                print(QCoreApplication::translate("wharf-cli",
                                                  "deleted %1 (its files stay on the server)")
                          .arg(project));
            finish(ExitOk);
        });
    });
}

int Cli::membersList(const Invocation &inv)
{
    const QString project = inv.args.first();
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::listMembersRequest(project), [this](const auto &r) {
            net::ApiError error;
            const auto members = contaxy::parseMembers(r, &error);
            if (!members) {
                failApi(error);
                return;
            }
            QJsonArray json;
            for (const contaxy::Member &m : *members) {
                json.append(memberJson(m));
                if (!m_json)
                    print(QStringLiteral("%1\t%2\t%3").arg(m.level, m.user.username, m.user.email));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::membersAdd(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString typed = inv.args.at(1);
    const QString level = inv.value("--level", QStringLiteral("write"));
    if (!contaxy::accessLevels().contains(level))
        return fail(
            ExitUsage,
            QCoreApplication::translate("wharf-cli", "--level is read, write or admin, not %1")
                .arg(level));
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::listUsersRequest(), [=, this](const auto &r) {
            net::ApiError error;
            const auto users = contaxy::parseUsers(r, &error);
            if (!users) {
                failApi(error);
                return;
            }
            const auto user = findUser(*users, typed);
            if (!user) {
                fail(ExitUsage,
                     QCoreApplication::translate("wharf-cli", "no user is called %1").arg(typed));
                return;
            }
            // A level held already stays beside a new one (§6): replace it.
            call(s, contaxy::removeMemberRequest(project, user->id), [=, this](const auto &) {
                call(s,
                     contaxy::addMemberRequest(project, user->id, level),
                     [=, this](const auto &) {
                         if (m_json)
                             printJson(memberJson({*user, level}));
                         else
                             print(
                                 QCoreApplication::translate("wharf-cli", "%1 has %2 access to %3")
                                     .arg(user->username, level, project));
                         finish(ExitOk);
                     });
            });
        });
    });
}

int Cli::membersRemove(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString typed = inv.args.at(1);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        call(s, contaxy::listMembersRequest(project), [=, this](const auto &r) {
            net::ApiError error;
            const auto members = contaxy::parseMembers(r, &error);
            if (!members) {
                failApi(error);
                return;
            }
            QList<contaxy::User> users;
            for (const contaxy::Member &m : *members)
                users << m.user;
            const auto user = findUser(users, typed);
            if (!user) {
                fail(ExitUsage,
                     QCoreApplication::translate("wharf-cli", "%1 is no member of %2")
                         .arg(typed, project));
                return;
            }
            call(s, contaxy::removeMemberRequest(project, user->id), [=, this](const auto &) {
                if (m_json)
                    printJson(QJsonObject {{QStringLiteral("removed"), user->id}});
                else
                    print(QCoreApplication::translate("wharf-cli", "removed %1 from %2")
                              .arg(user->username, project));
                finish(ExitOk);
            });
        });
    });
}

} // namespace wharf::cli
