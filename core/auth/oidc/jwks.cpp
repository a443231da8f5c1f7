// JWS signature verification for ID tokens with libcrypto (OpenSSL 3): Qt can hash but not
// verify RSA or ECDSA signatures.
#include "jwt.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

namespace wharf::auth::oidc {

namespace {

// lupdate files QT_TRANSLATE_NOOP strings under this context; the same one is used here.
QString translated(const char *text)
{
    return QCoreApplication::translate("wharf::auth::oidc", text);
}

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using EcSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

QByteArray b64(const QJsonObject &jwk, const char *name)
{
    return QByteArray::fromBase64(jwk.value(QLatin1String(name)).toString().toLatin1(),
                                  QByteArray::Base64UrlEncoding);
}

Bn bignum(const QByteArray &bytes)
{
    return Bn(BN_bin2bn(
        reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

PKey keyFromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    Params params(OSSL_PARAM_BLD_to_param(bld));
    PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return nullptr;
    return PKey(key);
}

PKey rsaKey(const QJsonObject &jwk)
{
    Bn n = bignum(b64(jwk, "n"));
    Bn e = bignum(b64(jwk, "e"));
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return nullptr;
    return keyFromParams("RSA", bld.get());
}

PKey ecKey(const QJsonObject &jwk, const char *group, int coordinateSize)
{
    const QByteArray x = b64(jwk, "x"), y = b64(jwk, "y");
    if (x.size() != coordinateSize || y.size() != coordinateSize)
        return nullptr;
    const QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed SEC1 point
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0)
        || !OSSL_PARAM_BLD_push_octet_string(
            bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())))
        return nullptr;
    return keyFromParams("EC", bld.get());
}

// JWS carries ECDSA signatures as r||s; libcrypto wants DER.
QByteArray ecdsaToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    EcSig sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), half, nullptr);
    BIGNUM *s
        = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + half, half, nullptr);
    if (!sig || !r || !s || !ECDSA_SIG_set0(sig.get(), r, s)) {
        BN_free(r);
        BN_free(s);
        return QByteArray();
    }
    unsigned char *der = nullptr;
    const int len = i2d_ECDSA_SIG(sig.get(), &der);
    QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char *>(der), len) : QByteArray();
    OPENSSL_free(der);
    return out;
}

struct Algorithm
{
    const char *kty;
    const EVP_MD *(*md)();
    bool pss = false;
    const char *curve = nullptr;
    int coordinateSize = 0;
};

std::optional<Algorithm> algorithm(const QString &alg)
{
    if (alg == QLatin1String("RS256"))
        return Algorithm {"RSA", EVP_sha256};
    if (alg == QLatin1String("RS384"))
        return Algorithm {"RSA", EVP_sha384};
    if (alg == QLatin1String("RS512"))
        return Algorithm {"RSA", EVP_sha512};
    if (alg == QLatin1String("PS256"))
        return Algorithm {"RSA", EVP_sha256, true};
    if (alg == QLatin1String("PS384"))
        return Algorithm {"RSA", EVP_sha384, true};
    if (alg == QLatin1String("PS512"))
        return Algorithm {"RSA", EVP_sha512, true};
    if (alg == QLatin1String("ES256"))
        return Algorithm {"EC", EVP_sha256, false, "prime256v1", 32};
    if (alg == QLatin1String("ES384"))
        return Algorithm {"EC", EVP_sha384, false, "secp384r1", 48};
    return std::nullopt; // "none" and HMAC never verify an ID token from a public client
}

std::optional<QJsonObject>
findKey(const QJsonObject &jwks, const QJsonObject &header, const Algorithm &alg)
{
    const QString kid = header.value(QLatin1String("kid")).toString();
    for (const QJsonValue &value : jwks.value(QLatin1String("keys")).toArray()) {
        const QJsonObject key = value.toObject();
        if (key.value(QLatin1String("kty")).toString() != QLatin1String(alg.kty))
            continue;
        if (!kid.isEmpty() && key.value(QLatin1String("kid")).toString() != kid)
            continue;
        const QString use = key.value(QLatin1String("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig"))
            continue;
        return key;
    }
    return std::nullopt;
}

} // namespace

QString verifyJwtSignature(const Jwt &jwt, const QJsonObject &jwks)
{
    const QString name = jwt.header.value(QLatin1String("alg")).toString();
    const auto alg = algorithm(name);
    if (!alg)
        return translated(QT_TRANSLATE_NOOP(
                              "wharf::auth::oidc",
                              "The identity token is signed with an unsupported algorithm (%1)."))
            .arg(name);
    const auto jwk = findKey(jwks, jwt.header, *alg);
    if (!jwk)
        return translated(QT_TRANSLATE_NOOP(
            "wharf::auth::oidc", "The provider's key set has no key for the identity token."));
    const PKey key = alg->curve ? ecKey(*jwk, alg->curve, alg->coordinateSize) : rsaKey(*jwk);
    const QByteArray signature = alg->curve ? ecdsaToDer(jwt.signature) : jwt.signature;
    MdCtx md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    bool ok = key && md && !signature.isEmpty()
        && EVP_DigestVerifyInit(md.get(), &pctx, alg->md(), nullptr, key.get()) > 0;
    if (ok && alg->pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) > 0
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) > 0;
    }
    ok = ok
        && EVP_DigestVerify(md.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(jwt.signingInput.constData()),
                            size_t(jwt.signingInput.size()))
            == 1;
    return ok ? QString()
              : translated(QT_TRANSLATE_NOOP("wharf::auth::oidc",
                                             "The identity token's signature is not valid."));
}

} // namespace wharf::auth::oidc
