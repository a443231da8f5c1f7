"""Project-W emulator (shared/reference/project-w.md, upstream v0.6.0). Routes sit under /api.

Run: /usr/bin/python3 tests/servers/projectw.py --port P [--ssl-certfile F --ssl-keyfile K]
     [--session-minutes M | --session-seconds S] [--rolling-minutes R | --rolling-seconds S]
     [--tos-version N]
     [--oidc-issuer URL [--oidc-client-id ID --oidc-client-secret S] [--oidc-name NAME]]
"""
import re
import secrets
import sys
import time
from datetime import timedelta
from typing import Optional

from fastapi import Depends, Form, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

import common
import oidcrp
import projectw_jobs

DEMO_EMAIL = "alice@example.test"
DEMO_PASSWORD = "Alice-Password-1!"
LOGIN_OK = "Success. Returning your login token as a cookie"
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class State:
    def __init__(self):
        self.users = {1: {"id": 1, "email": DEMO_EMAIL, "accepted_tos": {"1": 1},
                          "provider_name": "project-W", "user_type": "local",
                          "is_verified": True}}
        self.passwords = {1: DEMO_PASSWORD}
        self.admins = set()
        # token -> {"user": id, "name": str, "explicit": bool, "expires": dt or None,
        #           "idp_refresh": the IdP refresh token an OIDC session is tied to}
        self.tokens = {}
        self.session_seconds = 60 * 60
        self.rolling_seconds = 10 * 60
        self.tos_version = 1  # the instance's one ToS (id 1); alice accepted version 1
        self.oidc: Optional[oidcrp.Client] = None
        self.oidc_name = "TestIdP"  # the provider's display name in the instance config
        # What auth_settings shows for it (a debug route changes it for tests).
        self.oidc_settings = {"hidden": False, "icon_url": None,
                              "allow_creation_of_api_tokens": True}
        self.oidc_users = {}  # (iss, sub) -> user id
        self.session_cookie = oidcrp.SignedCookie("session", secrets.token_bytes(32))

    def new_session(self, user_id: int, name: str, idp_refresh: Optional[str] = None) -> str:
        token = secrets.token_urlsafe(32)  # 43 url-safe characters, like upstream (§3)
        expires = common.utc_now() + timedelta(seconds=self.session_seconds)
        self.tokens[token] = {"user": user_id, "name": name, "explicit": False, "expires": expires,
                              "idp_refresh": idp_refresh}
        return token


STATE = State()
app = common.make_app("Project-W emulator")


class Unauthorized(Exception):
    def __init__(self, detail: str, challenge: bool = True):
        self.detail, self.challenge = detail, challenge


@app.exception_handler(Unauthorized)
async def _unauthorized(_: Request, e: Unauthorized):
    # Token checks send a WWW-Authenticate challenge (the spec declares it); login does not.
    headers = {"WWW-Authenticate": "Bearer"} if e.challenge else None
    return JSONResponse({"detail": e.detail}, 401, headers=headers)


def _v2_error(err: dict, raw) -> dict:
    """Reshape a pydantic 1 error like the pydantic 2 one upstream's FastAPI emits (§1)."""
    kind, ctx = err["type"], err.get("ctx")
    if kind == "value_error.missing":
        out = {"type": "missing", "loc": err["loc"], "msg": "Field required", "input": None}
    elif kind == "value_error.str.regex":
        out = {"type": "string_pattern_mismatch", "loc": err["loc"],
               "msg": f"String should match pattern '{ctx['pattern']}'", "input": raw,
               "ctx": {"pattern": ctx["pattern"]}}
    else:
        out = {"type": kind, "loc": err["loc"], "msg": err["msg"], "input": raw}
        if ctx:
            out["ctx"] = {k: str(v) for k, v in ctx.items()}
    return out


@app.exception_handler(RequestValidationError)
async def _validation(request: Request, e: RequestValidationError):
    details = []
    for err in e.errors():
        where, name = err["loc"][0], err["loc"][-1]
        source = {"body": e.body if hasattr(e.body, "get") else None,
                  "query": request.query_params}.get(where)
        details.append(_v2_error(err, source.get(name) if source is not None else None))
    return JSONResponse({"detail": details}, 422)


