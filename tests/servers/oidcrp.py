"""OpenID Connect relying-party plumbing shared by the Contaxy and Project-W emulators.

Both platforms sign users in through an external OpenID Provider as confidential "web"
clients (authorization code flow). Standard library only: discovery and the code exchange
use urllib, ID-token signatures (RS256) are checked with plain modular arithmetic.
Importing this module has no side effects.
"""
import base64
import hashlib
import hmac
import json
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Optional


class OidcError(Exception):
    """Something the provider answered or sent that the flow cannot accept."""


class Client:
    """One registered client of one provider: issuer, credentials, cached discovery."""

    def __init__(self, issuer: str, client_id: str, client_secret: str):
        self.issuer = issuer.rstrip("/")
        self.client_id, self.client_secret = client_id, client_secret
        self._meta: Optional[dict] = None
        self._jwks: Optional[dict] = None

    def metadata(self) -> dict:
        # Discovered lazily: the emulator may start before its provider does.
        if self._meta is None:
            meta = _get_json(f"{self.issuer}/.well-known/openid-configuration")
            if meta.get("issuer", "").rstrip("/") != self.issuer:
                raise OidcError(f"discovery names issuer {meta.get('issuer')!r}")
            self._meta = meta
        return self._meta

    def authorize_url(self, params: dict) -> str:
        query = urllib.parse.urlencode({"client_id": self.client_id, **params})
        return f"{self.metadata()['authorization_endpoint']}?{query}"

    def exchange_code(self, code: str, redirect_uri: str, verifier: Optional[str] = None) -> dict:
        """The token response for an authorization code (client_secret_basic)."""
        fields = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        if verifier:
            fields["code_verifier"] = verifier
        basic = base64.b64encode(f"{_form_quote(self.client_id)}:"
                                 f"{_form_quote(self.client_secret)}".encode()).decode()
        request = urllib.request.Request(
            self.metadata()["token_endpoint"], data=urllib.parse.urlencode(fields).encode(),
            headers={"Authorization": f"Basic {basic}", "Accept": "application/json",
                     "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=10) as reply:
                return json.loads(reply.read())
        except urllib.error.HTTPError as e:
            raise OidcError(f"token endpoint answered {e.code}: {e.read()[:300]!r}") from None
        except (OSError, ValueError) as e:
            raise OidcError(f"token endpoint unreachable: {e}") from None

    def supports_pkce(self) -> bool:
        return "S256" in self.metadata().get("code_challenge_methods_supported", [])

    def userinfo(self, access_token: str) -> dict:
        endpoint = self.metadata().get("userinfo_endpoint")
        if not endpoint or not access_token:
            return {}
        return _get_json(endpoint, {"Authorization": f"Bearer {access_token}"})

    def with_userinfo(self, claims: dict, tokens: dict, wanted: tuple) -> dict:
        """ID-token claims, completed from the userinfo endpoint when some of `wanted` are
        missing. A provider that follows OpenID Connect Core §5.4 to the letter (oidc-provider's
        conformIdTokenClaims) puts scope claims such as `email` only there in the code flow;
        the platforms' own deployments use providers that put them into the ID token."""
        if all(k in claims for k in wanted):
            return claims
        extra = self.userinfo(tokens.get("access_token", ""))
        if extra.get("sub") != claims.get("sub"):  # §5.3.4: must be the same user
            return claims
        return {**{k: extra[k] for k in wanted if k in extra}, **claims}

    def verified_claims(self, id_token: str, nonce: Optional[str]) -> dict:
        """Claims of an ID token whose RS256 signature, iss, aud, exp and nonce all check out."""
        header, claims, signed, signature = split_jwt(id_token)
        if header.get("alg") != "RS256":
            raise OidcError(f"unsupported ID token algorithm {header.get('alg')!r}")
        key = self._key(header.get("kid"))
        if not rs256_valid(key, signed, signature):
            raise OidcError("bad ID token signature")
        aud = claims.get("aud")
        if claims.get("iss", "").rstrip("/") != self.issuer:
            raise OidcError("ID token from another issuer")
        if self.client_id not in (aud if isinstance(aud, list) else [aud]):
            raise OidcError("ID token for another audience")
        if not isinstance(claims.get("exp"), (int, float)) or claims["exp"] < time.time() - 30:
            raise OidcError("ID token expired")
        if nonce is not None and claims.get("nonce") != nonce:
            raise OidcError("ID token nonce does not match")
        return claims

    def _key(self, kid: Optional[str]) -> dict:
        for refresh in (False, True):  # a key rotation shows up as an unknown kid
            if self._jwks is None or refresh:
                self._jwks = _get_json(self.metadata()["jwks_uri"])
            for k in self._jwks.get("keys", []):
                if k.get("kty") == "RSA" and (kid is None or k.get("kid") == kid):
                    return k
        raise OidcError(f"no RSA key {kid!r} in the provider's JWKS")


def add_args(p, client_id: str) -> None:
    """--oidc-issuer and the client credentials registered with that provider."""
    p.add_argument("--oidc-issuer", help="OpenID Provider to sign users in with (SSO)")
    p.add_argument("--oidc-client-id", default=client_id)
    p.add_argument("--oidc-client-secret", default=f"{client_id}-secret")


def client_from(args) -> Optional[Client]:
    if not args.oidc_issuer:
        return None
    return Client(args.oidc_issuer, args.oidc_client_id, args.oidc_client_secret)


def pkce_pair() -> tuple:
    verifier = secrets.token_urlsafe(48)
    challenge = b64url(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def split_jwt(token: str) -> tuple:
    """(header, claims, signed part, signature) of a compact JWS, without checking anything."""
    try:
        h, c, s = token.split(".")
        return (json.loads(b64url_decode(h)), json.loads(b64url_decode(c)),
                f"{h}.{c}".encode(), b64url_decode(s))
    except (ValueError, AttributeError) as e:
        raise OidcError(f"not a JWT: {e}") from None


def unverified_claims(token: str) -> dict:
    return split_jwt(token)[1]


# DER prefix of a SHA-256 DigestInfo (RFC 8017 §9.2, note 1).
_SHA256_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


def rs256_valid(jwk: dict, signed: bytes, signature: bytes) -> bool:
    """RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3), verified with pow()."""
    n = int.from_bytes(b64url_decode(jwk["n"]), "big")
    e = int.from_bytes(b64url_decode(jwk["e"]), "big")
    size = (n.bit_length() + 7) // 8
    if len(signature) != size:
        return False
    em = pow(int.from_bytes(signature, "big"), e, n).to_bytes(size, "big")
    digest = _SHA256_INFO + hashlib.sha256(signed).digest()
    expected = b"\x00\x01" + b"\xff" * (size - len(digest) - 3) + b"\x00" + digest
    return hmac.compare_digest(em, expected)


def hs256_jwt(claims: dict, secret: bytes) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64url(sig)}"


def hs256_claims(token: str, secret: bytes) -> Optional[dict]:
    """Claims of an HS256 JWT signed with `secret` that has not expired; None otherwise."""
    try:
        header, claims, signed, signature = split_jwt(token)
    except OidcError:
        return None
    good = hmac.new(secret, signed, hashlib.sha256).digest()
    if header.get("alg") != "HS256" or not hmac.compare_digest(good, signature):
        return None
    if not isinstance(claims.get("exp"), (int, float)) or claims["exp"] < time.time():
        return None
    return claims


class SignedCookie:
    """A JSON value in a cookie, signed with HMAC-SHA256 (like Starlette's session cookie)."""

    def __init__(self, name: str, secret: bytes):
        self.name, self.secret = name, secret

    def dump(self, value: dict) -> str:
        body = b64url(json.dumps(value, separators=(",", ":")).encode())
        return f"{body}.{b64url(hmac.new(self.secret, body.encode(), hashlib.sha256).digest())}"

    def load(self, raw: Optional[str]) -> dict:
        try:
            body, sig = (raw or "").split(".")
            good = b64url(hmac.new(self.secret, body.encode(), hashlib.sha256).digest())
            if hmac.compare_digest(good, sig):
                value = json.loads(b64url_decode(body))
                return value if isinstance(value, dict) else {}
        except ValueError:
            pass
        return {}  # missing, tampered or from an earlier run: an empty session


def _form_quote(text: str) -> str:
    return urllib.parse.quote(text, safe="")  # RFC 6749 §2.3.1: form-encode, then Basic


def _get_json(url: str, headers: Optional[dict] = None) -> dict:
    try:
        request = urllib.request.Request(url, headers=headers or {})
        with urllib.request.urlopen(request, timeout=10) as reply:
            value = json.loads(reply.read())
    except (OSError, ValueError) as e:
        raise OidcError(f"cannot read {url}: {e}") from None
    if not isinstance(value, dict):
        raise OidcError(f"{url} is not a JSON object")
    return value
