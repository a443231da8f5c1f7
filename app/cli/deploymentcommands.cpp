// wharf-cli deployments ls|rm|deploy|action and logs: a Contaxy project's services and jobs.
#include "cli.h"
#include "contaxy/deployinput.h"
#include "contaxy/deployments.h"
#include "contaxy/logfollower.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace wharf::cli {

using contaxy::Deployment;

namespace {

QJsonObject toJson(const Deployment &d)
{
    return {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("kind"),
         d.kind == Deployment::Kind::Service ? QStringLiteral("service") : QStringLiteral("job")},
        {QStringLiteral("display_name"), d.displayName},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("image"), d.image},
        {QStringLiteral("endpoints"), QJsonArray::fromStringList(d.endpoints)},
        {QStringLiteral("created_at"), d.createdAt.toString(Qt::ISODate)}};
}

} // namespace

void Cli::listDeployments(auth::AccountSession *s,
                          const QString &project,
                          std::function<void(const QList<Deployment> &)> then)
{
    // Services first, then jobs: two lists upstream, one for the user.
    call(s,
         contaxy::listDeploymentsRequest(project, Deployment::Kind::Service),
         [=, this](const auto &r) {
             net::ApiError error;
             const auto services = contaxy::parseDeployments(r, Deployment::Kind::Service, &error);
             if (!services) {
                 failApi(error);
                 return;
             }
             call(s,
                  contaxy::listDeploymentsRequest(project, Deployment::Kind::Job),
                  [=, this](const auto &r2) {
                      net::ApiError error2;
                      const auto jobs
                          = contaxy::parseDeployments(r2, Deployment::Kind::Job, &error2);
                      if (!jobs) {
                          failApi(error2);
                          return;
                      }
                      then(*services + *jobs);
                  });
         });
}

void Cli::withDeployment(auth::AccountSession *s,
                         const QString &project,
                         const QString &id,
                         std::function<void(const Deployment &)> then)
{
    listDeployments(s, project, [=, this](const QList<Deployment> &all) {
        for (const Deployment &d : all) {
            if (d.id == id)
                return then(d);
        }
        fail(ExitUsage,
             QCoreApplication::translate("wharf-cli", "no service or job %1 in project %2")
                 .arg(id, project));
    });
}

int Cli::deploymentsList(const Invocation &inv)
{
    const QString project = inv.args.first();
    return withSession(inv, [=, this](auth::AccountSession *s) {
        listDeployments(s, project, [this](const QList<Deployment> &all) {
            QJsonArray json;
            for (const Deployment &d : all) {
                json.append(toJson(d));
                if (!m_json)
                    print(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(d.kind == Deployment::Kind::Service ? QStringLiteral("service")
                                                                       : QStringLiteral("job"),
                                   d.status,
                                   d.id,
                                   d.image));
            }
            if (m_json)
                printJson(json);
            finish(ExitOk);
        });
    });
}

int Cli::deploymentsRemove(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString id = inv.args.at(1);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        withDeployment(s, project, id, [=, this](const Deployment &d) {
            call(s, contaxy::deleteDeploymentRequest(project, d), [=, this](const auto &) {
                if (m_json)
                    printJson(QJsonObject {{QStringLiteral("deleted"), d.id}});
                else
                    print(QCoreApplication::translate("wharf-cli", "deleted %1").arg(d.id));
                finish(ExitOk);
            });
        });
    });
}

bool Cli::readServiceOptions(const Invocation &inv, contaxy::DeploymentInput &input)
{
    for (const QString &env : inv.values("--env")) {
        const qsizetype eq = env.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(
                ExitUsage,
                QCoreApplication::translate("wharf-cli", "--env takes KEY=VALUE, not %1").arg(env));
            return false;
        }
        input.parameters.append({env.left(eq), env.mid(eq + 1)});
    }
    input.endpoints = inv.values("--endpoint");
    return true;
}

int Cli::deploymentsDeploy(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    contaxy::DeploymentInput input;
    input.kind = inv.has("--job") ? Deployment::Kind::Job : Deployment::Kind::Service;
    input.image = inv.args.at(1);
    input.displayName = inv.value("--name");
    if (!readServiceOptions(inv, input))
        return ExitUsage;
    bool ok = true;
    const auto number = [&](const char *option) {
        if (!inv.has(option))
            return 0.0;
        bool valid = false;
        const double n = inv.value(option).toDouble(&valid);
        if (!valid || n < 0) {
            ok = false;
            fail(ExitUsage,
                 QCoreApplication::translate("wharf-cli", "%1 takes a number, not %2")
                     .arg(QLatin1String(option), inv.value(option)));
        }
        return n;
    };
    input.maxCpus = number("--cpus");
    if (ok)
        input.maxMemoryMb = int(number("--memory"));
    if (ok)
        input.maxGpus = int(number("--gpus"));
    if (!ok)
        return ExitUsage;
    // A missing name is the server's to suggest; everything else is checked before sending.
    for (const auto &problem : input.validate()) {
        if (problem.field != contaxy::DeploymentInput::Field::DisplayName
            || !input.displayName.isEmpty())
            return fail(ExitUsage, problem.message);
    }
    return withSession(inv, [=, this](auth::AccountSession *s) {
        const auto send = [=, this](const contaxy::DeploymentInput &in) {
            call(s, contaxy::deployRequest(project, in), [=, this](const auto &r) {
                net::ApiError error;
                const auto d = contaxy::parseDeployment(r, in.kind, &error);
                if (!d) {
                    failApi(error);
                    return;
                }
                if (m_json)
                    printJson(toJson(*d));
                else
                    print(QCoreApplication::translate("wharf-cli", "deployed %1 (%2)")
                              .arg(d->id, d->status));
                finish(ExitOk);
            });
        };
        if (!input.displayName.isEmpty())
            return send(input);
        call(
            s, contaxy::suggestConfigRequest(project, input.kind, input.image), [=](const auto &r) {
                net::ApiError error;
                const auto suggested = contaxy::parseSuggestedConfig(r, input.kind, &error);
                contaxy::DeploymentInput named = input;
                if (suggested)
                    named.displayName = suggested->displayName;
                send(named);
            });
    });
}

