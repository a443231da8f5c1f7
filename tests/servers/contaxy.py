"""Contaxy emulator (shared/reference/contaxy.md, upstream v0.0.23). Routes sit at the root.

Run: /usr/bin/python3 tests/servers/contaxy.py --port P [--ssl-certfile F --ssl-keyfile K]
     [--oidc-issuer URL [--oidc-client-id ID --oidc-client-secret S]]
     [--uninitialized] [--no-self-registration]
"""
import secrets
import string
import sys
import time
from enum import Enum
from typing import Callable, List, Optional, Tuple

from fastapi import Depends, Form, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.security import APIKeyCookie, APIKeyHeader, APIKeyQuery, OAuth2PasswordBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

import common
import contaxy_deployments
import contaxy_extensions
import contaxy_documents
import contaxy_projects
import contaxy_users
import oidcrp

DEMO_USER = "alice"
DEMO_EMAIL = "alice@example.test"
DEMO_PASSWORD = "alice-password"
DEMO_USER_ID = "k3alice7demo2user9xq4w8m5"  # shortuuid shape: 25 lowercase letters/digits
# A second ordinary user, so that there is someone to add to a project (§6 members).
SECOND_USER, SECOND_EMAIL, SECOND_PASSWORD = "dana", "dana@example.test", "dana-password"
SECOND_USER_ID = "d7dana2second4user8demo3k"
# Purposes POST /auth/tokens refuses (§3.2).
RESERVED_PURPOSES = {"user-api-token", "project-api-token", "service-access-token", "login-token",
                     "refresh-token"}
LEVELS = {"read": 1, "write": 2, "admin": 3}
SESSION_MINUTES = 15  # JWT_TOKEN_EXPIRY_MINUTES
TOKEN_CACHE_SECONDS = 300  # API_TOKEN_CACHE_EXPIRY: lookups are remembered this long (§3.2)


class Problem(Exception):
    """Contaxy's ProblemDetails error (§2.1): empty fields are left out of the body."""

    def __init__(self, code: int, message: str, explanation: str = "", details=None):
        self.code, self.message = code, message
        self.explanation, self.details = explanation, details


class OAuthError(Exception):
    """The OAuth endpoints answer RFC 6749 bodies instead (§2.1): 400 {"error": ...}."""

    def __init__(self, error: str):
        self.error = error


