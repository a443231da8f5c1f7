#include "authinfo.h"

#include "net/boundedyaml.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace wharf::ivcap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuthInfo", text);
}

std::optional<QUrl> httpUrl(const QVariantMap &map, const QString &key, QString *problem)
{
    const QString text = map.value(key).toString().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        *problem = tr("\"%1\" is missing or not an http(s) URL").arg(key);
        return std::nullopt;
    }
    return url;
}

std::optional<AuthProvider>
readProvider(const QString &name, const QVariant &value, QString *problem)
{
    if (value.typeId() != QMetaType::QVariantMap) {
        *problem = tr("provider \"%1\" is not a mapping").arg(name);
        return std::nullopt;
    }
    const QVariantMap map = value.toMap();
    AuthProvider provider;
    provider.name = name;
    provider.id = map.value(QStringLiteral("id")).toString();
    provider.clientId = map.value(QStringLiteral("client-id")).toString();
    provider.audience = map.value(QStringLiteral("audience")).toString();
    auto login = httpUrl(map, QStringLiteral("login-url"), problem);
    auto token = httpUrl(map, QStringLiteral("token-url"), problem);
    auto code = httpUrl(map, QStringLiteral("code-url"), problem);
    auto jwks = httpUrl(map, QStringLiteral("jwks-url"), problem);
    if (!login || !token || !code || !jwks) {
        *problem = tr("provider \"%1\": %2").arg(name, *problem);
        return std::nullopt;
    }
    if (provider.clientId.isEmpty() || provider.audience.isEmpty()) {
        // The IVCAP CLI treats a missing audience as an error too.
        *problem = tr("provider \"%1\" lacks \"client-id\" or \"audience\"").arg(name);
        return std::nullopt;
    }
    provider.loginUrl = *login;
    provider.tokenUrl = *token;
    provider.codeUrl = *code;
    provider.jwksUrl = *jwks;
    return provider;
}

} // namespace

const AuthProvider *AuthInfo::defaultProvider() const
{
    for (const AuthProvider &provider : providers) {
        if (provider.name == defaultProviderName)
            return &provider;
    }
    return providers.isEmpty() ? nullptr : &providers.first();
}

std::optional<AuthInfo> parseAuthInfo(const QByteArray &yaml, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<AuthInfo> {
        if (error)
            *error = tr("The server's sign-in description (authinfo.yaml) is unusable: %1")
                         .arg(message);
        return std::nullopt;
    };
    QString parseError;
    const auto doc = net::parseBoundedYaml(yaml, &parseError);
    if (!doc)
        return failWith(parseError);
    if (doc->typeId() != QMetaType::QVariantMap)
        return failWith(tr("the document is not a mapping"));
    const QVariantMap root = doc->toMap();
    AuthInfo info;
    bool isNumber = false;
    info.version = root.value(QStringLiteral("version")).toString().toInt(&isNumber);
    if (!isNumber || info.version != 1)
        return failWith(tr("unsupported version \"%1\" (Wharf understands version 1)")
                            .arg(root.value(QStringLiteral("version")).toString()));
    const QVariantMap auth = root.value(QStringLiteral("auth")).toMap();
    info.defaultProviderName = auth.value(QStringLiteral("default-provider-id")).toString();
    const QVariantMap providers = auth.value(QStringLiteral("providers")).toMap();
    if (providers.isEmpty())
        return failWith(tr("no identity providers are listed"));
    for (auto it = providers.cbegin(); it != providers.cend(); ++it) {
        QString problem;
        auto provider = readProvider(it.key(), it.value(), &problem);
        if (!provider)
            return failWith(problem);
        info.providers.append(*provider);
    }
    return info;
}

} // namespace wharf::ivcap