int Cli::deploymentsAction(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString id = inv.args.at(1);
    const QString actionId = inv.args.value(2);
    return withSession(inv, [=, this](auth::AccountSession *s) {
        withDeployment(s, project, id, [=, this](const Deployment &d) {
            call(s, contaxy::actionsRequest(project, d), [=, this](const auto &r) {
                net::ApiError error;
                const auto actions = contaxy::parseActions(r, s->account().serverUrl, &error);
                if (!actions) {
                    failApi(error);
                    return;
                }
                if (actionId.isEmpty()) {
                    QJsonArray json;
                    for (const contaxy::DeploymentAction &a : *actions) {
                        json.append(QJsonObject {{QStringLiteral("id"), a.id},
                                                 {QStringLiteral("display_name"), a.displayName},
                                                 {QStringLiteral("url"), a.newTab.toString()}});
                        if (!m_json)
                            print(a.newTab.isEmpty()
                                      ? a.id
                                      : QStringLiteral("%1\t%2").arg(a.id, a.newTab.toString()));
                    }
                    if (m_json)
                        printJson(json);
                    else if (actions->isEmpty())
                        print(QCoreApplication::translate("wharf-cli", "no actions"));
                    finish(ExitOk);
                    return;
                }
                for (const contaxy::DeploymentAction &a : *actions) {
                    if (a.id == actionId && !a.newTab.isEmpty()) {
                        // Access actions are links: the server has nothing to run.
                        if (m_json)
                            printJson(QJsonObject {{QStringLiteral("url"), a.newTab.toString()}});
                        else
                            print(a.newTab.toString());
                        finish(ExitOk);
                        return;
                    }
                }
                call(s, contaxy::runActionRequest(project, d, actionId), [=, this](const auto &r2) {
                    const QString said = contaxy::actionResult(r2);
                    if (m_json)
                        printJson(QJsonObject {{QStringLiteral("action"), actionId},
                                               {QStringLiteral("result"), said}});
                    else
                        print(said);
                    finish(ExitOk);
                });
            });
        });
    });
}

int Cli::logsShow(const Invocation &inv)
{
    const QString project = inv.args.at(0);
    const QString id = inv.args.at(1);
    const bool follow = inv.has("--follow");
    return withSession(inv, [=, this](auth::AccountSession *s) {
        withDeployment(s, project, id, [=, this](const Deployment &d) {
            // The desktop app's follower: the same loading and joining of polls.
            auto *follower = new contaxy::LogFollower(s->client(), project, d.kind, d.id, this);
            auto printed = std::make_shared<qsizetype>(0);
            const auto flush = [this, follower, printed, follow](bool all) {
                const text::LogText &text = follower->text();
                // Complete lines only while loading; the open one may still grow.
                const qsizetype upTo = all ? text.lineCount() : text.lineCount() - 1;
                QJsonArray lines;
                for (; *printed < upTo; ++*printed) {
                    const QByteArrayView line = text.line(*printed);
                    if (m_json) {
                        lines.append(QString::fromUtf8(line));
                    } else {
                        std::fwrite(line.data(), 1, size_t(line.size()), stdout);
                        std::fputc('\n', stdout);
                    }
                }
                if (m_json && (!lines.isEmpty() || (all && !follow)))
                    printJson(lines); // an empty log is still one array
                std::fflush(stdout);
            };
            // With --json a whole log is one array; while following, each batch is one (JSON
            // lines), so that a reader can act on every poll.
            connect(follower, &contaxy::LogFollower::grew, this, [this, flush, follow] {
                if (!m_json || follow)
                    flush(false);
            });
            connect(follower, &contaxy::LogFollower::stateChanged, this, [=, this](auto state) {
                if (state == contaxy::LogFollower::State::Loading)
                    return;
                flush(true);
                if (!follow && state == contaxy::LogFollower::State::Idle && !follower->lastError())
                    finish(ExitOk);
            });
            connect(
                follower, &contaxy::LogFollower::failed, this, [=, this](const net::ApiError &e) {
                    if (follower->state() == contaxy::LogFollower::State::Retrying) {
                        warn(QCoreApplication::translate("wharf-cli", "%1; trying again")
                                 .arg(e.message));
                        return;
                    }
                    failCall(s, e);
                });
            follower->setFollowing(follow);
            if (!follow)
                follower->reload();
        });
    });
}

} // namespace wharf::cli
