#pragma once

#include <QByteArray>

namespace wharf::auth::oidc {

// Unguessable values for one authorization request (state, nonce, PKCE verifier): base64url
// of `bytes` random bytes from the operating system's generator.
QByteArray randomToken(int bytes = 32);

// RFC 7636 proof key: a 43-character verifier and its S256 challenge.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    static Pkce create();
    static QByteArray s256(const QByteArray &verifier);
};

} // namespace wharf::auth::oidc
