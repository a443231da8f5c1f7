"""Contaxy emulator (shared/reference/contaxy.md, upstream v0.0.23). Routes sit at the root.

Run: /usr/bin/python3 tests/servers/contaxy.py --port P [--ssl-certfile F --ssl-keyfile K]
"""
import secrets
import sys
from typing import Optional

from fastapi import Depends, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import APIKeyCookie, APIKeyHeader, APIKeyQuery, OAuth2PasswordBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

import common

DEMO_USER = "alice"
DEMO_EMAIL = "alice@example.test"
DEMO_PASSWORD = "alice-password"
DEMO_USER_ID = "k3alice7demo2user9xq4w8m5"  # shortuuid shape: 25 lowercase letters/digits


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
        self.passwords = {DEMO_USER_ID: DEMO_PASSWORD}
        self.tokens = {}  # token -> {"subject": user id, "scopes": [...], "purpose": str}

    def find_login(self, name: str) -> Optional[str]:
        # Logins match the username or the e-mail, case-insensitively (§3.4).
        for uid, u in self.users.items():
            if name.lower() in (u["username"].lower(), (u["email"] or "").lower()):
                return uid
        return None


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


def current_user(q: Optional[str] = Depends(_token_query),
                 h: Optional[str] = Depends(_token_header),
                 b: Optional[str] = Depends(_token_bearer),
                 c: Optional[str] = Depends(_token_cookie)) -> dict:
    token = q or h or b or c  # first present wins, in this order (§3.1)
    if not token:
        raise Problem(401, "No API token was provided.",
                      "Send the token as Authorization: Bearer, ct_token header, query or cookie.")
    entry = STATE.tokens.get(token)
    if entry is None:
        # The server guesses "JWT" when the token is not 40 chars and not all lowercase (§3.2).
        if len(token) != 40 and token != token.lower():
            raise Problem(401, "Session token is not valid.",
                          "The session token could not be decoded or has expired.")
        raise Problem(401, "The provided API token does not exist in the database.",
                      "Log in again or create a new API token.")
    return STATE.users[entry["subject"]]


@app.get("/system/info")
def get_system_info():
    return {"version": "0.0.23", "namespace": "ctxy", "system_state": "running", "metadata": {}}


@app.post("/auth/oauth/token")
def request_token(grant_type: str = Form(...), username: Optional[str] = Form(None),
                  password: Optional[str] = Form(None), scope: Optional[str] = Form(None),
                  client_id: Optional[str] = Form(None), client_secret: Optional[str] = Form(None),
                  code: Optional[str] = Form(None), redirect_uri: Optional[str] = Form(None),
                  refresh_token: Optional[str] = Form(None), state: Optional[str] = Form(None),
                  set_as_cookie: Optional[bool] = Form(False)):
    if grant_type != "password":
        raise OAuthError("invalid_grant")  # refresh, client credentials, code: not implemented
    if not username or not password:
        raise OAuthError("invalid_request")
    uid = STATE.find_login(username)
    if uid is None or STATE.passwords.get(uid) != password:
        raise OAuthError("unauthorized_client")
    scopes = scope.split() if scope else ["*#admin"]
    token = secrets.token_hex(20)  # API tokens: 40 lowercase hex characters (§3.2)
    STATE.tokens[token] = {"subject": uid, "scopes": scopes, "purpose": "login-token"}
    if set_as_cookie:
        resp = Response(status_code=200)  # empty body, token only in the cookies
        resp.set_cookie("ct_token", token, httponly=True)
        resp.set_cookie("ctxy_authorized_user", uid)
        return resp
    return {"token_type": "bearer", "access_token": token, "scope": " ".join(scopes)}


@app.get("/users/me")
def get_my_user(user: dict = Depends(current_user)):
    user["last_activity"] = common.utc_now().isoformat()  # upstream updates it here (§4)
    return user


if __name__ == "__main__":
    common.run(app, sys.argv[1:])