# Bearer wins over the cookie when both are present (§3).
_bearer = HTTPBearer(auto_error=False)
_cookie = APIKeyCookie(name="token", auto_error=False)


TOS_REFUSED = ("You need to agree to the newest version of the terms of services of this "
               "instance to access this route")


def validate_user(require_verified: bool, require_tos: bool):
    """Upstream's validate_user (§1 "Route gating"): token, then verified, then ToS; a token
    that passed them and is inside the rolling window is rotated."""

    def dependency(request: Request,
                   bearer: Optional[HTTPAuthorizationCredentials] = Depends(_bearer),
                   cookie: Optional[str] = Depends(_cookie)) -> dict:
        token = bearer.credentials if bearer else cookie
        if not token:
            raise Unauthorized("Not authenticated")
        entry = STATE.tokens.get(token)
        now = common.utc_now()
        if entry is None or (entry["expires"] is not None and entry["expires"] <= now):
            raise Unauthorized("Could not validate token")
        user = STATE.users[entry["user"]]
        if require_verified and not user["is_verified"]:
            raise Forbidden("Your email address needs to be verified to access this route. "
                            f"Please click on the link sent to '{user['email']}' or request a "
                            "new confirmation email.")
        if require_tos and user["accepted_tos"].get("1", 0) < STATE.tos_version:
            raise Forbidden(TOS_REFUSED)
        request.state.token = token
        left = entry["expires"] - now if not entry["explicit"] else None
        if left is not None and left < timedelta(seconds=STATE.rolling_seconds):
            # Rolling session: the reply carries a new cookie and the old token dies at once.
            del STATE.tokens[token]
            request.state.rotated = STATE.new_session(entry["user"], entry["name"],
                                                      entry.get("idp_refresh"))
        return user

    return dependency


current_user = validate_user(require_verified=False, require_tos=False)
job_user = validate_user(require_verified=True, require_tos=True)  # every /api/jobs/* but one


class Forbidden(Exception):
    def __init__(self, detail: str):
        self.detail = detail


@app.exception_handler(Forbidden)
async def _forbidden(_: Request, e: Forbidden):
    return JSONResponse({"detail": e.detail}, 403, headers={"WWW-Authenticate": "Bearer"})


def set_token_cookie(response, token: str) -> None:
    # Exactly "token=<43>; Max-Age=3600; Path=/; SameSite=lax": no HttpOnly, no Secure.
    response.set_cookie("token", token, max_age=STATE.session_seconds, path="/",
                        samesite="lax")


class RotationCookie:
    """Adds the rotated token's Set-Cookie to whatever answer follows, streams included.

    Plain ASGI rather than @app.middleware("http"), which buffers streaming (SSE) replies.
    """

    def __init__(self, app):
        self.inner = app

    async def __call__(self, scope, receive, send):
        async def send_with_cookie(message):
            rotated = scope.get("state", {}).get("rotated")  # set by current_user
            if message["type"] == "http.response.start" and rotated:
                carrier = Response()
                set_token_cookie(carrier, rotated)
                message = dict(message, headers=list(message.get("headers", []))
                               + [h for h in carrier.raw_headers if h[0] == b"set-cookie"])
            await send(message)

        await self.inner(scope, receive, send_with_cookie if scope["type"] == "http" else send)


app.add_middleware(RotationCookie)


@app.get("/api/about")
def about():
    return {
        "description": "Project-W emulator: a Whisper transcription service for tests",
        "source_code": "https://github.com/JulianFP/project-W", "version": "0.6.0",
        "git_hash": "4d246b77", "imprint": None,
        "terms_of_services": {"1": {"name": "Terms of Service", "version": STATE.tos_version,
                                    "tos_html": "<p>Be nice to the test server.</p>"
                                                "<p>Version&nbsp;%d &amp; later.</p>"
                                                % STATE.tos_version}},
        "job_retention_in_days": None,
        "site_banners": [{"id": 1, "html": "<b>Emulated instance</b>", "urgency": 50}],
    }