class State:
    def __init__(self):
        now = common.utc_now().isoformat()
        self.users = {DEMO_USER_ID: {
            "id": DEMO_USER_ID, "username": DEMO_USER, "email": DEMO_EMAIL, "disabled": False,
            "technical_user": False, "created_at": now, "last_activity": now,
            "has_password": True}}
        self.users[SECOND_USER_ID] = {
            "id": SECOND_USER_ID, "username": SECOND_USER, "email": SECOND_EMAIL,
            "disabled": False, "technical_user": False, "created_at": now, "last_activity": now,
            "has_password": True}
        self.passwords = {DEMO_USER_ID: DEMO_PASSWORD, SECOND_USER_ID: SECOND_PASSWORD}
        self.permissions = {uid: user_permissions(uid) for uid in self.users}
        self.grants = {}  # login (lower case) -> permissions for a user that may not exist yet
        # token -> {"subject": user id or "projects/<id>", "scopes": [...], "purpose": str,
        #           "description": str, "created_at": datetime, "created_by": "users/<id>"}
        self.tokens = {}
        # Revoked tokens whose lookup the server still has cached: token -> (entry, until).
        self.revoked_cache = {}
        self.oidc: Optional[oidcrp.Client] = None
        self.pkce = {}  # state -> PKCE verifier (see login_page)
        self.jwt_secret = secrets.token_bytes(32)  # JWT_TOKEN_SECRET of this run
        self.on_new_user: Callable[[str], None] = lambda uid: None  # home project (projects)
        self.initialized = True  # system_state "running"; --uninitialized starts without users
        self.registration = True  # USER_REGISTRATION_ENABLED (§4)
        self.healthy = True  # what GET /system/health answers (POST /__wharf__/health)

    def find_login(self, name: str) -> Optional[str]:
        # Logins match the username or the e-mail, case-insensitively (§3.4).
        for uid, u in self.users.items():
            if name.lower() in (u["username"].lower(), (u["email"] or "").lower()):
                return uid
        return None

    def new_token(self, uid: str, scopes: List[str], purpose: str, description: str,
                  created_by: Optional[str] = None) -> str:
        """uid: a user id, or a resource name such as "projects/<id>" for project tokens."""
        token = secrets.token_hex(20)  # API tokens: 40 lowercase hex characters (§3.2)
        self.tokens[token] = {"subject": uid, "scopes": scopes, "purpose": purpose,
                              "description": description, "created_at": common.utc_now(),
                              "created_by": created_by or subject_name(uid)}
        return token

    def register_by_email(self, email: str) -> str:
        """Creates an SSO user (no password); the username is derived from the e-mail."""
        base = "".join(c for c in email.split("@")[0].lower() if c.isalnum() or c in "-_")
        name, n = base or "user", 1
        while self.find_login(name) is not None:
            n += 1
            name = f"{base}{n}"
        return self.add_user(name, email, None)

    def add_user(self, name: str, email: Optional[str], password: Optional[str],
                 technical: bool = False, disabled: bool = False) -> str:
        """A new user with the default permissions and a home project (§2.4, §4)."""
        uid = "".join(secrets.choice(string.ascii_lowercase + string.digits) for _ in range(25))
        now = common.utc_now().isoformat()
        self.users[uid] = {"id": uid, "username": name, "email": email, "disabled": disabled,
                           "technical_user": technical, "created_at": now,
                           "last_activity": now, "has_password": bool(password)}
        if password:
            self.passwords[uid] = password
        self.permissions[uid] = user_permissions(uid)
        for login in (name, (email or "").lower()):
            self.permissions[uid] += self.grants.get(login, [])
        self.on_new_user(uid)
        return uid

    def remove_user(self, uid: str) -> None:
        """DELETE /users/{id}: the user, password, permissions and tokens go; the home
        project stays (§4)."""
        self.users.pop(uid, None)
        self.passwords.pop(uid, None)
        self.permissions.pop(uid, None)
        for token in [t for t, e in self.tokens.items() if e["subject"] == uid]:
            del self.tokens[token]

    def initialize(self, admin_password: str) -> None:
        """POST /system/initialize: the technical user `admin` with roles/admin (§5, §11)."""
        uid = self.add_user("admin", None, admin_password, technical=True)
        self.permissions[uid].append("*#admin")
        self.initialized = True

    def uninitialize(self) -> None:
        """A fresh server before POST /system/initialize: no users at all (§3.4, §11)."""
        self.users, self.passwords, self.permissions, self.tokens = {}, {}, {}, {}
        self.initialized = False


def subject_name(subject: str) -> str:
    """The resource name of a token subject: users are kept by id, projects by name."""
    return subject if "/" in subject else f"users/{subject}"


def user_permissions(uid: str) -> List[str]:
    # What a registered user holds, roles resolved (§2.4): self, home project, roles/user.
    return [f"users/{uid}#admin", f"projects/{uid}#admin", "projects/ctxy-global#read",
            "system/allowed-images#read"]


def covers(granted: str, wanted: str) -> bool:
    """The permission matching rule of §2.4 (roles are already resolved here)."""
    if "#" not in granted or "#" not in wanted:
        return False
    g_res, g_lvl = granted.rsplit("#", 1)
    w_res, w_lvl = wanted.rsplit("#", 1)
    g_res, w_res = g_res.strip("/:"), w_res.strip("/:")
    if LEVELS.get(w_lvl, 99) > LEVELS.get(g_lvl, 0):
        return False
    return g_res == "*" or w_res == g_res or w_res.startswith((g_res + "/", g_res + ":"))


STATE = State()
app = common.make_app("Contaxy emulator")


def problem_body(code: int, message: str, explanation: str = "", details=None) -> dict:
    body = {"code": code, "message": message}
    if explanation:
        body["explanation"] = explanation
    if details is not None:
        body["details"] = details
    return body


@app.exception_handler(Problem)
async def _problem(_: Request, e: Problem):
    return JSONResponse(problem_body(e.code, e.message, e.explanation, e.details), e.code)


@app.exception_handler(OAuthError)
async def _oauth(_: Request, e: OAuthError):
    return JSONResponse({"error": e.error}, 400)


@app.exception_handler(StarletteHTTPException)
async def _http(_: Request, e: StarletteHTTPException):
    # Unknown route -> {"code":404,"message":"Not Found"}; 405 likewise (§2.1).
    return JSONResponse(problem_body(e.status_code, str(e.detail)), e.status_code,
                        headers=getattr(e, "headers", None))


@app.exception_handler(RequestValidationError)
async def _validation(_: Request, e: RequestValidationError):
    errors = e.errors()
    return JSONResponse(problem_body(422, errors[0]["msg"] if errors else "Validation error",
                                     details=errors), 422)


