#include "redact.h"

#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcNet, "wharf.net", QtInfoMsg)

namespace wharf::net {

namespace {
const QString kRedacted = QStringLiteral("REDACTED");

bool isSecretKey(const QString &key)
{
    static const QStringList secretKeys = {
        QStringLiteral("token"),
        QStringLiteral("ct_token"),
        QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("id_token"),
        QStringLiteral("code"),
        QStringLiteral("password"),
        QStringLiteral("client_secret"),
        QStringLiteral("device_code"),
        QStringLiteral("code_verifier"),
    };
    return secretKeys.contains(key, Qt::CaseInsensitive);
}
} // namespace

QString redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &[key, value] : items) {
            if (isSecretKey(key))
                value = kRedacted;
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return copy.toString(QUrl::FullyEncoded);
}

QString redactText(const QString &text)
{
    // Authorization values, cookies and key=value pairs that carry tokens or passwords.
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer|Basic)\s+[^\s"',;]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pairs(
        QStringLiteral(R"(\b(ct_token|token|access_token|refresh_token|id_token|password|)"
                       R"(client_secret|device_code|code_verifier|code)=([^&\s"';]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonPairs(
        QStringLiteral(R"re("(ct_token|token|access_token|refresh_token|id_token|password)")re"
                       R"re(\s*:\s*"[^"]*")re"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(bearer, QStringLiteral("\\1 ") + kRedacted);
    out.replace(pairs, QStringLiteral("\\1=") + kRedacted);
    out.replace(jsonPairs, QStringLiteral("\"\\1\": \"") + kRedacted + QStringLiteral("\""));
    return out;
}

} // namespace wharf::net
