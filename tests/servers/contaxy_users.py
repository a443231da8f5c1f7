"""Users and system routes of the Contaxy emulator (shared/reference/contaxy.md §4, §5, §11).

`router(...)` is included by contaxy.py. Upstream behaviour kept here: registration and login
fail with 400 before POST /system/initialize; self-registration (USER_REGISTRATION_ENABLED,
on by default) lets anyone create a user, else only a token with `users#admin`; DELETE checks
the literal resource name `users/{user_id}` (§4: a missing f-string), which only `users#admin`
or `*#admin` covers, and answers 204 for unknown ids too.
"""
import re
from typing import Callable, Optional

from fastapi import APIRouter, Body, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel

import common

ADMIN_USERNAME, ADMIN_INITIAL_PASSWORD = "admin", "admin"  # SYSTEM_ADMIN_* (§5)
# pydantic's EmailStr needs email-validator, which Debian's FastAPI does not pull in; this is
# the shape it accepts, near enough for a client's tests.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class UserRegistration(BaseModel):
    username: Optional[str] = None
    email: Optional[str] = None
    password: Optional[str] = None
    disabled: bool = False


def router(state, optional_token: Callable, resolve: Callable, current_token: Callable,
           denial: Callable, problem: Callable) -> APIRouter:
    """optional_token: a dependency giving the presented token or None; resolve(token) ->
    (token, entry) or a 401; current_token: the dependency that resolves it; denial(entry,
    permission) -> why the token may not, or None."""
    r = APIRouter()

    def need(t, permission: str):
        reason = denial(t[1], permission)
        if reason:
            raise problem(403, reason)

    def propose_username(email: str) -> str:
        base = name = email.split("@")[0]
        n = 0
        while state.find_login(name) is not None:  # upstream appends -1, -2, ... (§4)
            n += 1
            name = f"{base}-{n}"
        return name

    @r.get("/system/info")
    def get_system_info():
        running = "running" if state.initialized else "uninitialized"
        return {"version": "0.0.23", "namespace": "ctxy", "system_state": running,
                "metadata": {}}

    @r.get("/system/health", status_code=204)
    def check_health():
        # Upstream has no real check yet (§5): 204, or 503 with an empty body.
        return Response(status_code=204 if state.healthy else 503)

    @r.post("/system/initialize", status_code=204)
    def initialize_system():
        if state.initialized:
            raise problem(409, "The system has already been initialized")
        state.initialize(ADMIN_INITIAL_PASSWORD)
        return Response(status_code=204)

    @r.post("/users")
    def create_user(body: UserRegistration = Body(...),
                    token: Optional[str] = Depends(optional_token)):
        if not state.initialized:
            raise problem(400, "User registration is not possible before system has been "
                               "initialized!")
        if not state.registration:
            if token is None:
                raise problem(403, "User self-registration is deactivated. Please contact an "
                                   "administrator.")
            need(resolve(token), "users#admin")  # an admin may create users anyway
        if body.username and EMAIL.match(body.username):
            raise problem(400, f"The username ({body.username}) is not allowed to contain an "
                               "email address.")
        if body.email is not None and not EMAIL.match(body.email):
            raise problem(422, "value is not a valid email address",
                          details=[{"loc": ["body", "email"],
                                    "msg": "value is not a valid email address",
                                    "type": "value_error.email"}])
        for field in ("username", "email"):
            value = getattr(body, field)
            if value and state.find_login(value) is not None:
                raise problem(409, f"The user with {field} {value} already exists.")
        username = body.username or (propose_username(body.email) if body.email else None)
        if not username:
            # Upstream would store a nameless user; nothing could sign in as it.
            raise problem(400, "Either username or email must be provided.")
        uid = state.add_user(username, body.email, body.password, disabled=body.disabled)
        return state.users[uid]

    @r.delete("/users/{user_id}", status_code=204)
    def delete_user(user_id: str, t=Depends(current_token)):
        need(t, "users/{user_id}#admin")  # sic: the literal name, as upstream checks it
        state.remove_user(user_id)
        return Response(status_code=204)

    @r.post(f"{common.DEBUG_PREFIX}/health")
    def debug_health(healthy: bool = Query(...)):
        """Test hook: make /system/health answer 503 (false) or 204 (true)."""
        state.healthy = healthy
        return {"healthy": healthy}

    return r
