"""Project-W emulator (shared/reference/project-w.md, upstream v0.6.0). Routes sit under /api.

Run: /usr/bin/python3 tests/servers/projectw.py --port P [--ssl-certfile F --ssl-keyfile K]
     [--session-minutes M] [--rolling-minutes R]
"""
import re
import secrets
import sys
from datetime import timedelta
from typing import Optional

from fastapi import Depends, Form, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

import common

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
        self.tokens = {}  # token -> {"user": id, "name": str, "explicit": bool, "expires": dt}
        self.session_minutes = 60
        self.rolling_minutes = 10

    def new_session(self, user_id: int, name: str) -> str:
        token = secrets.token_urlsafe(32)  # 43 url-safe characters, like upstream (§3)
        expires = common.utc_now() + timedelta(minutes=self.session_minutes)
        self.tokens[token] = {"user": user_id, "name": name, "explicit": False, "expires": expires}
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


def current_user(request: Request,
                 bearer: Optional[HTTPAuthorizationCredentials] = Depends(_bearer),
                 cookie: Optional[str] = Depends(_cookie)) -> dict:
    token = bearer.credentials if bearer else cookie
    if not token:
        raise Unauthorized("Not authenticated")
    entry = STATE.tokens.get(token)
    now = common.utc_now()
    if entry is None or (entry["expires"] is not None and entry["expires"] <= now):
        raise Unauthorized("Could not validate token")
    if not entry["explicit"] and entry["expires"] - now < timedelta(minutes=STATE.rolling_minutes):
        # Rolling session: the reply carries a new cookie and the old token dies at once.
        del STATE.tokens[token]
        request.state.rotated = STATE.new_session(entry["user"], entry["name"])
    return STATE.users[entry["user"]]


def set_token_cookie(response, token: str) -> None:
    # Exactly "token=<43>; Max-Age=3600; Path=/; SameSite=lax": no HttpOnly, no Secure.
    response.set_cookie("token", token, max_age=STATE.session_minutes * 60, path="/",
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
        "terms_of_services": {"1": {"name": "Terms of Service", "version": 1,
                                    "tos_html": "<p>Be nice to the test server.</p>"}},
        "job_retention_in_days": None,
        "site_banners": [{"id": 1, "html": "<b>Emulated instance</b>", "urgency": 50}],
    }


@app.get("/api/auth_settings")
def auth_settings():
    return {"local_account": {"mode": "enabled", "allowed_email_domains": [],
                              "allow_creation_of_api_tokens": True},
            "oidc_providers": {}, "ldap_providers": {}}


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


@app.get("/api/users/info")
def users_info(user: dict = Depends(current_user)):
    return user


def _add_args(p):
    p.add_argument("--session-minutes", type=int, default=60)
    p.add_argument("--rolling-minutes", type=int, default=10,
                   help="rotate a session token used with less than this left (>= session "
                        "minutes: rotate on every use)")


def _configure(args):
    STATE.session_minutes, STATE.rolling_minutes = args.session_minutes, args.rolling_minutes


if __name__ == "__main__":
    common.run(app, sys.argv[1:], _add_args, _configure)
