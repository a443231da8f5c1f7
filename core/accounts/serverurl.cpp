#include "serverurl.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wharf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerUrl", text);
}

QUrl fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return QUrl();
}

// The authority part ("user@host:port") of "scheme://authority/path?query#fragment".
QString authorityOf(const QString &url)
{
    const qsizetype start = url.indexOf(QLatin1String("://")) + 3;
    static const QRegularExpression end(QStringLiteral("[/?#]"));
    const qsizetype stop = url.indexOf(end, start);
    return url.mid(start, stop < 0 ? -1 : stop - start);
}

} // namespace

QUrl normaliseServerUrl(const QString &input, QString *error, QString *note)
{
    if (note)
        note->clear();
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, tr("Enter the address of the server."));
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(error, tr("The address must not contain spaces or control characters."));
    }
    static const QRegularExpression illegal(QStringLiteral("[<>\"{}|\\\\^`]"));
    const QRegularExpressionMatch bad = illegal.match(text);
    if (bad.hasMatch())
        return fail(error,
                    tr("The address contains the character \"%1\", which is not allowed.")
                        .arg(bad.captured()));

    // "host:8080" would otherwise parse as scheme "host": only "xyz://" counts as a scheme.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch schemeMatch = scheme.match(text);
    if (!schemeMatch.hasMatch()) {
        if (text.contains(QLatin1String("://")))
            return fail(error, tr("The address does not start with a valid scheme."));
        text.prepend(QLatin1String("https://"));
    } else {
        const QString given = schemeMatch.captured(1).toLower();
        if (given != QLatin1String("http") && given != QLatin1String("https")) {
            return fail(
                error,
                tr("Only http:// and https:// addresses are supported, not %1://.").arg(given));
        }
    }

    const QString authority = authorityOf(text);
    if (authority.contains(QLatin1Char('@'))) {
        return fail(error,
                    tr("Do not put a user name or password in the address; enter them "
                       "when signing in."));
    }
    // The port is whatever follows the last ':' that is not inside an IPv6 literal.
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && colon > authority.lastIndexOf(QLatin1Char(']'))) {
        const QString port = authority.mid(colon + 1);
        bool numeric = false;
        const int value = port.toInt(&numeric);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!digits.match(port).hasMatch() || !numeric || value < 1 || value > 65535)
            return fail(error, tr("The port must be a number between 1 and 65535."));
    }
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        // Hash-routed web apps (Project-W's) show "#/page"; an anchor is not an address.
        const QString fragment = text.mid(hash + 1);
        if (!fragment.isEmpty() && !fragment.startsWith(QLatin1Char('/')))
            return fail(error,
                        tr("The address must not contain a fragment (the part after \"#\")."));
        if (note)
            *note = tr("Left out \"#%1\": that is a page of the web app, not part of the "
                       "server's address.")
                        .arg(fragment);
        text.truncate(hash);
    }

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(error, tr("The address is not valid: %1").arg(url.errorString()));
    if (url.host().isEmpty())
        return fail(error, tr("The address has no server name."));

    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80)) {
        url.setPort(-1);
    }
    url.setQuery(QString());
    url = url.adjusted(QUrl::NormalizePathSegments);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    if (error)
        error->clear();
    return url;
}

} // namespace wharf
