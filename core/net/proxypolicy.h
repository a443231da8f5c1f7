#pragma once

#include "proxysettings.h"

#include <QString>

namespace wharf::net {

// The process-wide proxy policy every QNetworkAccessManager follows (through Qt's application
// proxy factory): the system configuration, no proxy, or the user's manual proxy with its
// bypass list. Without a call to this, Wharf uses the system configuration.
void installProxyPolicy(const ProxySettings &settings, const QString &password);
bool isProxyPolicyInstalled();

} // namespace wharf::net
