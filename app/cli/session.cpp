// Sessions for wharf-cli commands: the stored token or WHARF_TOKEN/--token-stdin, one API
// call or transfer at a time, rotated tokens stored before the process ends.
#include "auth/keychaincredentialstore.h"
#include "cli.h"
#include "net/apicall.h"
#include "net/httpclient.h"
#include "net/then.h"
#include "progressbar.h"
#include "projectw/terms.h"
#include "prompt.h"
#include "transfer/curlengine.h"
#include "transfer/transfer.h"

#include <QCoreApplication>

namespace wharf::cli {

auth::AccountSession *Cli::session(const Account &account, bool persistent)
{
    auto *s = new auth::AccountSession(account, persistent ? m_store : nullptr, this);
    m_sessions << s;
    connect(s, &auth::AccountSession::storesFinished, this, &Cli::maybeQuit);
    connect(s, &auth::AccountSession::tokenStoreFailed, this, [this](const auto &error) {
        warn(QCoreApplication::translate(
                 "wharf-cli",
                 "the server replaced the session token, and the new one could not be stored: "
                 "%1\nThe stored token no longer works; sign in again.")
                 .arg(error.message));
        if (m_exitCode == ExitOk)
            m_exitCode = ExitAuth; // also when the command itself has finished already
    });
    if (!persistent) {
        connect(s, &auth::AccountSession::tokenRotated, this, [this] {
            warn(QCoreApplication::translate(
                "wharf-cli",
                "warning: the server replaced the session token from WHARF_TOKEN or "
                "--token-stdin with a new one during this command; the old value no "
                "longer works and the new one was not kept. Use an API token instead, "
                "which the server never replaces."));
        });
    }
    return s;
}

// Whether the system keychain can answer at all; checked once per run. When it cannot, the
// keychain is not waited for (no retry) and commands say so at once.
bool Cli::keychainUsable()
{
    if (!m_keychainUsable) {
        m_keychainUsable = auth::KeychainCredentialStore::serviceReachable(&m_keychainProblem);
        if (!*m_keychainUsable)
            static_cast<auth::KeychainCredentialStore *>(m_store)->setRetryDelay(
                std::chrono::milliseconds(0));
    }
    return *m_keychainUsable;
}

int Cli::failNoKeychain()
{
    return failStore(auth::CredentialError::make(
        auth::CredentialError::Kind::NoKeychain,
        QCoreApplication::translate(
            "wharf-cli",
            "No system keychain is available: %1. wharf-cli stores no secrets in plain text.")
            .arg(m_keychainProblem)));
}

std::optional<QString> Cli::stdinToken(const Invocation &inv)
{
    if (!inv.has("--token-stdin"))
        return QString();
    const QString token = readAllStdin();
    if (token.isEmpty()) {
        fail(ExitUsage,
             QCoreApplication::translate("wharf-cli", "--token-stdin: no token on standard input"));
        return std::nullopt;
    }
    return token;
}

int Cli::withSession(const Invocation &inv, std::function<void(auth::AccountSession *)> then)
{
    const Account &account = *inv.account;
    const std::optional<QString> fromStdin = stdinToken(inv);
    if (!fromStdin)
        return m_exitCode;
    const QString token
        = !fromStdin->isEmpty() ? *fromStdin : qEnvironmentVariable("WHARF_TOKEN").trimmed();
    if (!token.isEmpty()) {
        auto *s = session(account, false);
        s->useToken(token);
        then(s);
        return m_finished ? m_exitCode : -1;
    }
    if (!keychainUsable())
        return failNoKeychain();
    auto *s = session(account, true);
    connect(s,
            &auth::AccountSession::tokenLoaded,
            this,
            [this, s, account, then](const auth::CredentialError &error) {
                if (error.kind == auth::CredentialError::Kind::NotFound) {
                    fail(ExitAuth,
                         QCoreApplication::translate(
                             "wharf-cli", "not signed in to %1 (run: wharf-cli login -a %1)")
                             .arg(account.displayName));
                    return;
                }
                if (error) {
                    failStore(error);
                    return;
                }
                then(s);
            });
    s->loadStoredToken();
    return -1;
}

void Cli::call(auth::AccountSession *s,
               const net::ApiRequest &request,
               std::function<void(const net::ApiResponse &)> then)
{
    net::send(s->client(), request, this, [this, s, then](const net::ApiResponse &r) {
        if (r.error)
            failCall(s, r.error);
        else
            then(r);
    });
}

void Cli::failCall(auth::AccountSession *s, const net::ApiError &error)
{
    QString message = s->account().displayName + QLatin1String(": ") + error.toString();
    switch (projectw::refusalOf(error)) {
    case projectw::Refusal::TermsNotAccepted:
        message += QLatin1Char('\n')
            + QCoreApplication::translate("wharf-cli",
                                          "Read and accept them with: wharf-cli tos accept -a %1")
                  .arg(s->account().displayName);
        break;
    case projectw::Refusal::EmailNotVerified:
        message += QLatin1Char('\n')
            + QCoreApplication::translate(
                       "wharf-cli",
                       "Open the link the server sent to your e-mail address, then try again.");
        break;
    case projectw::Refusal::None:
        break;
    }
    fail(exitCodeFor(error), message);
}

transfer::Transfer *Cli::makeTransfer(auth::AccountSession *s, const transfer::TransferSpec &spec)
{
    auto *engine = new transfer::CurlEngine(this);
    auto *t = new transfer::Transfer(engine, spec, this);
    t->setConnectionProvider([s] {
        transfer::ConnectionSettings settings;
        settings.bearerToken = s->client()->bearerToken();
        settings.pinnedCertificateSha256 = s->account().pinnedCertificateSha256;
        return settings;
    });
    // Uploads are replies too: a session token rotated by one is kept like any other.
    connect(t,
            &transfer::Transfer::responseHeadersReceived,
            s,
            &auth::AccountSession::acceptSetCookieHeaders);
    return t;
}

void Cli::runTransfer(auth::AccountSession *s,
                      const transfer::TransferSpec &spec,
                      std::function<void(const QByteArray &body)> then)
{
    transfer::Transfer *t = makeTransfer(s, spec);
    auto bar = std::make_shared<ProgressBar>(!m_json);
    bar->setItem(0, 1, spec.displayName());
    connect(t, &transfer::Transfer::progressChanged, this, [bar](qint64 done, qint64 total) {
        bar->update(done, total);
    });
    connect(t, &transfer::Transfer::finished, this, [this, t, s, then, bar] {
        bar->done();
        if (t->state() == transfer::Transfer::State::Completed)
            then(t->responseBody());
        else
            failApi(t->error(), s->account().displayName);
    });
    t->start();
}

void Cli::runTransfers(auth::AccountSession *s,
                       QList<transfer::TransferSpec> specs,
                       std::function<void(const QList<transfer::TransferSpec> &done,
                                          const QStringList &failures)> then)
{
    // One after another: a second connection would not make loopback or a LAN faster, and
    // the progress line stays readable.
    struct Run
    {
        QList<transfer::TransferSpec> specs;
        QList<transfer::TransferSpec> done;
        QStringList failures;
        std::unique_ptr<ProgressBar> bar;
        std::function<void(int)> next;
    };
    auto run = std::make_shared<Run>();
    run->specs = std::move(specs);
    run->bar = std::make_unique<ProgressBar>(!m_json);
    run->next = [this, s, run, then](int index) {
        if (index == run->specs.size()) {
            run->bar->done();
            then(run->done, run->failures);
            run->next = nullptr; // breaks the cycle through the captured `run`
            return;
        }
        const transfer::TransferSpec &spec = run->specs.at(index);
        run->bar->setItem(index, int(run->specs.size()), spec.displayName());
        transfer::Transfer *t = makeTransfer(s, spec);
        connect(t, &transfer::Transfer::progressChanged, this, [run](qint64 done, qint64 total) {
            run->bar->update(done, total);
        });
        connect(t, &transfer::Transfer::finished, this, [run, t, index] {
            t->deleteLater();
            if (t->state() == transfer::Transfer::State::Completed)
                run->done << t->spec();
            else
                run->failures << QStringLiteral("%1: %2").arg(t->spec().displayName(),
                                                              t->error().message);
            run->next(index + 1);
        });
        t->start();
    };
    run->next(0);
}

} // namespace wharf::cli