# The four token transports of §3.1, declared as security schemes like upstream does.
_token_query = APIKeyQuery(name="ct_token", auto_error=False)
_token_header = APIKeyHeader(name="ct_token", auto_error=False)
_token_bearer = OAuth2PasswordBearer(tokenUrl="auth/oauth/token", auto_error=False)
_token_cookie = APIKeyCookie(name="ct_token", auto_error=False)


def presented_token(q: Optional[str] = Depends(_token_query),
                    h: Optional[str] = Depends(_token_header),
                    b: Optional[str] = Depends(_token_bearer),
                    c: Optional[str] = Depends(_token_cookie)) -> Optional[str]:
    return q or h or b or c  # first present wins, in this order (§3.1)


def current_token(token: Optional[str] = Depends(presented_token)) -> Tuple[str, dict]:
    """The presented token and what it grants: {"subject", "scopes", ...}."""
    return resolve_token(token)


def resolve_token(token: Optional[str]) -> Tuple[str, dict]:
    if not token:
        raise Problem(401, "No API token was provided.",
                      "Send the token as Authorization: Bearer, ct_token header, query or cookie.")
    entry = STATE.tokens.get(token)
    if entry is None and STATE.revoked_cache.get(token, (None, 0))[1] > time.monotonic():
        entry = STATE.revoked_cache[token][0]  # revoked, but the cached lookup still says yes
    elif entry is not None and entry.get("cached_until", 0) <= time.monotonic():
        entry["cached_until"] = time.monotonic() + TOKEN_CACHE_SECONDS
    # The server guesses "JWT" when the token is not 40 chars and not all lowercase (§3.2).
    if entry is None and len(token) != 40 and token != token.lower():
        claims = oidcrp.hs256_claims(token, STATE.jwt_secret)
        subject = (claims or {}).get("sub", "")
        if not subject.startswith("users/") or subject[6:] not in STATE.users:
            raise Problem(401, "Session token is not valid.",
                          "The session token could not be decoded or has expired.")
        entry = {"subject": subject[6:], "scopes": claims.get("scope", []), "purpose": None}
    if entry is None:
        raise Problem(401, "The provided API token does not exist in the database.",
                      "Log in again or create a new API token.")
    return token, entry


def current_user(t: Tuple[str, dict] = Depends(current_token)) -> dict:
    if t[1]["subject"] not in STATE.users:  # a project token is no user's
        raise Problem(403, "The token subject does not have the required permission.")
    return STATE.users[t[1]["subject"]]


def denial(entry: dict, wanted: str) -> Optional[str]:
    """Why the token may not do `wanted`, or None: both the token's scopes and its subject's
    permissions must grant it (§2.4)."""
    if not any(covers(g, wanted) for g in entry["scopes"]):
        return "The authorized token does not have the required scope."
    if not any(covers(g, wanted) for g in STATE.permissions.get(entry["subject"], [])):
        return "The token subject does not have the required permission."
    return None


app.include_router(contaxy_projects.router(STATE, current_token, denial, Problem))
app.include_router(contaxy_deployments.router(STATE, current_token, denial, Problem))
app.include_router(contaxy_extensions.router(STATE, current_token, denial, Problem))
app.include_router(contaxy_users.router(STATE, presented_token, resolve_token, current_token,
                                        denial, Problem))


def need(t: Tuple[str, dict], permission: str):
    reason = denial(t[1], permission)
    if reason:
        raise Problem(403, reason)


app.include_router(contaxy_documents.router(current_token, need, Problem))
# The demo user is admin of the seeded projects.
STATE.permissions[DEMO_USER_ID] += ["projects/demo-project#admin", "projects/speech-lab#admin"]
# dana may work in the speech lab but not manage its members: a non-admin for the tests.
STATE.permissions[SECOND_USER_ID].append("projects/speech-lab#write")


# A running server was initialized once: it has the admin user (password "admin").
STATE.initialize(contaxy_users.ADMIN_INITIAL_PASSWORD)