@app.get("/api/auth_settings")
def auth_settings():
    providers = {STATE.oidc_name: dict(STATE.oidc_settings)} if STATE.oidc else {}
    return {"local_account": {"mode": "enabled", "allowed_email_domains": [],
                              "allow_creation_of_api_tokens": True},
            "oidc_providers": providers, "ldap_providers": {}}


@app.post("/api/local-account/login")
def login(username: str = Form(...), password: str = Form(...),
          grant_type: Optional[str] = Form(None, regex="^password$"), scope: str = Form(""),
          client_id: Optional[str] = Form(None), client_secret: Optional[str] = Form(None),
          user_agent: Optional[str] = Header(None)):
    if not EMAIL_RE.match(username):
        raise Unauthorized("Provided username is not a valid email address", challenge=False)
    uid = next((u["id"] for u in STATE.users.values()
                if u["email"].lower() == username.lower()), None)
    if uid is None or STATE.passwords.get(uid) != password:
        raise Unauthorized("Incorrect username or password", challenge=False)
    scopes = scope.split()
    if any(s != "admin" for s in scopes):
        return JSONResponse({"detail": "We don't support that token permission scope"}, 400)
    if scopes and uid not in STATE.admins:
        return JSONResponse({"detail": "Your user isn't an admin"}, 400)
    # The session is named after the User-Agent (§3).
    token = STATE.new_session(uid, user_agent or "Unknown device")
    response = JSONResponse(LOGIN_OK)
    set_token_cookie(response, token)
    return response


app.include_router(projectw_jobs.router(current_user, time.time, job_user))


@app.get("/api/users/info")
def users_info(user: dict = Depends(current_user)):
    return user


@app.delete("/api/users/logout")
def logout(request: Request, user: dict = Depends(current_user)):
    # Deletes the token used for the call (and a rotation of it) and empties the cookie (§3).
    STATE.tokens.pop(request.state.token, None)
    rotated = getattr(request.state, "rotated", None)
    if rotated:
        STATE.tokens.pop(rotated, None)
        request.state.rotated = None
    response = JSONResponse("Success")
    response.set_cookie("token", "")
    return response


@app.post("/api/users/accept_tos")
def accept_tos(tos_id: int, tos_version: int, user: dict = Depends(current_user)):
    if tos_id == 1 and tos_version <= STATE.tos_version:
        user["accepted_tos"][str(tos_id)] = tos_version
        return JSONResponse("Success")
    return JSONResponse({"detail": f"No term of service found with id {tos_id} and version "
                                   f"{tos_version}"}, 400)


@app.get(f"{common.DEBUG_PREFIX}/sessions")
def debug_sessions(email: str = DEMO_EMAIL):
    """Test hook: how many live sessions and API tokens a user holds (orphan checks)."""
    now = common.utc_now()
    uid = next((u["id"] for u in STATE.users.values() if u["email"] == email), None)
    live = [t for t in STATE.tokens.values() if t["user"] == uid
            and (t["expires"] is None or t["expires"] > now)]
    return {"sessions": sum(not t["explicit"] for t in live),
            "api_tokens": sum(t["explicit"] for t in live)}


@app.post(f"{common.DEBUG_PREFIX}/verified")
def debug_verified(value: bool, email: str = DEMO_EMAIL):
    """Test hook: mark a user's e-mail address (un)verified."""
    for u in STATE.users.values():
        if u["email"] == email:
            u["is_verified"] = value
    return {"email": email, "is_verified": value}


@app.post("/api/users/get_new_api_token")
def get_new_api_token(request: Request, name: str, user: dict = Depends(current_user)):
    if not user["is_verified"]:
        return JSONResponse({"detail": "Your email address needs to be verified to access this "
                                       "route. Please click on the link sent to "
                                       f"'{user['email']}' or request a new confirmation email."},
                            403)
    allowed = (STATE.oidc_settings["allow_creation_of_api_tokens"]
               if user["user_type"] == "oidc" else True)  # local accounts: allowed here
    if not allowed:
        return JSONResponse({"detail": "Creation of api tokens is disabled for your account "
                                       "type. Login using a different provider or ask the "
                                       "administrator to enable this."}, 400)
    used = STATE.tokens.get(getattr(request.state, "rotated", None) or request.state.token, {})
    token = secrets.token_urlsafe(32)
    # Never expires, never rotates; tied to the session's IdP refresh token (§3).
    STATE.tokens[token] = {"user": user["id"], "name": name, "explicit": True, "expires": None,
                           "idp_refresh": used.get("idp_refresh")}
    return JSONResponse(token)


