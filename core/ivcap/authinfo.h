#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace wharf::ivcap {

// One identity provider from IVCAP's /1/authinfo.yaml (ivcap.md §2.2).
struct AuthProvider
{
    QString name; // key under auth.providers
    QString id;
    QUrl loginUrl;
    QUrl tokenUrl;
    QUrl codeUrl; // device authorization endpoint (RFC 8628)
    QUrl jwksUrl;
    QString clientId;
    QString audience;
};

struct AuthInfo
{
    int version = 0;
    QString defaultProviderName;
    QList<AuthProvider> providers;

    // The named default, else the first provider (as the IVCAP CLI does).
    const AuthProvider *defaultProvider() const;
};

// Parses and validates the document; on failure returns nullopt and a message for the user.
std::optional<AuthInfo> parseAuthInfo(const QByteArray &yaml, QString *error);

} // namespace wharf::ivcap