@app.post("/auth/oauth/token")
def request_token(grant_type: str = Form(...), username: Optional[str] = Form(None),
                  password: Optional[str] = Form(None), scope: Optional[str] = Form(None),
                  client_id: Optional[str] = Form(None), client_secret: Optional[str] = Form(None),
                  code: Optional[str] = Form(None), redirect_uri: Optional[str] = Form(None),
                  refresh_token: Optional[str] = Form(None), state: Optional[str] = Form(None),
                  set_as_cookie: Optional[bool] = Form(False)):
    if not STATE.initialized:
        raise Problem(400, "Login is not possible before system has been initialized!")
    if grant_type != "password":
        raise OAuthError("invalid_grant")  # refresh, client credentials, code: not implemented
    if not username or not password:
        raise OAuthError("invalid_request")
    uid = STATE.find_login(username)
    if uid is None or STATE.passwords.get(uid) != password:
        raise OAuthError("unauthorized_client")
    scopes = scope.split() if scope else ["*#admin"]
    token = STATE.new_token(uid, scopes, "login-token", f"Login token for user {uid}.")
    if set_as_cookie:
        return set_login_cookies(Response(status_code=200), token, uid)  # empty body
    return {"token_type": "bearer", "access_token": token, "scope": " ".join(scopes)}


def set_login_cookies(resp: Response, token: str, uid: str) -> Response:
    resp.set_cookie("ct_token", token, httponly=True)
    resp.set_cookie("ctxy_authorized_user", uid)  # plain user id, not HttpOnly (§3.1)
    return resp


# --- External OIDC sign-in (§3.3, §3.4): cookie-only, for browsers -------------------------

CALLBACK_ROUTE = "auth/oauth/callback"


@app.get("/auth/oauth/enabled")
def oauth_enabled():
    # OIDC_AUTH_ENABLED as a bare 0/1 body without a content type (§2.1, §3.3).
    return Response(content=str(int(STATE.oidc is not None)))


@app.get("/auth/login-page", status_code=303)
def open_login_page(request: Request):
    if STATE.oidc is None:
        raise Problem(500, "External OIDC Provider is not configured. Please set OIDC_AUTH_URL "
                           "and further relevant OIDC config params.")
    state = secrets.token_urlsafe(22)  # oauthlib's 30-character state
    params = {"response_type": "code", "redirect_uri": f"{request.base_url}{CALLBACK_ROUTE}",
              "scope": "openid email", "state": state}
    try:
        # Upstream's oauthlib session sends no PKCE; the test provider (op.mjs) demands it from
        # every client, so use it where the provider offers it. Invisible to the browser.
        if STATE.oidc.supports_pkce():
            STATE.pkce[state], params["code_challenge"] = oidcrp.pkce_pair()
            params["code_challenge_method"] = "S256"
        url = STATE.oidc.authorize_url(params)
    except oidcrp.OidcError as e:
        print(f"contaxy: login page: {e}", file=sys.stderr)
        raise Problem(500, "Internal server error!")
    resp = RedirectResponse(url, status_code=303)
    resp.set_cookie("oauth_state", state, httponly=True)
    return resp


@app.get("/auth/oauth/callback", status_code=303)
def login_callback(request: Request, code: str = Query(...), state: Optional[str] = Query(None)):
    # Like upstream: the state is passed along but not compared with the oauth_state cookie,
    # and the ID token's signature is not verified (§3.3).
    if STATE.oidc is None:
        raise Problem(500, "Internal server error!")
    try:
        tokens = STATE.oidc.exchange_code(code, f"{request.base_url}{CALLBACK_ROUTE}",
                                          STATE.pkce.pop(state or "", None))
        claims = oidcrp.unverified_claims(tokens.get("id_token", ""))
        email = STATE.oidc.with_userinfo(claims, tokens, ("email",)).get("email")
    except oidcrp.OidcError as e:
        print(f"contaxy: callback: {e}", file=sys.stderr)
        raise Problem(500, "Internal server error!")
    if not email:
        raise Problem(500, "Internal server error!")  # upstream: a bare assert
    uid = STATE.find_login(email) or STATE.register_by_email(email)
    token = STATE.new_token(uid, ["*#admin"], "login-token", f"Login token for user {uid}.")
    return set_login_cookies(RedirectResponse(f"{request.base_url}app/", status_code=303),
                             token, uid)


@app.get("/auth/logout", status_code=307)
def logout_user_session(t: Tuple[str, dict] = Depends(current_token)):
    STATE.tokens.pop(t[0], None)  # the token that made the request; a JWT is not stored
    resp = RedirectResponse("/welcome", status_code=307)
    resp.delete_cookie("ct_token")
    resp.delete_cookie("ctxy_authorized_user")
    return resp


class TokenType(str, Enum):
    SESSION_TOKEN = "session-token"
    API_TOKEN = "api-token"