# --- OIDC login (project-w.md "OIDC login"): state in a signed session cookie ----------------


def _not_mounted():
    # Without OIDC providers the router is not mounted at all.
    return JSONResponse({"detail": "Not Found"}, 404)


def _redirect_uri(request: Request, idp_name: str) -> str:
    return str(request.url_for("oidc-auth", idp_name=idp_name))


@app.get("/api/oidc/login/{idp_name}", name="oidc-redirect")
def oidc_login(idp_name: str, request: Request):
    if STATE.oidc is None:
        return _not_mounted()
    redirect_uri = _redirect_uri(request, idp_name)  # built before the name is lower-cased
    if idp_name.lower() != STATE.oidc_name.lower().strip():
        return PlainTextResponse("Internal Server Error", 500)  # Authlib: unknown client
    verifier, challenge = oidcrp.pkce_pair()
    state, nonce = secrets.token_urlsafe(22), secrets.token_urlsafe(15)
    try:
        # Scopes and prompt as an admin configures them for a provider that issues refresh
        # tokens only for offline_access with consent (e.g. oidc-provider, Keycloak offline).
        url = STATE.oidc.authorize_url({
            "response_type": "code", "redirect_uri": redirect_uri,
            "scope": "openid email offline_access", "state": state, "nonce": nonce,
            "code_challenge": challenge, "code_challenge_method": "S256", "prompt": "consent"})
    except oidcrp.OidcError as e:
        print(f"projectw: oidc login: {e}", file=sys.stderr)
        return PlainTextResponse("Internal Server Error", 500)
    session = STATE.session_cookie.load(request.cookies.get("session"))
    session[f"_state_{idp_name.lower()}_{state}"] = {
        "data": {"redirect_uri": redirect_uri, "code_verifier": verifier, "nonce": nonce},
        "exp": time.time() + 3600}
    response = RedirectResponse(url, status_code=302)
    response.set_cookie("session", STATE.session_cookie.dump(session), max_age=14 * 24 * 3600,
                        httponly=True, samesite="lax")
    return response


class _Refused(Exception):
    def __init__(self, status: int, detail: str, challenge: bool = False):
        self.status, self.detail, self.challenge = status, detail, challenge


def _authorize(request: Request, idp: str) -> dict:
    """Authlib's authorize_access_token: state from the session, code exchange, ID token."""
    if request.query_params.get("error"):
        raise _Refused(400, f"{request.query_params['error']}: "
                            f"{request.query_params.get('error_description', '')}")
    state = request.query_params.get("state", "")
    session = STATE.session_cookie.load(request.cookies.get("session"))
    saved = session.get(f"_state_{idp}_{state}")
    if not saved or saved.get("exp", 0) < time.time():
        raise _Refused(400, "mismatching_state: CSRF Warning! State not equal in request and "
                            "response.")
    data = saved["data"]
    tokens = STATE.oidc.exchange_code(request.query_params.get("code", ""),
                                      data["redirect_uri"], data["code_verifier"])
    if tokens.get("id_token"):
        claims = STATE.oidc.verified_claims(tokens["id_token"], data["nonce"])
        tokens["userinfo"] = STATE.oidc.with_userinfo(claims, tokens, ("email", "email_verified"))
    return tokens


