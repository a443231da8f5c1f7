// wharf-cli tos show|accept, and the e-mail and terms states whoami shows for Project-W.
#include "cli.h"
#include "projectw/terms.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace wharf::cli {

namespace {

QJsonObject termsJson(const projectw::Terms &t, int accepted)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("accepted_version"), accepted},
            {QStringLiteral("pending"), accepted < t.version},
            {QStringLiteral("text"), projectw::termsPlainText(t.html)}};
}

QString termsTitle(const projectw::Terms &t)
{
    return QCoreApplication::translate("wharf-cli", "%1 (version %2)").arg(t.name).arg(t.version);
}

} // namespace

// GET /api/about, then GET /api/users/info: the server's terms and what this user accepted.
void Cli::loadTerms(
    auth::AccountSession *s,
    std::function<void(const QList<projectw::Terms> &, const QMap<int, int> &)> then)
{
    call(s, projectw::aboutRequest(), [=, this](const net::ApiResponse &about) {
        net::ApiError error;
        const auto terms = projectw::parseTerms(about, &error);
        if (!terms) {
            failApi(error, s->account().displayName);
            return;
        }
        call(s, net::ApiRequest::get(QStringLiteral("/api/users/info")), [=](const auto &info) {
            then(*terms, projectw::acceptedTerms(info.body));
        });
    });
}

void Cli::projectwStates(auth::AccountSession *s,
                         const auth::Identity &identity,
                         std::function<void(const QJsonObject &, const QStringList &)> then)
{
    const QString name = s->account().displayName;
    const bool verified = identity.details.contains(QStringLiteral("verified: yes"));
    call(s, projectw::aboutRequest(), [=, this](const net::ApiResponse &about) {
        net::ApiError error;
        const auto terms = projectw::parseTerms(about, &error);
        if (!terms) {
            failApi(error, name);
            return;
        }
        const auto pending
            = projectw::pendingTerms(*terms, projectw::acceptedTerms(identity.rawReply));
        QJsonArray pendingJson;
        QStringList titles;
        for (const projectw::Terms &t : pending) {
            pendingJson.append(
                termsJson(t, projectw::acceptedTerms(identity.rawReply).value(t.id)));
            titles << termsTitle(t);
        }
        QStringList lines;
        if (!verified)
            lines << QCoreApplication::translate(
                         "wharf-cli",
                         "e-mail address not verified: open the link the server sent to %1")
                         .arg(identity.email);
        if (pending.isEmpty())
            lines << QCoreApplication::translate("wharf-cli", "terms of service: accepted");
        else
            lines << QCoreApplication::translate(
                         "wharf-cli",
                         "terms of service to accept: %1 (run: wharf-cli tos accept -a %2)")
                         .arg(titles.join(QStringLiteral(", ")), name);
        then(QJsonObject {{QStringLiteral("email_verified"), verified},
                          {QStringLiteral("terms_pending"), pendingJson},
                          {QStringLiteral("ready"), verified && pending.isEmpty()}},
             lines);
    });
}

int Cli::termsShow(const Invocation &inv)
{
    return withSession(inv, [this](auth::AccountSession *s) {
        loadTerms(s, [this](const QList<projectw::Terms> &terms, const QMap<int, int> &accepted) {
            QJsonArray json;
            for (const projectw::Terms &t : terms) {
                json.append(termsJson(t, accepted.value(t.id)));
                if (m_json)
                    continue;
                const bool pending = accepted.value(t.id) < t.version;
                print(termsTitle(t) + QStringLiteral(": ")
                      + (pending ? QCoreApplication::translate("wharf-cli", "not accepted")
                                 : QCoreApplication::translate("wharf-cli", "accepted")));
                print(projectw::termsPlainText(t.html) + QLatin1Char('\n'));
            }
            if (m_json)
                printJson(json);
            else if (terms.isEmpty())
                print(QCoreApplication::translate("wharf-cli",
                                                  "This server has no terms of service."));
            finish(ExitOk);
        });
    });
}

int Cli::termsAccept(const Invocation &inv)
{
    const bool yes = inv.has("--yes");
    return withSession(inv, [this, yes](auth::AccountSession *s) {
        loadTerms(
            s, [this, s, yes](const QList<projectw::Terms> &terms, const QMap<int, int> &accepted) {
                const auto pending = projectw::pendingTerms(terms, accepted);
                if (pending.isEmpty()) {
                    if (m_json)
                        printJson(QJsonObject {{QStringLiteral("accepted"), QJsonArray()}});
                    else
                        print(QCoreApplication::translate(
                            "wharf-cli", "Nothing to accept: every terms of service is accepted."));
                    finish(ExitOk);
                    return;
                }
                acceptPending(s, pending, 0, yes, {});
            });
    });
}

void Cli::acceptPending(auth::AccountSession *s,
                        const QList<projectw::Terms> &pending,
                        int index,
                        bool yes,
                        const QJsonArray &done)
{
    if (index == pending.size()) {
        if (m_json)
            printJson(QJsonObject {{QStringLiteral("accepted"), done}});
        finish(ExitOk);
        return;
    }
    const projectw::Terms &t = pending.at(index);
    // The text always comes first, also with --yes: accepting is the user's act.
    QTextStream(m_json ? stderr : stdout) << termsTitle(t) << "\n\n"
                                          << projectw::termsPlainText(t.html) << "\n\n";
    if (!yes) {
        const QString answer
            = readLine(QCoreApplication::translate("wharf-cli", "Accept these terms? [y/N] "))
                  .value_or(QString())
                  .trimmed()
                  .toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            fail(ExitUsage,
                 QCoreApplication::translate(
                     "wharf-cli", "not accepted: %1 (pass --yes to accept without asking)")
                     .arg(termsTitle(t)));
            return;
        }
    }
    call(s, projectw::acceptTermsRequest(t), [=, this](const net::ApiResponse &) {
        QJsonArray accepted = done;
        accepted.append(termsJson(t, t.version));
        if (!m_json)
            print(QCoreApplication::translate("wharf-cli", "Accepted %1.").arg(termsTitle(t)));
        acceptPending(s, pending, index + 1, yes, accepted);
    });
}

} // namespace wharf::cli