@app.post("/auth/tokens")
def create_token(scopes: Optional[List[str]] = Query(None, alias="scope"),
                 token_type: TokenType = Query(TokenType.SESSION_TOKEN),
                 description: Optional[str] = Query(None),
                 token_purpose: Optional[str] = Query("custom-token-purpose"),
                 t: Tuple[str, dict] = Depends(current_token)):
    entry = t[1]
    if token_purpose in RESERVED_PURPOSES:
        raise Problem(400, f"Cannot generate token with purpose {token_purpose} as it is a "
                           "reserved token purpose.")
    scopes = scopes or list(entry["scopes"])  # default: the calling token's scopes
    uid = entry["subject"]
    for wanted in scopes:  # both the token and its subject must grant each scope (§2.4)
        reason = denial(entry, wanted)
        if reason:
            raise Problem(403, reason)
    if uid in STATE.users:
        STATE.users[uid]["last_activity"] = common.utc_now().isoformat()
    if token_type == TokenType.API_TOKEN:
        token = STATE.new_token(uid, scopes, token_purpose, description or "")
    else:
        now = int(time.time())
        token = oidcrp.hs256_jwt({"sub": subject_name(uid), "scope": scopes, "iat": now,
                                  "exp": now + SESSION_MINUTES * 60}, STATE.jwt_secret)
    return JSONResponse(token)  # a bare JSON string (§3.3)


@app.get("/auth/tokens")
def list_api_tokens(token_subject: Optional[str] = Query(None),
                    t: Tuple[str, dict] = Depends(current_token)):
    """Stored tokens of a subject, secret values included (§3.3); admin on the subject."""
    entry = t[1]
    subject = (token_subject or subject_name(entry["subject"])).strip("/")
    reason = denial(entry, f"{subject}#admin")
    if reason:
        raise Problem(403, reason)
    return [api_token(token, e) for token, e in STATE.tokens.items()
            if subject_name(e["subject"]) == subject]


def api_token(token: str, e: dict) -> dict:
    return {"token": token, "token_type": "api-token", "subject": subject_name(e["subject"]),
            "scopes": e["scopes"], "created_at": e["created_at"].isoformat(),
            "expires_at": None, "description": e["description"],
            "created_by": e.get("created_by"), "token_purpose": e["purpose"]}


@app.post("/auth/oauth/revoke")
def revoke_token(token: str = Form(...), token_type_hint: Optional[str] = Form(None)):
    # The same guess as for authentication (§3.2): JWTs are not stored, so not revocable.
    if token not in STATE.tokens and len(token) != 40 and token != token.lower():
        raise OAuthError("unsupported_token_type")
    entry = STATE.tokens.pop(token, None)  # unknown tokens are ignored
    # A token looked up in the last 5 minutes keeps working until its cached lookup expires.
    if entry is not None and entry.get("cached_until", 0) > time.monotonic():
        STATE.revoked_cache[token] = (entry, entry["cached_until"])
    return JSONResponse(None)  # 200 with the body null


@app.post(f"{common.DEBUG_PREFIX}/grant")
def debug_grant(login: str, permission: str):
    """Test hook: give a user (by username or e-mail, now or once it registers) a permission,
    e.g. `*#admin` to make it a system admin."""
    STATE.grants.setdefault(login.lower(), []).append(permission)
    uid = STATE.find_login(login)
    if uid is not None:
        STATE.permissions[uid].append(permission)
    return {"login": login, "user_id": uid, "permission": permission}


@app.get("/users")
def list_users(t: Tuple[str, dict] = Depends(current_token)):
    """Every user, for any token (§4): system admins see whole User objects, everyone else
    UserRead. There is no search parameter; clients filter the list themselves."""
    if denial(t[1], "users#admin") is None:
        return list(STATE.users.values())
    return [{k: u[k] for k in ("id", "username", "email", "disabled")}
            for u in STATE.users.values()]


@app.get("/users/me")
def get_my_user(user: dict = Depends(current_user)):
    user["last_activity"] = common.utc_now().isoformat()  # upstream updates it here (§4)
    return user


def _add_args(p):
    oidcrp.add_args(p, "contaxy-emulator")
    p.add_argument("--uninitialized", action="store_true",
                   help="start as a fresh server: system_state uninitialized, no users")
    p.add_argument("--no-self-registration", action="store_true",
                   help="USER_REGISTRATION_ENABLED=false: only admins create users")


def _configure(args):
    STATE.oidc = oidcrp.client_from(args)
    STATE.registration = not args.no_self_registration
    if args.uninitialized:
        STATE.uninitialize()


if __name__ == "__main__":
    common.run(app, sys.argv[1:], _add_args, _configure)