def _login_oidc_user(request: Request, idp: str, user_agent: Optional[str]) -> str:
    try:
        tokens = _authorize(request, idp)
    except (_Refused, oidcrp.OidcError) as e:
        raise _Refused(400, f"Failed to authorize IdP access token: {getattr(e, 'detail', e)}. "
                            "Try again from the beginning of the login flow")
    info = tokens.get("userinfo") or {}
    if not info:
        raise _Refused(403, "Could not get any user information from the identity provider")
    for claim in ("iss", "sub"):
        if not info.get(claim):
            raise _Refused(403, f"Could not get {claim} from the identity provider. Please make "
                                f"sure that the IdP supports the {claim} claim")
    email = info.get("email")
    if not isinstance(email, str) or not EMAIL_RE.match(email):
        raise _Refused(403, "Could not get a valid email address from the identity provider. "
                            "Please make sure that the IdP supports the email claim, that your "
                            "account has an email address associated with it and that this "
                            "email is valid")
    if not tokens.get("id_token"):
        raise _Refused(403, "Could not get an id_token from the identity provider")
    if not tokens.get("refresh_token"):
        raise _Refused(403, "Could not get a refresh_token from the identity provider")
    if not info.get("email_verified"):
        raise _Refused(403, f"The email address of this OIDC '{idp}' account is not verified",
                       challenge=True)
    key = (info["iss"], info["sub"])
    uid = STATE.oidc_users.get(key)
    if uid is None:
        uid = max(STATE.users) + 1
        STATE.users[uid] = {"id": uid, "email": email, "accepted_tos": {},
                            "provider_name": STATE.oidc_name, "user_type": "oidc",
                            "is_verified": True}
        STATE.oidc_users[key] = uid
    STATE.users[uid]["email"] = email  # the IdP's address wins on every login
    return STATE.new_session(uid, user_agent or "Unknown device", tokens["refresh_token"])


@app.get("/api/oidc/auth/{idp_name}", name="oidc-auth")
def oidc_auth(idp_name: str, request: Request, user_agent: Optional[str] = Header(None)):
    if STATE.oidc is None:
        return _not_mounted()
    idp = idp_name.lower()
    if idp != STATE.oidc_name.lower().strip():
        return JSONResponse({"detail": f"Unknown IdP '{idp}'"}, 400)
    try:
        token = _login_oidc_user(request, idp, user_agent)
    except _Refused as e:
        headers = {"WWW-Authenticate": "Bearer"} if e.challenge else None
        return JSONResponse({"detail": e.detail}, e.status, headers=headers)
    # The token goes only into a cookie on the backend's origin, then on to client_url.
    response = RedirectResponse(f"{request.base_url}#")
    set_token_cookie(response, token)
    return response


@app.post(f"{common.DEBUG_PREFIX}/oidc-provider")
def debug_oidc_provider(hidden: Optional[bool] = None,
                        allow_creation_of_api_tokens: Optional[bool] = None):
    """Test hook: change what the instance config says about its OIDC provider."""
    for key, value in (("hidden", hidden),
                       ("allow_creation_of_api_tokens", allow_creation_of_api_tokens)):
        if value is not None:
            STATE.oidc_settings[key] = value
    return {STATE.oidc_name: STATE.oidc_settings}


def _add_args(p):
    p.add_argument("--session-minutes", type=int, default=60)
    p.add_argument("--session-seconds", type=int, help="instead of --session-minutes")
    p.add_argument("--rolling-minutes", type=int, default=10,
                   help="rotate a session token used with less than this left (>= session "
                        "minutes: rotate on every use)")
    p.add_argument("--rolling-seconds", type=int, help="instead of --rolling-minutes")
    p.add_argument("--tos-version", type=int, default=1,
                   help="version of the instance's terms of service (the demo user accepted 1)")
    oidcrp.add_args(p, "projectw-emulator")
    p.add_argument("--oidc-name", default="TestIdP", help="the provider's display name")


def _configure(args):
    STATE.session_seconds = args.session_seconds or args.session_minutes * 60
    STATE.rolling_seconds = args.rolling_seconds
    if STATE.rolling_seconds is None:
        STATE.rolling_seconds = args.rolling_minutes * 60
    STATE.tos_version = args.tos_version
    STATE.oidc, STATE.oidc_name = oidcrp.client_from(args), args.oidc_name


if __name__ == "__main__":
    common.run(app, sys.argv[1:], _add_args, _configure)
