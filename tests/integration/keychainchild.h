#pragma once

#include <QProcessEnvironment>
#include <QString>

// tst_keychain re-executes itself in this mode (environment WHARF_KEYCHAIN_CHILD=1) to see
// what a host without a keychain, or with one that starts late, gets. The child writes and
// then reads one secret and prints "write=<kind>", "message=<text>" and "read=<kind>" lines
// (CredentialError::kindName) on stdout.
int runKeychainChild(int argc, char **argv);

// The environment of a child that is a fresh user: HOME and XDG directories under `home`, its
// own runtime directory, no display, no inherited session bus, no desktop.
QProcessEnvironment keychainChildEnvironment(const QString &home,
                                             const QString &runtimeDir,
                                             const QString &service,
                                             int retryMs);
// Writes a dbus-daemon configuration without service directories, so nothing (gnome-keyring,
// kwalletd) can be activated on that bus; returns its path.
QString writeIsolatedBusConfig(const QString &dir);
