"""A small in-process OpenID Provider for the harness's self-test (standard library + the
openssl CLI for the RSA key). It signs a fixed account in without a login page: /auth answers
with the redirect to the client at once. The real provider for the client's own tests is
tests/e2e/oidc/op.mjs (oidc-provider); this one only exercises the emulators' client side.
"""
import base64
import hashlib
import json
import re
import secrets
import subprocess
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import oidcrp


def _rsa_key():
    """(n, e, d) of a fresh 2048-bit RSA key made by the openssl CLI."""
    with tempfile.TemporaryDirectory() as tmp:
        pem = Path(tmp) / "key.pem"
        subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt",
                        "rsa_keygen_bits:2048", "-out", str(pem)], check=True,
                       capture_output=True)
        text = subprocess.run(["openssl", "pkey", "-in", str(pem), "-text", "-noout"],
                              check=True, capture_output=True, text=True).stdout

    def number(label):
        m = re.search(label + r":\s*\n((?:\s+[0-9a-f:]+\n)+)", text)
        return int(re.sub(r"[^0-9a-f]", "", m.group(1)), 16)

    e = int(re.search(r"publicExponent: (\d+)", text).group(1))
    return number("modulus"), e, number("privateExponent")


def _int_b64(i: int) -> str:
    return oidcrp.b64url(i.to_bytes((i.bit_length() + 7) // 8, "big"))


class FakeOp:
    """Start with start(), stop with stop(). Clients: {client_id: (secret, [redirect_uris])}."""

    def __init__(self):
        self.clients = {}
        self.account = {"sub": "alice", "email": "alice@example.test", "email_verified": True}
        self.issue_refresh = True  # False: a provider that never sends refresh tokens
        self.wrong_key = False  # True: sign ID tokens with a key the JWKS does not have
        # True: like oidc-provider's conformIdTokenClaims, scope claims (email) only at /me
        self.conform = False
        self._access = {}  # access token -> claims for /me
        self.authorize_requests = []  # the query of every /auth request, for assertions
        self.token_requests = []  # (headers, form) of every /token request
        self._codes = {}
        self._key, self._other = _rsa_key(), _rsa_key()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.issuer = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._server.shutdown()
        self._server.server_close()

    def id_token(self, claims: dict) -> str:
        n, _, d = self._other if self.wrong_key else self._key
        head = oidcrp.b64url(json.dumps({"alg": "RS256", "kid": "k1"}).encode())
        body = oidcrp.b64url(json.dumps(claims).encode())
        digest = oidcrp._SHA256_INFO + hashlib.sha256(f"{head}.{body}".encode()).digest()
        size = (n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (size - len(digest) - 3) + b"\x00" + digest
        sig = pow(int.from_bytes(em, "big"), d, n).to_bytes(size, "big")
        return f"{head}.{body}.{oidcrp.b64url(sig)}"

    def _handler(self):
        op = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def reply(self, status, body=None, headers=()):
                raw = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                if body is not None:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                q = dict(urllib.parse.parse_qsl(url.query))
                if url.path == "/.well-known/openid-configuration":
                    iss = op.issuer
                    return self.reply(200, {
                        "issuer": iss, "authorization_endpoint": f"{iss}/auth",
                        "token_endpoint": f"{iss}/token", "jwks_uri": f"{iss}/jwks",
                        "userinfo_endpoint": f"{iss}/me",
                        "code_challenge_methods_supported": ["S256"]})
                if url.path == "/jwks":
                    n, e, _ = op._key
                    return self.reply(200, {"keys": [{"kty": "RSA", "kid": "k1", "alg": "RS256",
                                                      "use": "sig", "n": _int_b64(n),
                                                      "e": _int_b64(e)}]})
                if url.path == "/me":
                    claims = op._access.get(self.headers.get("Authorization", "")[7:])
                    return self.reply(200, claims) if claims else self.reply(401, {})
                if url.path == "/auth":
                    op.authorize_requests.append(q)
                    client = op.clients.get(q.get("client_id"))
                    if not client or q.get("redirect_uri") not in client[1]:
                        return self.reply(400, {"error": "invalid_request"})
                    code = secrets.token_urlsafe(16)
                    offline = "offline_access" in q.get("scope", "").split() \
                        and q.get("prompt") == "consent"
                    op._codes[code] = dict(q, offline=offline)
                    back = {"code": code, "iss": op.issuer}
                    if "state" in q:
                        back["state"] = q["state"]
                    sep = "&" if "?" in q["redirect_uri"] else "?"
                    location = q["redirect_uri"] + sep + urllib.parse.urlencode(back)
                    return self.reply(302, headers=[("Location", location)])
                self.reply(404, {"error": "not_found"})

            def do_POST(self):
                if self.path != "/token":
                    return self.reply(404, {"error": "not_found"})
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                f = dict(urllib.parse.parse_qsl(raw.decode()))
                op.token_requests.append((dict(self.headers), f))
                auth = self.headers.get("Authorization", "")
                try:
                    cid, secret = (urllib.parse.unquote(p) for p in
                                   base64.b64decode(auth[6:]).decode().split(":", 1))
                except ValueError:
                    return self.reply(401, {"error": "invalid_client"})
                if not auth.startswith("Basic ") or cid not in op.clients \
                        or op.clients[cid][0] != secret:
                    return self.reply(401, {"error": "invalid_client"})
                grant = op._codes.pop(f.get("code", ""), None)  # single use
                if f.get("grant_type") != "authorization_code" or not grant \
                        or grant["client_id"] != cid \
                        or grant["redirect_uri"] != f.get("redirect_uri"):
                    return self.reply(400, {"error": "invalid_grant"})
                if "code_challenge" in grant:
                    verifier = f.get("code_verifier", "")
                    got = oidcrp.b64url(hashlib.sha256(verifier.encode()).digest())
                    if got != grant["code_challenge"]:
                        return self.reply(400, {"error": "invalid_grant"})
                now = int(time.time())
                person = {"sub": op.account["sub"]} if op.conform else op.account
                claims = {"iss": op.issuer, "aud": cid, "iat": now, "exp": now + 300, **person}
                if "nonce" in grant:
                    claims["nonce"] = grant["nonce"]
                access = secrets.token_urlsafe(24)
                op._access[access] = dict(op.account)
                body = {"access_token": access, "token_type": "Bearer",
                        "expires_in": 300, "id_token": op.id_token(claims),
                        "scope": grant.get("scope", "")}
                if grant["offline"] and op.issue_refresh:
                    body["refresh_token"] = secrets.token_urlsafe(24)
                self.reply(200, body)

        return Handler
