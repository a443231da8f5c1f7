#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace wharf::auth::oidc {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray randomToken(int bytes)
{
    std::vector<quint32> words((bytes + 3) / 4);
    // system(): the OS's cryptographically secure source, not a seeded PRNG.
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), bytes).toBase64(kBase64Url);
}

Pkce Pkce::create()
{
    Pkce pkce;
    pkce.verifier = randomToken(32); // 43 characters, the RFC's minimum length and entropy
    pkce.challenge = s256(pkce.verifier);
    return pkce;
}

QByteArray Pkce::s256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace wharf::auth::oidc
